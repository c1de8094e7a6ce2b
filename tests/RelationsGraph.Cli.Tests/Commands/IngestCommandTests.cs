using RelationsGraph.Cli.Tests.Support;
using RelationsGraph.Serialization;

namespace RelationsGraph.Cli.Tests.Commands;

public class IngestCommandTests
{
    [Fact]
    public async Task Ingest_FixtureFolder_WritesTheGraphContractAndASummary()
    {
        using var temp = new TempFolder();
        var output = temp.File("graph.json");

        var run = await Relgraph.RunAsync("ingest", Fixtures.Articles, "-o", output);

        Assert.True(run.ExitCode == 0, run.ToString());
        var graph = new GraphJsonReader().ReadFile(output);
        Assert.Contains(graph.Nodes, n => n.Id == "leader:xi-jinping");
        Assert.Matches(@"^read 12 articles, skipped 0; wrote .+: \d+ nodes, \d+ edges\n", run.Error);
        Assert.Contains("  nodes Leader ", run.Error, StringComparison.Ordinal);
        Assert.Contains("  edges Cites ", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Ingest_OneOrTwoJobsAndAnyArgumentOrder_WritesIdenticalBytes()
    {
        using var temp = new TempFolder();
        var files = Directory.GetFiles(Fixtures.Articles, "*.txt").Order(StringComparer.Ordinal).ToArray();

        var one = await Relgraph.RunAsync(["ingest", .. files, "-o", temp.File("one.json"), "--jobs", "1"]);
        var two = await Relgraph.RunAsync(["ingest", .. files.Reverse(), "-o", temp.File("two.json"), "--jobs", "2"]);

        Assert.Equal(0, one.ExitCode);
        Assert.Equal(0, two.ExitCode);
        Assert.Equal(File.ReadAllBytes(temp.File("one.json")), File.ReadAllBytes(temp.File("two.json")));
    }

    [Fact]
    public async Task Ingest_BinaryArticle_IsSkippedWithItsReason()
    {
        using var temp = new TempFolder();
        File.Copy(Path.Combine(Fixtures.Articles, "reuters-xi-kishida-2023-11-16.txt"), temp.File("good.txt"));
        File.WriteAllBytes(temp.File("binary.txt"), [.. Enumerable.Range(0, 4096).Select(i => (byte)(i * 7 % 32))]);

        var run = await Relgraph.RunAsync("ingest", temp.Path, "-o", temp.File("graph.json"));

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Contains("read 1 articles, skipped 1", run.Error, StringComparison.Ordinal);
        Assert.Contains("  skipped binary: ", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Ingest_MissingInput_FailsWithOneLineAndWritesNothing()
    {
        using var temp = new TempFolder();

        var run = await Relgraph.RunAsync("ingest", temp.File("nowhere"), "-o", temp.File("graph.json"));

        Assert.Equal(1, run.ExitCode);
        Assert.Equal($"relgraph: {temp.File("nowhere")}: no such file or folder\n", run.Error);
        Assert.Empty(Directory.GetFiles(temp.Path));
    }

    [Fact]
    public async Task Ingest_WithoutOutput_IsAUsageError()
    {
        var run = await Relgraph.RunAsync("ingest", Fixtures.Articles);

        Assert.Equal(2, run.ExitCode);
        Assert.StartsWith("relgraph: Option '--output' is required.", run.Error, StringComparison.Ordinal);
    }
}
