using RelationsGraph.Testing;

namespace RelationsGraph.Extraction.Tests.Support;

/// <summary>The article fixtures and their gold files.</summary>
internal static class Fixtures
{
    public static string Folder => Path.Combine(RepositoryPaths.Root, "tests", "RelationsGraph.Extraction.Tests", "Fixtures", "Articles");

    public static IEnumerable<string> Names => Directory.GetFiles(Folder, "*.txt").Select(Path.GetFileNameWithoutExtension).Order(StringComparer.Ordinal)!;

    public static string Text(string name) => File.ReadAllText(Path.Combine(Folder, name + ".txt"));

    public static TheoryData<string> All()
    {
        var data = new TheoryData<string>();
        foreach (var name in Names)
        {
            data.Add(name);
        }

        return data;
    }
}
