using System.Text;
using RelationsGraph.Testing.Tests.Support;
using Xunit.Sdk;

namespace RelationsGraph.Testing.Tests.Snapshots;

public sealed class SnapshotVerifierTests : IDisposable
{
    private const string Stem = "Sample.Test";
    private readonly TempDirectory folder = new();
    private readonly FakeEnvironment environment = new();

    private string VerifiedPath => folder.File($"{Stem}.verified.txt");

    private string ReceivedPath => folder.File($"{Stem}.received.txt");

    public void Dispose() => folder.Dispose();

    [Fact]
    public void Verify_TextEqualsVerifiedFile_Passes()
    {
        File.WriteAllText(VerifiedPath, "alpha\nbeta\n");

        Run("alpha\nbeta\n");

        Assert.False(File.Exists(ReceivedPath));
    }

    [Fact]
    public void Verify_TextEqualsVerifiedFile_DeletesStaleReceivedFile()
    {
        File.WriteAllText(VerifiedPath, "alpha\n");
        File.WriteAllText(ReceivedPath, "stale\n");

        Run("alpha\n");

        Assert.False(File.Exists(ReceivedPath));
    }

    [Fact]
    public void Verify_TextDiffers_FailsWithDiffOfChangedLinesAndWritesReceived()
    {
        File.WriteAllText(VerifiedPath, "one\ntwo\nthree\n");

        var failure = Assert.Throws<FailException>(() => Run("one\nTWO\nthree\n"));

        Assert.Contains("Snapshot mismatch", failure.Message, StringComparison.Ordinal);
        Assert.Contains(ReceivedPath, failure.Message, StringComparison.Ordinal);
        Assert.Contains("--- Sample.Test.verified.txt\n+++ Sample.Test.received.txt\n", failure.Message, StringComparison.Ordinal);
        Assert.Contains("@@ -1,3 +1,3 @@\n one\n-two\n+TWO\n three\n", failure.Message, StringComparison.Ordinal);
        Assert.Equal("one\nTWO\nthree\n", File.ReadAllText(ReceivedPath));
        Assert.Equal("one\ntwo\nthree\n", File.ReadAllText(VerifiedPath));
    }

    [Fact]
    public void Verify_VerifiedFileMissing_FailsAndWritesReceived()
    {
        var failure = Assert.Throws<FailException>(() => Run("new\n"));

        Assert.Contains("Snapshot missing", failure.Message, StringComparison.Ordinal);
        Assert.Contains("@@ -0,0 +1,1 @@\n+new\n", failure.Message, StringComparison.Ordinal);
        Assert.Equal("new\n", File.ReadAllText(ReceivedPath));
        Assert.False(File.Exists(VerifiedPath));
    }

    [Fact]
    public void Verify_CrlfTextAgainstLfVerifiedFile_Passes()
    {
        File.WriteAllText(VerifiedPath, "alpha\nbeta\n");

        Run("alpha\r\nbeta\r\n");

        Assert.False(File.Exists(ReceivedPath));
    }

    [Fact]
    public void Verify_MissingOrExtraTrailingNewlines_Passes()
    {
        File.WriteAllText(VerifiedPath, "alpha\n");

        Run("alpha");
        Run("alpha\n\n\n");
    }

    [Fact]
    public void Verify_Mismatch_WritesReceivedAsNormalisedUtf8WithoutBom()
    {
        File.WriteAllText(VerifiedPath, "x\n");

        Assert.Throws<FailException>(() => Run("é\r\nz"));

        Assert.Equal(Encoding.UTF8.GetBytes("é\nz\n"), File.ReadAllBytes(ReceivedPath));
    }

    [Fact]
    public void Verify_AcceptEnabled_WritesVerifiedFileAndDeletesReceived()
    {
        File.WriteAllText(VerifiedPath, "old\n");
        File.WriteAllText(ReceivedPath, "stale\n");
        environment.Set(EnvironmentVariables.AcceptSnapshots, "1");

        Run("new\r\n");

        Assert.Equal(Encoding.UTF8.GetBytes("new\n"), File.ReadAllBytes(VerifiedPath));
        Assert.False(File.Exists(ReceivedPath));
    }

    [Fact]
    public void Verify_AcceptEnabledAndVerifiedFileMissing_CreatesVerifiedFile()
    {
        environment.Set(EnvironmentVariables.AcceptSnapshots, "1");

        Run("first\n");

        Assert.Equal("first\n", File.ReadAllText(VerifiedPath));
    }

    [Theory]
    [InlineData("true")]
    [InlineData("TRUE")]
    [InlineData("1")]
    public void Verify_AcceptEnabledOnCi_FailsAndKeepsVerifiedFile(string ci)
    {
        File.WriteAllText(VerifiedPath, "old\n");
        environment.Set(EnvironmentVariables.AcceptSnapshots, "1").Set(EnvironmentVariables.Ci, ci);

        var failure = Assert.Throws<FailException>(() => Run("new\n"));

        Assert.Contains("ignored because CI=true", failure.Message, StringComparison.Ordinal);
        Assert.Equal("old\n", File.ReadAllText(VerifiedPath));
        Assert.Equal("new\n", File.ReadAllText(ReceivedPath));
    }

    [Theory]
    [InlineData("0")]
    [InlineData("")]
    [InlineData("yes")]
    public void Verify_AcceptNotEnabled_Fails(string accept)
    {
        File.WriteAllText(VerifiedPath, "old\n");
        environment.Set(EnvironmentVariables.AcceptSnapshots, accept);

        Assert.Throws<FailException>(() => Run("new\n"));
        Assert.Equal("old\n", File.ReadAllText(VerifiedPath));
    }

    [Theory]
    [InlineData("")]
    [InlineData(".txt")]
    [InlineData("a/b")]
    public void Verify_InvalidExtension_Throws(string extension) =>
        Assert.Throws<ArgumentException>(() => new SnapshotVerifier(environment.Read).Verify("x", folder.Path, Stem, extension));

    [Fact]
    public void Verify_FolderMissing_Throws() =>
        Assert.Throws<InvalidOperationException>(() =>
            new SnapshotVerifier(environment.Read).Verify("x", folder.File("absent"), Stem, "txt"));

    private void Run(string text) => new SnapshotVerifier(environment.Read).Verify(text, folder.Path, Stem, "txt");
}
