namespace RelationsGraph.Testing.Tests.Snapshots;

public sealed class SourceFilesTests
{
    private const string RelativePath = "tests/RelationsGraph.Testing.Tests/Snapshots/SourceFilesTests.cs";

    // Not [CallerFilePath]: under a deterministic CI build that path is itself mapped to /_/.
    private static string LocalPath => Path.Combine(RepositoryPaths.Root, RelativePath);

    [Fact]
    public void Resolve_ExistingSourceFile_ReturnsItUnchanged() =>
        Assert.Equal(LocalPath, SourceFiles.Resolve(LocalPath));

    [Theory]
    [InlineData("/_/")]
    [InlineData("/_1/")]
    public void Resolve_PathMappedByDeterministicBuild_ResolvesAgainstRepositoryRoot(string mappedRoot) =>
        Assert.Equal(Path.GetFullPath(LocalPath), Path.GetFullPath(SourceFiles.Resolve(mappedRoot + RelativePath)));

    [Fact]
    public void Resolve_FolderAbsentOnThisMachine_Throws() =>
        Assert.Throws<InvalidOperationException>(() => SourceFiles.Resolve("/no/such/folder/FooTests.cs"));

    [Fact]
    public void Resolve_Empty_Throws() =>
        Assert.Throws<ArgumentException>(() => SourceFiles.Resolve(""));
}
