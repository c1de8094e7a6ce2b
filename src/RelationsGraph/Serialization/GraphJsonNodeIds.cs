using System.Text.Json;

namespace RelationsGraph.Serialization;

/// <summary>
/// The nodes of one graph JSON read by id, for the edges that name them: found by the UTF-8 bytes of the id where it
/// is unescaped (no string and no decoding per edge end), otherwise by the id decoded onto a reused buffer.
/// </summary>
internal sealed class GraphJsonNodeIds
{
    private readonly KnowledgeGraph graph;
    private readonly GraphJsonValueIndex<Node> byBytes;
    private readonly char[] chars;
    private (long Place, int Length) lastId = (-1, 0);

    /// <summary>
    /// The nodes of <paramref name="graph"/>, read from <paramref name="document"/>; <paramref name="chars"/> is a
    /// buffer the read reuses.
    /// </summary>
    public GraphJsonNodeIds(ReadOnlyMemory<byte> document, KnowledgeGraph graph, char[] chars)
    {
        this.graph = graph;
        byBytes = new GraphJsonValueIndex<Node>(document);
        this.chars = chars;
    }

    /// <summary>Notes the id the reader stands on, the id of the node object being read.</summary>
    public void NoteId(ref Utf8JsonReader reader) => lastId = (byBytes.PlaceOf(ref reader), reader.ValueSpan.Length);

    /// <summary>Files <paramref name="node"/>, the graph's node for the node object just read, under the bytes of its id.</summary>
    public void Add(Node node)
    {
        byBytes.Add(lastId.Place, lastId.Length, node);
        lastId = (-1, 0);
    }

    /// <summary>The node whose id is the string token the reader stands on, or null.</summary>
    public Node? Find(ref Utf8JsonReader reader)
    {
        if (byBytes.TryGetValue(ref reader, out var node))
        {
            return node;
        }

        var length = reader.HasValueSequence ? reader.ValueSequence.Length : reader.ValueSpan.Length;
        if (length <= chars.Length)
        {
            // A UTF-8 string has at most as many UTF-16 chars as bytes, escaped or not.
            return graph.FindNode(chars.AsSpan(0, reader.CopyString(chars)));
        }

        return graph.TryGetNode(reader.GetString()!, out var other) ? other : null;
    }
}
