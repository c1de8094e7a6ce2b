namespace RelationsGraph.Cli.Tests.Support;

/// <summary>The team's fixture articles, and a graph ingested from them once per test run.</summary>
internal static class Fixtures
{
    private static readonly Lazy<Task<string>> Ingested = new(IngestAsync);

    public static string Articles => Path.Combine(RepositoryPaths.Root, "tests", "RelationsGraph.Extraction.Tests", "Fixtures", "Articles");

    /// <summary>The path of a graph JSON file built by <c>relgraph ingest</c> from the fixture articles.</summary>
    public static Task<string> GraphAsync() => Ingested.Value;

    private static async Task<string> IngestAsync()
    {
        var folder = Path.Combine(Path.GetTempPath(), "relgraph-fixtures-" + Environment.ProcessId);
        Directory.CreateDirectory(folder);
        var graph = Path.Combine(folder, "graph.json");
        var run = await Relgraph.RunAsync("ingest", Articles, "-o", graph, "--jobs", "2");
        Assert.True(run.ExitCode == 0, run.ToString());
        return graph;
    }
}
