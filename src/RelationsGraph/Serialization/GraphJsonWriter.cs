using System.Text.Encodings.Web;
using System.Text.Json;

namespace RelationsGraph.Serialization;

/// <summary>
/// Writes a <see cref="KnowledgeGraph"/> in the graph JSON format: nodes sorted by id, edges by
/// (from, kind, to), evidence in its natural order, two-space indentation and <c>\n</c> line ends, so the
/// same graph always gives the same bytes.
/// </summary>
public static class GraphJsonWriter
{
    private static readonly JsonWriterOptions Options = new()
    {
        Indented = true,
        NewLine = "\n",
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,

        // The writer below only writes well-formed documents; the check costs a little on every call.
        SkipValidation = true,
    };

    /// <summary>Writes <paramref name="graph"/> to <paramref name="stream"/> as UTF-8 JSON.</summary>
    public static void Write(KnowledgeGraph graph, Stream stream)
    {
        ArgumentNullException.ThrowIfNull(graph);
        ArgumentNullException.ThrowIfNull(stream);
        using var output = new StreamBufferWriter(stream);
        using var writer = new Utf8JsonWriter(output, Options);
        writer.WriteStartObject();
        writer.WriteString("format"u8, GraphJsonReader.FormatName);
        writer.WriteNumber("version"u8, GraphJsonReader.Version);
        writer.WriteStartArray("nodes"u8);
        var nodes = GraphOrder.NodesById(graph);

        // Every id is written once as a node and again for each edge it ends: encode it once, by node number.
        var ids = new GraphJsonEncodedIds(nodes.Length);
        var kinds = new KindCache<JsonEncodedText>(); // kind names, encoded once per kind

        // Id order is not the order the objects lie in memory: load each window's objects before writing them.
        var ahead = new GraphReadAhead(graph);
        using var formatter = new GraphJsonItemFormatter(Options);
        for (var start = 0; start < nodes.Length; start += GraphReadAhead.Window)
        {
            var window = nodes.AsSpan(start, Math.Min(GraphReadAhead.Window, nodes.Length - start));
            ahead.Nodes(window);
            foreach (var node in window)
            {
                WriteNode(writer, node, ids.Add(node), kinds, formatter);
                FlushWhenFull(writer, output);
            }
        }

        writer.WriteEndArray();
        writer.WriteStartArray("edges"u8);

        // Nodes in id order, each node's out-edges in (kind, target id) order: the edges in (from, kind, to) order
        // without sorting every edge key of the graph (a node has a handful of out-edges; the graph has millions).
        var order = new GraphOrder(graph, nodes);
        for (var start = 0; start < nodes.Length; start += GraphReadAhead.Window)
        {
            var window = nodes.AsSpan(start, Math.Min(GraphReadAhead.Window, nodes.Length - start));
            ahead.OutEdges(window, ids);
            foreach (var node in window)
            {
                foreach (var edge in order.OutEdgesByKindThenTarget(node))
                {
                    WriteEdge(writer, edge, ids, kinds, formatter);
                    FlushWhenFull(writer, output);
                }
            }
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
        writer.Flush();
        output.WriteTo();
        stream.WriteByte((byte)'\n');
    }

    /// <summary>The graph as a JSON string.</summary>
    public static string ToJson(KnowledgeGraph graph)
    {
        using var stream = new MemoryStream();
        Write(graph, stream);
        return System.Text.Encoding.UTF8.GetString(stream.GetBuffer(), 0, (int)stream.Length);
    }

    /// <summary>Writes the graph to <paramref name="path"/> atomically: to a temporary file beside it, then renamed over it.</summary>
    public static void WriteFile(KnowledgeGraph graph, string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        AtomicFile.Write(path, stream => Write(graph, stream));
    }

    /// <summary>
    /// Hands what the writer holds to the stream once it passes 64 KiB: Utf8JsonWriter otherwise keeps the whole
    /// document in memory until the end, which for a large graph is hundreds of megabytes.
    /// </summary>
    private static void FlushWhenFull(Utf8JsonWriter writer, StreamBufferWriter output)
    {
        if (writer.BytesPending > 1 << 16)
        {
            writer.Flush();
            output.WriteTo();
        }
    }

    /// <summary>Encodes <paramref name="text"/> as the writer would escape it.</summary>
    private static JsonEncodedText Encode(string text) => JsonEncodedText.Encode(text, JavaScriptEncoder.UnsafeRelaxedJsonEscaping);

    /// <summary>Writes <paramref name="node"/>, whose <paramref name="id"/> is already a quoted, escaped JSON string, as one raw value.</summary>
    private static void WriteNode(Utf8JsonWriter writer, Node node, ReadOnlySpan<byte> id, KindCache<JsonEncodedText> kinds, GraphJsonItemFormatter formatter)
    {
        var kind = kinds.Get(node.GetType(), node.Kind, Encode);
        writer.WriteRawValue(formatter.Format(node, kind, id), skipInputValidation: true);
    }

    /// <summary>Writes <paramref name="edge"/>, its ends named by the ids encoded by node number in <paramref name="ids"/>.</summary>
    private static void WriteEdge(Utf8JsonWriter writer, Edge edge, GraphJsonEncodedIds ids, KindCache<JsonEncodedText> kinds, GraphJsonItemFormatter formatter)
    {
        var kind = kinds.Get(edge.GetType(), edge.Kind, Encode);
        writer.WriteRawValue(formatter.Format(edge, kind, ids[edge.Source.Index], ids[edge.Target.Index]), skipInputValidation: true);
    }
}
