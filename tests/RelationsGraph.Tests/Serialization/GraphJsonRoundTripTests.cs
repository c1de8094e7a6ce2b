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
    public void Read_ByteOrderMark_IsIgnored()
    {
        var json = GraphJsonWriter.ToJson(ReferenceGraphs.ChinaJapan());

        var read = new GraphJsonReader().Read(Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes(json)).ToArray());

        Assert.Equal(json, GraphJsonWriter.ToJson(read));
    }
}
