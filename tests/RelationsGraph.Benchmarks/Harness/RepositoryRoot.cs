namespace RelationsGraph.Benchmarks.Harness;

/// <summary>Finds the repository (the folder with RelationsGraph.sln) from the current folder or the program's.</summary>
internal static class RepositoryRoot
{
    public static string Find()
    {
        foreach (var start in new[] { Environment.CurrentDirectory, AppContext.BaseDirectory })
        {
            for (var folder = new DirectoryInfo(start); folder is not null; folder = folder.Parent)
            {
                if (File.Exists(Path.Combine(folder.FullName, "RelationsGraph.sln")))
                {
                    return folder.FullName;
                }
            }
        }

        throw new InvalidOperationException("Cannot find RelationsGraph.sln above the current folder or the program's; pass --report <path>.");
    }
}
