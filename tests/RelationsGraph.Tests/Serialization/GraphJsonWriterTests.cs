using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using RelationsGraph.Serialization;

namespace RelationsGraph.Tests.Serialization;

public sealed class GraphJsonWriterTests
{
    [Fact]
    public void ToJson_HostileEvidence_IsWhatUtf8JsonWriterWritesForTheSameDocument()
    {
        var printable = new string([.. Enumerable.Range(0x20, 0x7F - 0x20).Select(c => (char)c)]);
        var texts = new[] { printable, "quote \" backslash \\ newline \n tab \t \u0001 \u007F", "中文 emoji 🕊 \u2028 \u00e9 </script>", "" };
        var graph = new KnowledgeGraph();
        var xi = graph.AddNode(new Leader { Id = "leader:xi", Name = "Xi" });
        var cn = graph.AddNode(new Country { Id = "country:cn", Name = "China" });
        var evidence = texts.Select((text, i) => Evidence.FromArticle("article \"" + i + "\" \u00e9", i, 10, 10 + text.Length, text))
            .Append(Evidence.FromReference("kb \\ \"reference\" 🕊"));
        graph.AddEdge(new LeaderOf(xi, cn), evidence);
        graph.AddEdge(new LeaderOf(graph.AddNode(new Leader { Id = "leader:li", Name = "Li" }), cn), []);

        var json = GraphJsonWriter.ToJson(graph);

        Assert.Equal(Rewrite(json) + "\n", json);
    }

    [Fact]
    public void ToJson_HostileIds_IsWhatUtf8JsonWriterWritesForTheSameDocument()
    {
        // Ids are encoded once, into one array, for their node and every edge end: plain ASCII copied, the rest escaped.
        var graph = new KnowledgeGraph();
        var cn = graph.AddNode(new Country { Id = "country:\"q\" \\ é 🕊 \u2028 </x>", Name = "China" });
        foreach (var id in new[] { "leader:plain", "leader:ü+ß", "leader:tab\t", "leader:'&<>" })
        {
            graph.AddEdge(new LeaderOf(graph.AddNode(new Leader { Id = id, Name = "L" }), cn), []);
        }

        var json = GraphJsonWriter.ToJson(graph);

        Assert.Equal(Rewrite(json) + "\n", json);
    }

    [Fact]
    public void ToJson_HostileNamesAndAliasesAndNodeProperties_IsWhatUtf8JsonWriterWritesForTheSameDocument()
    {
        // Nodes are formatted as raw values too: names and aliases copied or escaped, kind properties after them.
        var graph = new KnowledgeGraph();
        graph.AddNode(new Leader { Id = "leader:a", Name = "quote \" back \\ tab \t é 🕊 \u2028 </script>", Aliases = ["", "plain", "ü \" ß"], Title = "Premier \"Li\"" });
        graph.AddNode(new Country { Id = "country:cn", Name = "China", Aliases = ["PRC"], Iso2 = "CN", Demonyms = ["Chinese"] });
        graph.AddNode(new Event { Id = "event:e", Name = "talks", EventKind = EventKind.Meeting, Date = new PartialDate(2023, 11) });
        graph.AddNode(new Topic { Id = "topic:t", Name = "" });

        var json = GraphJsonWriter.ToJson(graph);

        Assert.Equal(Rewrite(json) + "\n", json);
    }

    /// <summary>The document as Utf8JsonWriter writes it with the graph writer's options.</summary>
    private static string Rewrite(string json)
    {
        using var document = JsonDocument.Parse(json);
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true, NewLine = "\n", Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            document.WriteTo(writer);
        }

        return Encoding.UTF8.GetString(stream.ToArray());
    }
}
