using System.Xml.Linq;
using RelationsGraph.Export;
using RelationsGraph.Export.Dot;
using RelationsGraph.Serialization;
using RelationsGraph.Tests.Support;

namespace RelationsGraph.Tests.Export.Dot;

public sealed class DotExporterTests
{
    private static readonly XNamespace Svg = "http://www.w3.org/2000/svg";

    [Fact]
    public async Task Export_ReferenceGraph_MatchesSnapshotAndRenders()
    {
        var dot = new DotExporter(new DotOptions { Title = "China–Japan, 16 November 2023" }).ExportToString(ReferenceGraphs.ChinaJapan());

        GraphvizDot.AssertRenders(dot);
        await Snapshot.Verify(dot, "dot");
    }

    [Fact]
    public async Task Export_ClustersByCountry_MatchesSnapshotAndRenders()
    {
        var dot = new DotExporter(new DotOptions { Clusters = DotClusters.Country }).ExportToString(ReferenceGraphs.ChinaJapan());

        GraphvizDot.AssertRenders(dot);
        await Snapshot.Verify(dot, "dot");
    }

    [Fact]
    public async Task Export_ClustersByKindTopToBottom_MatchesSnapshotAndRenders()
    {
        var options = new DotOptions { Clusters = DotClusters.Kind, RankDirection = LayoutDirection.TopToBottom };
        var dot = new DotExporter(options).ExportToString(ReferenceGraphs.ChinaJapan());

        GraphvizDot.AssertRenders(dot);
        await Snapshot.Verify(dot, "dot");
    }

    [Fact]
    public void Export_ClustersByCountry_PutsLeadersAndPlacesWithTheirCountry()
    {
        var dot = new DotExporter(new DotOptions { Clusters = DotClusters.Country }).ExportToString(ReferenceGraphs.ChinaJapan());

        var svg = XDocument.Parse(GraphvizDot.AssertRenders(dot));
        var clusters = svg.Descendants(Svg + "g").Where(g => (string?)g.Attribute("class") == "cluster").ToDictionary(
            g => g.Element(Svg + "title")!.Value,
            g => g.Elements(Svg + "text").Select(t => t.Value).Single());
        Assert.Equal(["cluster_country:cn", "cluster_country:jp", "cluster_country:us"], clusters.Keys.Order(StringComparer.Ordinal));
        Assert.Equal("China", clusters["cluster_country:cn"]);
        var lines = dot.Split('\n');
        var us = Array.IndexOf(lines, "  subgraph \"cluster_country:us\" {");
        Assert.StartsWith("    \"country:us\"", lines[us + 2], StringComparison.Ordinal);
        Assert.StartsWith("    \"place:san-francisco\"", lines[us + 3], StringComparison.Ordinal);
        Assert.Equal("  }", lines[us + 4]);
    }

    [Fact]
    public void Export_HostileIdsAndLabels_RenderEveryNodeWithItsExactText()
    {
        var graph = HostileGraph.Create();
        var dot = new DotExporter(new DotOptions { Title = "Title with \"quotes\", <tags> & \\backslashes\\" }).ExportToString(graph);

        var svg = XDocument.Parse(GraphvizDot.AssertRenders(dot));

        var nodes = svg.Descendants(Svg + "g").Where(g => (string?)g.Attribute("class") == "node").ToList();
        Assert.Equal(graph.NodeCount, nodes.Count);
        var labels = nodes.Select(g => string.Join("\n", g.Elements(Svg + "text").Select(t => t.Value))).ToHashSet(StringComparer.Ordinal);
        foreach (var (_, name) in HostileGraph.Nodes)
        {
            Assert.Contains(name.Replace("\r\n", "\n", StringComparison.Ordinal), labels);
        }

        Assert.Contains("1978", labels);
        Assert.Contains("Meeting \"E\"", labels);
        var graphTitle = svg.Root!.Element(Svg + "g")!.Elements(Svg + "text").Single().Value;
        Assert.Equal("Title with \"quotes\", <tags> & \\backslashes\\", graphTitle);
    }

