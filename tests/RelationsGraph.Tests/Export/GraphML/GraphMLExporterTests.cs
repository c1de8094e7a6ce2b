using System.Globalization;
using System.Text.Json;
using System.Xml.Linq;
using RelationsGraph.Export;
using RelationsGraph.Export.GraphML;
using RelationsGraph.Tests.Support;

namespace RelationsGraph.Tests.Export.GraphML;

public sealed class GraphMLExporterTests
{
    private static readonly XNamespace G = "http://graphml.graphdrawing.org/xmlns";

    [Fact]
    public async Task Export_ReferenceGraph_MatchesSnapshot() =>
        await Snapshot.Verify(new GraphMLExporter().ExportToString(ReferenceGraphs.ChinaJapan()), "graphml");

    [Fact]
    public void Export_ReferenceGraph_DeclaresATypedKeyForEveryValue()
    {
        var graph = ReferenceGraphs.ChinaJapan();
        var xml = XDocument.Parse(new GraphMLExporter().ExportToString(graph));

        var keys = xml.Root!.Elements(G + "key").ToDictionary(k => (string)k.Attribute("id")!);
        Assert.All(keys.Values, k => Assert.Contains((string)k.Attribute("attr.type")!, new[] { "string", "int", "boolean" }));
        Assert.Equal(
            keys.Count,
            keys.Values.Select(k => ((string)k.Attribute("for")!, (string)k.Attribute("attr.name")!)).Distinct().Count());
        foreach (var data in xml.Descendants(G + "data"))
        {
            var key = keys[(string)data.Attribute("key")!];
            Assert.Equal(data.Parent!.Name.LocalName, (string)key.Attribute("for")!);
            switch ((string)key.Attribute("attr.type")!)
            {
                case "int":
                    Assert.True(int.TryParse(data.Value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out _), data.Value);
                    break;
                case "boolean":
                    Assert.Contains(data.Value, new[] { "true", "false" });
                    break;
            }
        }

        Assert.Equal("int", (string)keys["ep-anniversary"].Attribute("attr.type")!);
        Assert.Equal("boolean", (string)keys["np-foundational"].Attribute("attr.type")!);
        Assert.Equal("string", (string)keys["np-date"].Attribute("attr.type")!);
        Assert.Equal("int", (string)keys["e-evidenceCount"].Attribute("attr.type")!);
        Assert.Contains(graph.Ontology.NodeKinds.SelectMany(k => k.Properties), p => keys.ContainsKey("np-" + p.Name));
        Assert.All(graph.Ontology.EdgeKinds.SelectMany(k => k.Properties), p => Assert.True(keys.ContainsKey("ep-" + p.Name), p.Name));
    }

    [Fact]
    public void Export_ReferenceGraph_HoldsEveryNodeAndEdgeWithItsValues()
    {
        var graph = ReferenceGraphs.ChinaJapan();
        var xml = XDocument.Parse(new GraphMLExporter().ExportToString(graph));
        var element = xml.Root!.Element(G + "graph")!;

        Assert.Equal("directed", (string)element.Attribute("edgedefault")!);
        var nodes = element.Elements(G + "node").ToDictionary(n => (string)n.Attribute("id")!, Data);
        Assert.Equal(graph.Nodes.Select(n => n.Id).Order(StringComparer.Ordinal), nodes.Keys);
        foreach (var node in graph.Nodes)
        {
            Assert.Equal(node.Kind, nodes[node.Id]["n-kind"]);
            Assert.Equal(node.Name, nodes[node.Id]["n-name"]);
        }

        var treaty = nodes[ReferenceGraphs.Treaty1978];
        Assert.Equal("1978-08-12", treaty["np-signedOn"]);
        Assert.Equal("true", treaty["np-foundational"]);
        Assert.Equal(["China-Japan Treaty of Peace and Friendship"], JsonSerializer.Deserialize<string[]>(treaty["n-aliases"])!);

        var edges = element.Elements(G + "edge").ToList();
        Assert.Equal(graph.EdgeCount, edges.Count);
        var anniversary = Data(Assert.Single(edges, e => Data(e)["e-kind"] == "Commemorates"));
        Assert.Equal("45", anniversary["ep-anniversary"]);
        Assert.Equal("1", anniversary["e-evidenceCount"]);
    }

