using System.Text;
using RelationsGraph.Serialization;
using RelationsGraph.Tests.Support;

namespace RelationsGraph.Tests.Serialization;

public sealed class GraphJsonRoundTripTests
{
    [Fact]
    public async Task ToJson_ReferenceGraph_MatchesSnapshot() =>
        await Snapshot.Verify(GraphJsonWriter.ToJson(ReferenceGraphs.ChinaJapan()), "json");

    [Fact]
    public void WriteReadWrite_ReferenceGraph_IsByteIdenticalAndEqualFactByFact()
    {
        var graph = ReferenceGraphs.ChinaJapan();
        graph.Merge(SecondArticle.Graph());
        var json = GraphJsonWriter.ToJson(graph);

        var read = new GraphJsonReader().Read(Encoding.UTF8.GetBytes(json));

        Assert.Equal(json, GraphJsonWriter.ToJson(read));
        GraphAssert.Equal(graph, read);
    }

    [Fact]
    public void WriteReadWrite_HostileText_SurvivesUnchanged()
    {
        var graph = new KnowledgeGraph();
        var name = "quote \" backslash \\ newline \n tab \t 中文 \u0001 emoji 🕊 </script> & {braces}";
        graph.AddNode(new Topic { Id = "topic:hostile", Name = name, Aliases = new[] { "\r\n", "" + '\u2028' } });
        var json = GraphJsonWriter.ToJson(graph);

        var read = new GraphJsonReader().Read(Encoding.UTF8.GetBytes(json));

        Assert.Equal(name, read.GetNode<Topic>("topic:hostile")!.Name);
        Assert.Equal(json, GraphJsonWriter.ToJson(read));
    }

    [Fact]
    public void WriteFile_ThenReadFile_GivesTheSameGraph()
    {
        var path = Path.Combine(Path.GetTempPath(), $"relationsgraph-{Environment.ProcessId}-{Guid.NewGuid():N}.json");
        try
        {
            var graph = ReferenceGraphs.ChinaJapan();
            GraphJsonWriter.WriteFile(graph, path);

            GraphAssert.Equal(graph, new GraphJsonReader().ReadFile(path));
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void Read_EdgesBeforeNodes_GivesTheSameGraph()
    {
        var graph = ReferenceGraphs.ChinaJapan();
        var written = System.Text.Json.Nodes.JsonNode.Parse(GraphJsonWriter.ToJson(graph))!.AsObject();
        var reordered = new System.Text.Json.Nodes.JsonObject
        {
            ["format"] = written["format"]!.DeepClone(),
            ["edges"] = written["edges"]!.DeepClone(),
            ["version"] = written["version"]!.DeepClone(),
            ["nodes"] = written["nodes"]!.DeepClone(),
        };

        var read = new GraphJsonReader().Read(Encoding.UTF8.GetBytes(reordered.ToJsonString()));

        GraphAssert.Equal(graph, read);
    }

    [Fact]
    public void Read_EscapedIdsAndRepeatedStrings_ResolveToTheSameValues()
    {
        // Ends and evidence strings are found by their bytes when unescaped and by their text when escaped: both
        // spellings must give the same node and equal strings.
        var json = """
            {
              "format": "relationsgraph",
              "version": 1,
              "nodes": [
                { "id": "country:cn", "kind": "Country", "name": "China" },
                { "id": "leader:\u0078i", "kind": "Leader", "name": "Xi" }
              ],
              "edges": [
                { "kind": "LeaderOf", "from": "leader:xi", "to": "country:\u0063n", "evidence": [
                  { "article": "a-1", "sentence": 0, "start": 0, "end": 2, "text": "Xi" },
                  { "article": "a\u002d1", "sentence": 1, "start": 0, "end": 2, "text": "\u0058i" },
                  { "article": "a-1", "sentence": 2, "start": 0, "end": 2, "text": "Xi" } ] }
              ]
            }
            """;

        var read = new GraphJsonReader().Read(Encoding.UTF8.GetBytes(json));

        var edge = Assert.Single(read.Edges);
        Assert.Equal(("leader:xi", "country:cn"), (edge.Source.Id, edge.Target.Id));
        Assert.Same(read.GetNode<Country>("country:cn"), edge.Target);
        Assert.Equal(["a-1#0[0..2] \"Xi\"", "a-1#1[0..2] \"Xi\"", "a-1#2[0..2] \"Xi\""], edge.Evidence.Select(e => e.ToString()));
    }

    [Fact]
    public void Read_Nodes_AreTheGraphsOwnAndNormalized()
    {
        // The reader hands each node it builds to the graph without a copy, except one whose lists need sorting and
        // deduping, which goes through AddNode: either way the edges end at the graph's own, normalized instances.
        var json = """
            {
              "format": "relationsgraph",
              "version": 1,
              "nodes": [
                { "id": "country:cn", "kind": "Country", "name": "China", "aliases": ["PRC", "China", "Cathay", "PRC"] },
                { "id": "leader:xi", "kind": "Leader", "name": "Xi" }
              ],
              "edges": [
                { "kind": "LeaderOf", "from": "leader:xi", "to": "country:cn", "evidence": [] }
              ]
            }
            """;

        var read = new GraphJsonReader().Read(Encoding.UTF8.GetBytes(json));

        var edge = Assert.Single(read.Edges);
        var china = read.GetNode<Country>("country:cn");
        Assert.Same(china, edge.Target);
        Assert.Same(read.GetNode<Leader>("leader:xi"), edge.Source);
        Assert.Equal(["Cathay", "PRC"], china!.Aliases);
    }

    [Fact]
    public void Read_ByteOrderMark_IsIgnored()
    {
        var json = GraphJsonWriter.ToJson(ReferenceGraphs.ChinaJapan());

        var read = new GraphJsonReader().Read(Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes(json)).ToArray());

        Assert.Equal(json, GraphJsonWriter.ToJson(read));
    }
}
