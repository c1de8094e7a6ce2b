using System.Xml.Linq;
using RelationsGraph.Cli.Tests.Support;
using RelationsGraph.Serialization;

namespace RelationsGraph.Cli.Tests.Commands;

public class ExportCommandTests
{
    [Theory]
    [InlineData("none")]
    [InlineData("country")]
    [InlineData("kind")]
    public async Task Export_Dot_RendersWithGraphviz(string cluster)
    {
        using var temp = new TempFolder();
        var output = temp.File("graph.dot");

        var run = await Relgraph.RunAsync("export", await Fixtures.GraphAsync(), "--format", "dot", "-o", output, "--cluster", cluster, "--rankdir", "TB", "--title", "Fixtures \"quoted\"");

        Assert.True(run.ExitCode == 0, run.ToString());
        GraphvizDot.AssertRenders(File.ReadAllText(output));
    }

    [Fact]
    public async Task Export_GraphML_IsXmlWithTypedKeys()
    {
        using var temp = new TempFolder();
        var output = temp.File("graph.graphml");

        var run = await Relgraph.RunAsync("export", await Fixtures.GraphAsync(), "--format", "graphml", "-o", output);

        Assert.True(run.ExitCode == 0, run.ToString());
        var document = XDocument.Load(output);
        XNamespace ns = "http://graphml.graphdrawing.org/xmlns";
        Assert.Contains(document.Root!.Elements(ns + "key"), k => (string?)k.Attribute("attr.name") == "kind");
        Assert.NotEmpty(document.Descendants(ns + "node"));
    }

    [Fact]
    public async Task Export_Json_RoundTripsByteForByte()
    {
        using var temp = new TempFolder();
        var source = await Fixtures.GraphAsync();
        var output = temp.File("copy.json");

        var run = await Relgraph.RunAsync("export", source, "--format", "json", "-o", output);

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Equal(File.ReadAllBytes(source), File.ReadAllBytes(output));
        Assert.NotNull(new GraphJsonReader().ReadFile(output));
    }

    [Fact]
    public async Task Export_Mermaid_StartsWithAFlowchart()
    {
        using var temp = new TempFolder();
        var output = temp.File("graph.mmd");

        var run = await Relgraph.RunAsync("export", await Fixtures.GraphAsync(), "--format", "mermaid", "-o", output);

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.StartsWith("flowchart LR\n", File.ReadAllText(output).Replace("---\n", "", StringComparison.Ordinal).TrimStart(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Export_UnknownFormat_IsAUsageError()
    {
        using var temp = new TempFolder();

        var run = await Relgraph.RunAsync("export", await Fixtures.GraphAsync(), "--format", "pdf", "-o", temp.File("graph.pdf"));

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("pdf", run.Error, StringComparison.Ordinal);
        Assert.Empty(Directory.GetFiles(temp.Path));
    }

    [Fact]
    public async Task Export_IntoAFolderThatIsAFile_FailsAndLeavesNoPartialFile()
    {
        using var temp = new TempFolder();
        File.WriteAllText(temp.File("blocker"), "not a folder");

        var run = await Relgraph.RunAsync("export", await Fixtures.GraphAsync(), "--format", "json", "-o", Path.Combine(temp.File("blocker"), "graph.json"));

        Assert.Equal(1, run.ExitCode);
        Assert.Single(run.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.Equal(["blocker"], Directory.GetFiles(temp.Path).Select(Path.GetFileName));
    }
}
