namespace RelationsGraph.Testing.Tests.Snapshots;

public sealed class SnapshotNameTests
{
    [Theory]
    [InlineData("/repo/tests/FooTests.cs", "FooTests")]
    [InlineData("/repo/tests/FooTests.Rules.cs", "FooTests")]
    [InlineData("FooTests.cs", "FooTests")]
    public void ClassName_SourceFile_IsFileNameUpToFirstDot(string sourceFile, string expected) =>
        Assert.Equal(expected, SnapshotName.ClassName(sourceFile));

    [Fact]
    public void FileStem_NoParameters_IsClassDotMethod() =>
        Assert.Equal("FooTests.Renders", SnapshotName.FileStem("/repo/FooTests.cs", "Renders", null));

    [Fact]
    public void FileStem_WithParameters_AppendsUnderscoreSuffix() =>
        Assert.Equal("FooTests.Renders_treaty", SnapshotName.FileStem("/repo/FooTests.cs", "Renders", "treaty"));

    [Theory]
    [InlineData("")]
    [InlineData("a/b")]
    [InlineData("a:b")]
    [InlineData("a\nb")]
    public void FileStem_InvalidParameters_Throws(string parameters) =>
        Assert.Throws<ArgumentException>(() => SnapshotName.FileStem("/repo/FooTests.cs", "Renders", parameters));

    [Fact]
    public void FileStem_EmptyMethod_Throws() =>
        Assert.Throws<ArgumentException>(() => SnapshotName.FileStem("/repo/FooTests.cs", "", null));
}