    [Fact]
    public void Export_PortLikeAndKeywordIds_AreQuoted()
    {
        var dot = new DotExporter().ExportToString(HostileGraph.Create());

        GraphvizDot.AssertRenders(dot);
        Assert.Contains("  \"doc:1978\" [label=\"1978\"", dot, StringComparison.Ordinal);
        Assert.Contains("  \"topic:node\" [label=\"node\"", dot, StringComparison.Ordinal);
        Assert.Contains("  \"event:e\" -> \"doc:1978\" [label=\"cites\"", dot, StringComparison.Ordinal);
        Assert.Contains("  \"topic:back\\\\slash\\\\\" [label=\"C:\\\\path\\\\ and \\\\N \\\\n \\\\l\"", dot, StringComparison.Ordinal);
        Assert.Contains("[label=\"first line\\nsecond line\\nthird line\"", dot, StringComparison.Ordinal);
        Assert.Contains("[label=\"\\<b\\>bold\\</b\\> &amp; \\<i\\>x\\</i\\> &amp;amp; &amp;#38; a\\|b \\{c\\}\"", dot, StringComparison.Ordinal);
    }

    [Fact]
    public void Export_EveryKind_IsDrawnAsItsDescriptorSays()
    {
        var graph = ReferenceGraphs.ChinaJapan();
        var dot = new DotExporter().ExportToString(graph);
        GraphvizDot.AssertRenders(dot);
        var lines = dot.Split('\n');

        foreach (var node in graph.Nodes)
        {
            var line = Assert.Single(lines, l => l.StartsWith($"  \"{node.Id}\" [", StringComparison.Ordinal));
            foreach (var (name, value) in graph.Ontology.Describe(node).Dot)
            {
                Assert.Contains($", {name}=\"{value}\"", line, StringComparison.Ordinal);
            }
        }

        foreach (var edge in graph.Edges)
        {
            var kind = graph.Ontology.Describe(edge);
            var line = Assert.Single(lines, l => l.StartsWith($"  \"{edge.Source.Id}\" -> \"{edge.Target.Id}\" [label=\"{kind.Label}\"", StringComparison.Ordinal));
            Assert.All(kind.Dot.Where(d => d.Key != "label"), d => Assert.Contains($", {d.Key}=\"{d.Value}\"", line, StringComparison.Ordinal));
        }

        Assert.Equal(graph.Ontology.NodeKinds.Count, graph.Nodes.Select(n => n.Kind).Distinct().Count());
        Assert.Equal(graph.Ontology.EdgeKinds.Count, graph.Edges.Select(e => e.Kind).Distinct().Count());
    }

    [Fact]
    public void Export_GraphBuiltInAnotherOrder_IsByteIdentical()
    {
        var graph = ReferenceGraphs.ChinaJapan();
        var reread = new GraphJsonReader().Read(System.Text.Encoding.UTF8.GetBytes(GraphJsonWriter.ToJson(graph)));
        var exporter = new DotExporter(new DotOptions { Clusters = DotClusters.Country });

        var dot = exporter.ExportToString(graph);

        Assert.NotEqual(graph.Nodes.Select(n => n.Id), reread.Nodes.Select(n => n.Id));
        Assert.Equal(dot, exporter.ExportToString(reread));
        GraphvizDot.AssertRenders(dot);
    }

    [Fact]
    public void Export_Output_UsesLineFeedsOnly()
    {
        var dot = new DotExporter().ExportToString(HostileGraph.Create());

        GraphvizDot.AssertRenders(dot);
        Assert.DoesNotContain('\r', dot);
        Assert.EndsWith("}\n", dot, StringComparison.Ordinal);
    }

    [Fact]
    public void Export_ControlCharacters_RenderAsReplacementCharactersAndKeepIdsDistinct()
    {
        var graph = new KnowledgeGraph();
        graph.AddNode(new Topic { Id = "topic:bell\u0007", Name = "bell\u0007 nul\0 escape\u001b" });
        graph.AddNode(new Topic { Id = "topic:bell\\u0007", Name = "backslash u" });
        graph.AddNode(new Topic { Id = "topic:cr\r", Name = "carriage\rreturn" });
        graph.AddNode(new Topic { Id = "topic:cr\n", Name = "tab\tend" });
        var dot = new DotExporter().ExportToString(graph);

        var svg = XDocument.Parse(GraphvizDot.AssertRenders(dot));

        var nodes = svg.Descendants(Svg + "g").Where(g => (string?)g.Attribute("class") == "node").ToList();
        Assert.Equal(4, nodes.Count);
        var labels = nodes.Select(g => string.Join("\n", g.Elements(Svg + "text").Select(t => t.Value))).ToList();
        Assert.Contains("bell\uFFFD nul\uFFFD escape\uFFFD", labels);
        Assert.Contains("carriage\nreturn", labels);
    }

    [Fact]
    public void Export_EmptyGraph_Renders() =>
        GraphvizDot.AssertRenders(new DotExporter().ExportToString(new KnowledgeGraph()));
}
