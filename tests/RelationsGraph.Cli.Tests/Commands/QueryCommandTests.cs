using RelationsGraph.Cli.Tests.Support;

namespace RelationsGraph.Cli.Tests.Commands;

public class QueryCommandTests
{
    [Theory]
    [InlineData("cites")]
    [InlineData("meetings")]
    [InlineData("timeline")]
    [InlineData("anniversaries")]
    public async Task Query_NamedQueryOnTheFixtureGraph_MatchesSnapshot(string query)
    {
        var graph = await Fixtures.GraphAsync();

        var run = await Relgraph.RunAsync("query", graph, query);

        Assert.True(run.ExitCode == 0, run.ToString());
        await Snapshot.Verify(run.Output, "txt", parameters: query);
    }

    [Fact]
    public async Task Query_PathByAlias_ResolvesNamesAndPrintsEvidence()
    {
        var graph = await Fixtures.GraphAsync();

        var run = await Relgraph.RunAsync("query", graph, "path", "Kishida", "Xi Jinping", "--format", "json");

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Contains("\"from\": \"leader:fumio-kishida\"", run.Output, StringComparison.Ordinal);
        Assert.Contains("\"evidence\":", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Query_Around_ListsTheCentreFirst()
    {
        var graph = await Fixtures.GraphAsync();

        var run = await Relgraph.RunAsync("query", graph, "around", "leader:fumio-kishida", "--depth", "1", "--format", "json");

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.StartsWith("[\n  {\n    \"distance\": \"0\",\n    \"kind\": \"Leader\",\n    \"name\": \"Fumio Kishida\"", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Query_UnknownEntity_FailsWithOneLine()
    {
        var graph = await Fixtures.GraphAsync();

        var run = await Relgraph.RunAsync("query", graph, "around", "Napoleon");

        Assert.Equal(1, run.ExitCode);
        Assert.Equal("relgraph: no entity is named 'Napoleon'\n", run.Error);
    }

    [Fact]
    public async Task Query_UnknownQuery_IsAUsageError()
    {
        var graph = await Fixtures.GraphAsync();

        var run = await Relgraph.RunAsync("query", graph, "gossip");

        Assert.Equal(2, run.ExitCode);
        Assert.Single(run.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries));
    }

    [Fact]
    public async Task Query_MissingGraphFile_FailsWithOneLine()
    {
        using var temp = new TempFolder();

        var run = await Relgraph.RunAsync("query", temp.File("missing.json"), "cites");

        Assert.Equal(1, run.ExitCode);
        Assert.Equal($"relgraph: {temp.File("missing.json")}: no such file\n", run.Error);
    }

    [Fact]
    public async Task Query_BrokenGraphJson_NamesFileLineAndColumn()
    {
        using var temp = new TempFolder();
        var path = temp.File("broken.json");
        File.WriteAllText(path, "{\n  \"format\": \"relationsgraph\",\n  \"version\": 1,\n  \"nodes\": [ { \"id\": \"country:cn\", \"kind\": \"Nation\", \"name\": \"China\" } ]\n}\n");

        var run = await Relgraph.RunAsync("query", path, "cites");

        Assert.Equal(1, run.ExitCode);
        Assert.Equal($"relgraph: {path}(4,44): unknown node kind 'Nation' (at $.nodes[0].kind)\n", run.Error);
    }

    [Fact]
    public async Task Query_BinaryGraphFile_FailsWithOneLineAndVerboseAddsTheTrace()
    {
        using var temp = new TempFolder();
        var path = temp.File("binary.json");
        File.WriteAllBytes(path, [0x00, 0xFF, 0x10, 0x7B]);

        var quiet = await Relgraph.RunAsync("query", path, "cites");
        var verbose = await Relgraph.RunAsync("query", path, "cites", "--verbose");

        Assert.Equal(1, quiet.ExitCode);
        Assert.Single(quiet.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.StartsWith($"relgraph: {path}(1,1): the file is not valid JSON", quiet.Error, StringComparison.Ordinal);
        Assert.Contains("   at ", verbose.Error, StringComparison.Ordinal);
    }
}
