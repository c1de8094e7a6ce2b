using System.Runtime.CompilerServices;

namespace RelationsGraph.Testing;

/// <summary>Locates the repository and the design folder beside it, for tests that read checked-in files.</summary>
public static class RepositoryPaths
{
    private static readonly string[] SolutionMarkers = ["RelationsGraph.sln", "RelationsGraph.slnx"];
    private const string PropsMarker = "Directory.Build.props";

    private static readonly Lazy<string> RootDirectory = new(LocateRoot);

    /// <summary>The repository root: the folder holding <c>RelationsGraph.sln</c> or the root <c>Directory.Build.props</c>.</summary>
    /// <remarks>
    /// Found by walking up from <see cref="AppContext.BaseDirectory"/> (the test's bin folder), then from
    /// this library's own source file. A folder holding the solution file wins over a nearer
    /// <c>Directory.Build.props</c>, so nested props files do not stop the walk once the solution exists.
    /// </remarks>
    /// <exception cref="InvalidOperationException">Neither start point lies inside the repository.</exception>
    public static string Root => RootDirectory.Value;

    /// <summary>The <c>shared</c> folder beside the repository root (<c>Root/../shared</c>), normalised; it may not exist.</summary>
    /// <exception cref="InvalidOperationException">The repository root cannot be found.</exception>
    public static string Shared => Path.GetFullPath(Path.Combine(Root, "..", "shared"));

    /// <summary>Walks up from <paramref name="startDirectory"/>; null when no marker is found.</summary>
    internal static string? FindRoot(string startDirectory) =>
        FindUpwards(startDirectory, SolutionMarkers) ?? FindUpwards(startDirectory, [PropsMarker]);

    private static string LocateRoot()
    {
        string?[] starts = [AppContext.BaseDirectory, Path.GetDirectoryName(ThisSourceFile())];
        foreach (var start in starts)
        {
            if (!string.IsNullOrEmpty(start) && FindRoot(start) is { } root)
            {
                return root;
            }
        }

        throw new InvalidOperationException(
            $"Cannot find the repository root (a folder holding RelationsGraph.sln or {PropsMarker}) " +
            $"above '{AppContext.BaseDirectory}' or '{ThisSourceFile()}'.");
    }

    private static string? FindUpwards(string startDirectory, string[] markers)
    {
        for (var directory = new DirectoryInfo(Path.GetFullPath(startDirectory)); directory is not null; directory = directory.Parent)
        {
            if (markers.Any(marker => File.Exists(Path.Combine(directory.FullName, marker))))
            {
                return Path.TrimEndingDirectorySeparator(directory.FullName);
            }
        }

        return null;
    }

    private static string ThisSourceFile([CallerFilePath] string path = "") => path;
}
