using System.Runtime.CompilerServices;
using RelationsGraph.Testing.Tests.Support;

namespace RelationsGraph.Testing.Tests;

public sealed class RepositoryPathsTests
{
    [Fact]
    public void Root_FromTestBinaries_IsFolderHoldingRootBuildProps()
    {
        var thisFolder = Path.GetDirectoryName(SourceFiles.Resolve(ThisFile()))!;
        var expected = Path.GetFullPath(Path.Combine(thisFolder, "..", ".."));

        Assert.Equal(expected, RepositoryPaths.Root);
        Assert.True(File.Exists(Path.Combine(RepositoryPaths.Root, "Directory.Build.props")));
    }

    [Fact]
    public void Shared_Always_IsSharedFolderBesideRoot() =>
        Assert.Equal(Path.Combine(Path.GetDirectoryName(RepositoryPaths.Root)!, "shared"), RepositoryPaths.Shared);

    [Fact]
    public void FindRoot_NestedPropsBelowSolution_ReturnsSolutionFolder()
    {
        using var temp = new TempDirectory();
        var start = Directory.CreateDirectory(temp.File("tests/Deep/bin")).FullName;
        File.WriteAllText(temp.File("RelationsGraph.sln"), "");
        File.WriteAllText(temp.File("Directory.Build.props"), "<Project />");
        File.WriteAllText(temp.File("tests/Directory.Build.props"), "<Project />");

        Assert.Equal(temp.Path, RepositoryPaths.FindRoot(start));
    }

    [Fact]
    public void FindRoot_NoSolution_ReturnsNearestPropsFolder()
    {
        using var temp = new TempDirectory();
        var start = Directory.CreateDirectory(temp.File("src/Project/bin")).FullName;
        File.WriteAllText(temp.File("Directory.Build.props"), "<Project />");

        Assert.Equal(temp.Path, RepositoryPaths.FindRoot(start + Path.DirectorySeparatorChar));
    }

    [Fact]
    public void FindRoot_StartIsRootWithTrailingSeparator_ReturnsItWithoutSeparator()
    {
        using var temp = new TempDirectory();
        File.WriteAllText(temp.File("Directory.Build.props"), "<Project />");

        Assert.Equal(temp.Path, RepositoryPaths.FindRoot(temp.Path + Path.DirectorySeparatorChar));
    }

    [Fact]
    public void FindRoot_NoMarkerAbove_ReturnsNull()
    {
        using var temp = new TempDirectory();

        Assert.SkipWhen(RepositoryPaths.FindRoot(Path.GetTempPath()) is not null, "The temp folder lies inside a repository.");
        Assert.Null(RepositoryPaths.FindRoot(temp.Path));
    }

    private static string ThisFile([CallerFilePath] string path = "") => path;
}
