using RelationsGraph.Serialization;

namespace RelationsGraph.Export.Json;

/// <summary>The graph JSON format (see <see cref="GraphJsonWriter"/>) behind the <see cref="IGraphExporter"/> interface.</summary>
/// <remarks>The text is exactly what <see cref="GraphJsonWriter.ToJson"/> gives, final line end included.</remarks>
public sealed class JsonExporter : IGraphExporter
{
    /// <inheritdoc />
    public void Export(KnowledgeGraph graph, TextWriter writer)
    {
        ArgumentNullException.ThrowIfNull(graph);
        ArgumentNullException.ThrowIfNull(writer);
        using var stream = new TextWriterStream(writer);
        GraphJsonWriter.Write(graph, stream);
    }
}
