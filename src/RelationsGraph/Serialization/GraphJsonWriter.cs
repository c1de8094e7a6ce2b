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
    };

    /// <summary>Writes <paramref name="graph"/> to <paramref name="stream"/> as UTF-8 JSON.</summary>
    public static void Write(KnowledgeGraph graph, Stream stream)
    {
        ArgumentNullException.ThrowIfNull(graph);
        ArgumentNullException.ThrowIfNull(stream);
        using var writer = new Utf8JsonWriter(stream, Options);
        writer.WriteStartObject();
        writer.WriteString("format"u8, GraphJsonReader.FormatName);
        writer.WriteNumber("version"u8, GraphJsonReader.Version);
        writer.WriteStartArray("nodes"u8);
        var nodes = SortedById(graph);
        foreach (var node in nodes)
        {
            writer.WriteStartObject();
            writer.WriteString("id"u8, node.Id);
            writer.WriteString("kind"u8, node.Kind);
            writer.WriteString("name"u8, node.Name);
            GraphJsonWriting.WriteStrings(writer, "aliases"u8, node.Aliases);
            node.WriteJson(writer);
            writer.WriteEndObject();
            FlushWhenFull(writer);
        }

        writer.WriteEndArray();
        writer.WriteStartArray("edges"u8);

        // Nodes in id order, each node's out-edges in (kind, target id) order: the edges in (from, kind, to) order
        // without sorting every edge key of the graph (a node has a handful of out-edges; the graph has millions).
        var outgoing = new List<Edge>();
        foreach (var edge in nodes.SelectMany(node => OutEdgesByKindThenTarget(graph, node, outgoing)))
        {
            writer.WriteStartObject();
            writer.WriteString("kind"u8, edge.Kind);
            writer.WriteString("from"u8, edge.Source.Id);
            writer.WriteString("to"u8, edge.Target.Id);
            edge.WriteJson(writer);
            writer.WriteStartArray("evidence"u8);
            foreach (var evidence in edge.Evidence.AsSpan())
            {
                WriteEvidence(writer, evidence);
            }

            writer.WriteEndArray();
            writer.WriteEndObject();
            FlushWhenFull(writer);
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
        writer.Flush();
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
    private static void FlushWhenFull(Utf8JsonWriter writer)
    {
        if (writer.BytesPending > 1 << 16)
        {
            writer.Flush();
        }
    }

    private static Node[] SortedById(KnowledgeGraph graph)
    {
        var nodes = graph.Nodes.ToArray();
        var ids = Array.ConvertAll(nodes, n => n.Id);
        Array.Sort(ids, nodes, StringComparer.Ordinal);
        return nodes;
    }

    /// <summary>The out-edges of <paramref name="node"/> in (kind, target id) order, in <paramref name="buffer"/>.</summary>
    private static List<Edge> OutEdgesByKindThenTarget(KnowledgeGraph graph, Node node, List<Edge> buffer)
    {
        buffer.Clear();
        buffer.AddRange(graph.Graph.OutEdges(node));
        if (buffer.Count > 1)
        {
            buffer.Sort(static (a, b) =>
            {
                var c = string.CompareOrdinal(a.Kind, b.Kind);
                return c != 0 ? c : string.CompareOrdinal(a.Target.Id, b.Target.Id);
            });
        }

        return buffer;
    }

    private static void WriteEvidence(Utf8JsonWriter writer, Evidence evidence)
    {
        writer.WriteStartObject();
        if (evidence.Reference is { } reference)
        {
            writer.WriteString("reference"u8, reference);
        }
        else
        {
            writer.WriteString("article"u8, evidence.Article);
            writer.WriteNumber("sentence"u8, evidence.Sentence);
            writer.WriteNumber("start"u8, evidence.Start);
            writer.WriteNumber("end"u8, evidence.End);
            writer.WriteString("text"u8, evidence.Text);
        }

        writer.WriteEndObject();
    }
}
