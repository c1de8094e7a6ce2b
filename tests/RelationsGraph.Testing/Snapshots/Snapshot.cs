using System.Runtime.CompilerServices;

namespace RelationsGraph.Testing;

/// <summary>
/// Snapshot assertions with Verify.Xunit's conventions, a stand-in until Verify can be restored.
/// </summary>
/// <remarks>
/// <para>
/// The snapshot of a test lives beside the test source file as
/// <c>{TestClass}.{TestMethod}.verified.{extension}</c>. The test class name is taken from the
/// calling file's name up to its first dot (<c>FooTests.cs</c> and <c>FooTests.Rules.cs</c> both give
/// <c>FooTests</c>), so a test class must live in a file named after it, as Verify's names assume.
/// </para>
/// <para>
/// Text is compared after normalising line ends to LF and the end to a single newline. On a
/// mismatch, or when no verified file exists, the received text is written beside it as
/// <c>{...}.received.{extension}</c> and the test fails with a unified diff. Setting
/// <c>RELATIONSGRAPH_ACCEPT_SNAPSHOTS=1</c> overwrites the verified file instead, except when
/// <c>CI=true</c>: CI never accepts anything.
/// </para>
/// <para>
/// The returned task is already complete: a failure throws before it is returned, so a missing
/// <c>await</c> cannot hide it. Switching to Verify means replacing <c>Snapshot.Verify</c> with
/// Verify's <c>Verify</c> (and <c>parameters: x</c> with <c>.UseTextForParameters(x)</c>).
/// </para>
/// </remarks>
public static class Snapshot
{
    /// <summary>Asserts that <paramref name="text"/> equals the test's verified snapshot.</summary>
    /// <param name="text">The text produced by the code under test.</param>
    /// <param name="extension">The snapshot file's extension, without the dot.</param>
    /// <param name="sourceFile">Filled in by the compiler: the test source file.</param>
    /// <param name="method">Filled in by the compiler: the test method.</param>
    /// <returns>A completed task.</returns>
    /// <exception cref="Xunit.Sdk.FailException">The text differs from the snapshot, or there is none.</exception>
    /// <exception cref="ArgumentException">The extension is not a plain file-name part.</exception>
    /// <exception cref="InvalidOperationException">The test source folder does not exist on this machine.</exception>
    public static Task Verify(
        string text,
        string extension = "txt",
        [CallerFilePath] string sourceFile = "",
        [CallerMemberName] string method = "") =>
        Run(text, extension, parameters: null, sourceFile, method);

    /// <summary>
    /// Asserts that <paramref name="text"/> equals the verified snapshot named
    /// <c>{TestClass}.{TestMethod}_{parameters}.verified.{extension}</c>, one per theory case.
    /// </summary>
    /// <param name="text">The text produced by the code under test.</param>
    /// <remarks>
    /// Name the argument (<c>parameters: fixture</c>): a positional third string does not compile
    /// (it is ambiguous with the other overload), so it can never be taken for the source file.
    /// </remarks>
    /// <param name="extension">The snapshot file's extension, without the dot.</param>
    /// <param name="parameters">The name suffix that tells this case's snapshot apart, such as a fixture name.</param>
    /// <param name="sourceFile">Filled in by the compiler: the test source file.</param>
    /// <param name="method">Filled in by the compiler: the test method.</param>
    /// <returns>A completed task.</returns>
    /// <exception cref="Xunit.Sdk.FailException">The text differs from the snapshot, or there is none.</exception>
    /// <exception cref="ArgumentException">The extension or suffix is not a plain file-name part.</exception>
    /// <exception cref="InvalidOperationException">The test source folder does not exist on this machine.</exception>
    public static Task Verify(
        string text,
        string extension,
        string parameters,
        [CallerFilePath] string sourceFile = "",
        [CallerMemberName] string method = "") =>
        Run(text, extension, parameters, sourceFile, method);

    private static Task Run(string text, string extension, string? parameters, string sourceFile, string method)
    {
        ArgumentNullException.ThrowIfNull(text);
        var file = SourceFiles.Resolve(sourceFile);
        var stem = SnapshotName.FileStem(file, method, parameters);
        SnapshotVerifier.Default.Verify(text, Path.GetDirectoryName(file)!, stem, extension);
        return Task.CompletedTask;
    }
}
