namespace RelationsGraph.Cli.Infrastructure;

/// <summary>Expands the files and folders given on the command line into article files.</summary>
internal static class ArticleFiles
{
    /// <summary>
    /// Every <c>*.txt</c> file under the given folders (recursively) and every file given by name, in
    /// ordinal path order, each once. A missing path is an error.
    /// </summary>
    public static IReadOnlyList<string> Expand(IEnumerable<string> paths)
    {
        var files = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var path in paths)
        {
            if (Directory.Exists(path))
            {
                files.UnionWith(Directory.EnumerateFiles(path, "*.txt", SearchOption.AllDirectories).Select(Path.GetFullPath));
            }
            else if (File.Exists(path))
            {
                files.Add(Path.GetFullPath(path));
            }
            else
            {
                throw new CliException($"{path}: no such file or folder");
            }
        }

        return [.. files];
    }

    /// <summary>The article id of a file: its name without the extension.</summary>
    public static string IdOf(string file) => Path.GetFileNameWithoutExtension(file);
}