    [Fact]
    public void Export_IncludeEvidence_WritesTheEvidenceAsJson()
    {
        var graph = ReferenceGraphs.ChinaJapan();
        var xml = XDocument.Parse(new GraphMLExporter(new GraphMLOptions { IncludeEvidence = true }).ExportToString(graph));

        var edge = Assert.Single(xml.Descendants(G + "edge"), e => (string)e.Attribute("source")! == ReferenceGraphs.Meeting && Data(e)["e-kind"] == "PartOf");
        using var evidence = JsonDocument.Parse(Data(edge)["e-evidence"]);
        var item = Assert.Single(evidence.RootElement.EnumerateArray());
        Assert.Equal("on the sidelines of the 30th APEC Economic Leaders' Meeting", item.GetProperty("text").GetString());
        Assert.Equal(1, item.GetProperty("sentence").GetInt32());
    }

    [Fact]
    public void Export_HostileText_IsWellFormedAndKeepsEveryCharacterXmlCanHold()
    {
        var graph = HostileGraph.Create();
        graph.AddNode(new Topic { Id = "topic:controls", Name = "nul \0 bell \a tab \t cr \r lf \n surrogate \ud800 end" });

        var text = new GraphMLExporter().ExportToString(graph);
        var xml = XDocument.Parse(text, LoadOptions.PreserveWhitespace);

        var names = xml.Descendants(G + "node").ToDictionary(n => (string)n.Attribute("id")!, n => Data(n)["n-name"]);
        foreach (var (id, name) in HostileGraph.Nodes)
        {
            Assert.Equal(name, names[id]);
        }

        Assert.Equal("nul \uFFFD bell \uFFFD tab \t cr \r lf \n surrogate \uFFFD end", names["topic:controls"]);
        Assert.StartsWith("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<graphml", text, StringComparison.Ordinal);
        Assert.DoesNotContain('\r', text);
    }

    [Fact]
    public void Export_ReadByNetworkX_KeepsEveryKindNameAndEdge()
    {
        var graph = ReferenceGraphs.ChinaJapan();
        graph.Merge(HostileGraph.Create());
        var path = Path.Combine(Path.GetTempPath(), $"relationsgraph-{Environment.ProcessId}-{Guid.NewGuid():N}.graphml");
        new GraphMLExporter().ExportToFile(graph, path);
        try
        {
            const string Script = """
                import json, sys
                import networkx as nx
                g = nx.read_graphml(sys.argv[1])
                print(json.dumps({
                    "multigraph": g.is_multigraph(),
                    "directed": g.is_directed(),
                    "nodes": {n: [d["kind"], d["name"]] for n, d in g.nodes(data=True)},
                    "edges": sorted([u, v, d["kind"], d["evidenceCount"]] for u, v, d in g.edges(data=True)),
                    "anniversary": [d.get("anniversary") for u, v, d in g.edges(data=True) if d["kind"] == "Commemorates"],
                    "foundational": g.nodes["doc:china-japan-joint-communique-1972"]["foundational"],
                }, ensure_ascii=False))
                """;
            using var result = JsonDocument.Parse(PythonRunner.Run("networkx", Script, path));
            var root = result.RootElement;

            Assert.True(root.GetProperty("directed").GetBoolean());
            Assert.True(root.GetProperty("multigraph").GetBoolean());
            var nodes = root.GetProperty("nodes");
            Assert.Equal(graph.NodeCount, nodes.EnumerateObject().Count());
            foreach (var node in graph.Nodes)
            {
                var read = nodes.GetProperty(node.Id);
                Assert.Equal(node.Kind, read[0].GetString());
                Assert.Equal(node.Name, read[1].GetString());
            }

            Assert.Equal(graph.EdgeCount, root.GetProperty("edges").GetArrayLength());
            Assert.Equal(45, root.GetProperty("anniversary")[0].GetInt32());
            Assert.True(root.GetProperty("foundational").GetBoolean());
        }
        finally
        {
            File.Delete(path);
        }
    }

    private static Dictionary<string, string> Data(XElement element) =>
        element.Elements(G + "data").ToDictionary(d => (string)d.Attribute("key")!, d => d.Value);
}
