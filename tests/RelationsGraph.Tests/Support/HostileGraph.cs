namespace RelationsGraph.Tests.Support;

/// <summary>Nodes whose ids and names break naive writers: DOT keywords, ports, quotes, backslashes, line breaks, markup, other scripts.</summary>
public static class HostileGraph
{
    /// <summary>Each node's id and the name it shows.</summary>
    public static IReadOnlyList<(string Id, string Name)> Nodes { get; } =
    [
        ("topic:node", "node"),
        ("topic:edge", "edge"),
        ("topic:graph", "graph {subgraph}"),
        ("topic:strict", "strict digraph -> --"),
        ("topic:quote\"d", "She said \"no\""),
        ("topic:back\\slash\\", "C:\\path\\ and \\N \\n \\l"),
        ("topic:lines", "first line\nsecond line\r\nthird line"),
        ("topic:markup", "<b>bold</b> & <i>x</i> &amp; &#38; a|b {c}"),
        ("topic:中文", "中日和平友好条约 · 日中平和友好条約"),
        ("topic:hash", "#quot; #35; `code` %% comment; end"),
    ];

    /// <summary>A graph of <see cref="Nodes"/> as topics, a document with the DOT port-like id <c>doc:1978</c>, and edges joining them.</summary>
    public static KnowledgeGraph Create()
    {
        var graph = new KnowledgeGraph();
        var meeting = new Event { Id = "event:e", Name = "Meeting \"E\"" };
        foreach (var (id, name) in Nodes)
        {
            graph.AddDiscussed(meeting, new Topic { Id = id, Name = name }, Evidence.FromReference("test"));
        }

        graph.AddCites(meeting, new Document { Id = "doc:1978", Name = "1978" }, Evidence.FromReference("test"), verb: "a \"verb\"");
        return graph;
    }
}
