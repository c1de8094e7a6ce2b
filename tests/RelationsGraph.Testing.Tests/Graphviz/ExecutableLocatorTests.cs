using System.Runtime.Versioning;
using RelationsGraph.Testing.Tests.Support;

namespace RelationsGraph.Testing.Tests.Graphviz;

public sealed class ExecutableLocatorTests : IDisposable
{
    private readonly TempDirectory first = new();
    private readonly TempDirectory second = new();

    public void Dispose()
    {
        first.Dispose();
        second.Dispose();
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    public void Find_NoPath_ReturnsNull(string? path) =>
        Assert.Null(ExecutableLocator.Find("dot", path));

    [Fact]
    public void Find_ExecutableInLaterEntry_ReturnsItsFullPath()
    {
        var dot = FakeExecutables.Create(second.Path, "dot", "exit 0");

        Assert.Equal(dot, ExecutableLocator.Find("dot", Join(first.Path, second.Path)));
    }

    [Fact]
    public void Find_ExecutableInSeveralEntries_ReturnsFirst()
    {
        var dot = FakeExecutables.Create(first.Path, "dot", "exit 0");
        FakeExecutables.Create(second.Path, "dot", "exit 0");

        Assert.Equal(dot, ExecutableLocator.Find("dot", Join(first.Path, second.Path)));
    }

    [Fact(Skip = "Execute bits are a Unix notion.", SkipWhen = nameof(Platform.IsWindows), SkipType = typeof(Platform))]
    [UnsupportedOSPlatform("windows")]
    public void Find_FileWithoutExecuteBit_IsSkipped()
    {
        File.WriteAllText(first.File("dot"), "");
        File.SetUnixFileMode(first.File("dot"), UnixFileMode.UserRead | UnixFileMode.UserWrite);

        Assert.Null(ExecutableLocator.Find("dot", first.Path));
    }

    [Fact]
    public void Find_RelativeEntry_IsSkipped()
    {
        FakeExecutables.Create(first.Path, "dot", "exit 0");
        var relative = Path.GetRelativePath(Environment.CurrentDirectory, first.Path);

        Assert.Null(ExecutableLocator.Find("dot", relative));
    }

    private static string Join(params string[] entries) => string.Join(Path.PathSeparator, entries);
}
