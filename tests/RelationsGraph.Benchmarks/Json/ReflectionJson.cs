using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace RelationsGraph.Benchmarks.Json;

/// <summary>
/// The reflection System.Text.Json baseline: the default reflection-based contract resolver, configured only so that
/// it writes the bytes the generated writer writes (camelCase names, nulls omitted, two-space indentation, <c>\n</c>,
/// the same relaxed escaping). Same document, so the two are compared on the same work.
/// </summary>
internal static class ReflectionJson
{
    public static JsonSerializerOptions Options { get; } = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        WriteIndented = true,
        NewLine = "\n",
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    /// <summary>Writes <paramref name="graph"/> and the final line end the generated writer adds.</summary>
    public static void Write(GraphDto graph, Stream stream)
    {
        JsonSerializer.Serialize(stream, graph, Options);
        stream.WriteByte((byte)'\n');
    }

    public static GraphDto Read(ReadOnlySpan<byte> utf8) =>
        JsonSerializer.Deserialize<GraphDto>(utf8, Options) ?? throw new JsonException("The document is null.");
}
