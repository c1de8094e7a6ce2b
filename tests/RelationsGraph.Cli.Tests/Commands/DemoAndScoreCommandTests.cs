using RelationsGraph.Cli.Tests.Support;
using RelationsGraph.Serialization;

namespace RelationsGraph.Cli.Tests.Commands;

public class DemoAndScoreCommandTests
{
    [Fact]
    public async Task Demo_PrintsFactsAndCitationsAndWritesTheFiles()
    {
        using var temp = new TempFolder();

        var run = await Relgraph.RunAsync("demo", "--output-dir", temp.Path);

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Contains("Facts found in the article", run.Output, StringComparison.Ordinal);
        Assert.Contains("Agreements and events citing foundational documents", run.Output, StringComparison.Ordinal);
        Assert.Contains("Treaty of Peace and Friendship", run.Output, StringComparison.Ordinal);
        Assert.NotNull(new GraphJsonReader().ReadFile(Path.Combine(temp.Path, "graph.json")));
        GraphvizDot.AssertRenders(File.ReadAllText(Path.Combine(temp.Path, "graph.dot")));
    }

    [Fact]
    public async Task Demo_Diagram_IsTheOneTheReadmeShows()
    {
        using var temp = new TempFolder();

        var run = await Relgraph.RunAsync("demo", "--output-dir", temp.Path);

        Assert.True(run.ExitCode == 0, run.ToString());
        var shown = Path.Combine(RepositoryPaths.Root, "docs", "images", "sample-graph.dot");
        Assert.True(
            File.ReadAllText(shown) == File.ReadAllText(Path.Combine(temp.Path, "graph.dot")),
            "docs/images/sample-graph.dot (and .svg) are stale: regenerate them with the command in README.md.");
    }

    [Fact]
    public async Task Score_FixtureFolder_PrintsPerArticleAndOverallScores()
    {
        var run = await Relgraph.RunAsync("score", Fixtures.Articles);

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Contains("xinhua-xi-kishida-2023-11-16", run.Output, StringComparison.Ordinal);
        Assert.Contains("F1", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Score_FolderWithoutGold_FailsWithOneLine()
    {
        using var temp = new TempFolder();

        var run = await Relgraph.RunAsync("score", temp.Path);

        Assert.Equal(1, run.ExitCode);
        Assert.Equal($"relgraph: {temp.Path}: no *.txt article with a *.gold.json beside it\n", run.Error);
    }

    [Fact]
    public async Task Score_GoldRelationToNoEntity_FailsWithOneLineNamingTheFileAndPath()
    {
        using var temp = new TempFolder();
        File.WriteAllText(Path.Combine(temp.Path, "a.txt"), "Talks\n\nTOKYO, Nov. 16 (Wire) -- Kishida met Xi.\n");
        var gold = Path.Combine(temp.Path, "a.gold.json");
        File.WriteAllText(gold, """
            { "article": "a", "entities": [ { "type": "Leader", "name": "Fumio Kishida" } ],
              "relations": [ { "type": "LeaderOf", "from": "Fumio Kishida", "to": "Japan" } ] }
            """);

        var run = await Relgraph.RunAsync("score", temp.Path);

        Assert.Equal(1, run.ExitCode);
        Assert.Equal($"relgraph: {gold}: $.relations[0].to must be the name of an entity of the file (\"Japan\" is none).\n", run.Error);
    }

    [Theory]
    [InlineData("ingest")]
    [InlineData("query")]
    [InlineData("export")]
    [InlineData("render")]
    [InlineData("demo")]
    [InlineData("score")]
    public async Task Help_OnEveryCommand_Succeeds(string command)
    {
        var run = await Relgraph.RunAsync(command, "--help");

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("Usage:", run.Output, StringComparison.Ordinal);
    }
}
