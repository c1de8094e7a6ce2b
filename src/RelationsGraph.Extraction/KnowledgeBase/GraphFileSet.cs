using System.Globalization;
using System.Text.Json;
using RelationsGraph.Serialization;

namespace RelationsGraph.Extraction.Knowledge;

/// <summary>
/// Reads several graph JSON files whose edges may join nodes of different files (the bundled MemberOf edges
/// join organizations to countries): the files' nodes and edges are copied into one graph document that the
/// generated reader reads whole. An error is reported against the file, item and line it came from.
/// </summary>
internal static class GraphFileSet
{
    public static KnowledgeGraph Read(IReadOnlyList<(string Name, byte[] Utf8)> files, Ontology ontology)
    {
        var sources = new Dictionary<string, List<(int File, int Index, long Offset)>>(StringComparer.Ordinal) { ["nodes"] = [], ["edges"] = [] };
        var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            var documents = files.Select(f => Parse(f.Name, f.Utf8)).ToList();
            try
            {
                writer.WriteStartObject();
                writer.WriteString("format", GraphJsonReader.FormatName);
                writer.WriteNumber("version", GraphJsonReader.Version);
                foreach (var array in new[] { "nodes", "edges" })
                {
                    writer.WriteStartArray(array);
                    for (var f = 0; f < documents.Count; f++)
                    {
                        var offsets = ItemOffsets(files[f].Utf8, array);
                        var index = 0;
                        if (documents[f].RootElement.TryGetProperty(array, out var items) && items.ValueKind == JsonValueKind.Array)
                        {
                            foreach (var item in items.EnumerateArray())
                            {
                                item.WriteTo(writer);
                                sources[array].Add((f, index, index < offsets.Count ? offsets[index] : 0));
                                index++;
                            }
                        }
                    }

                    writer.WriteEndArray();
                }

                writer.WriteEndObject();
            }
            finally
            {
                documents.ForEach(d => d.Dispose());
            }
        }

        try
        {
            return new GraphJsonReader(ontology).Read(buffer.ToArray(), "knowledge base");
        }
        catch (GraphFormatException e)
        {
            throw Relocate(e, files, sources);
        }
    }

    private static JsonDocument Parse(string name, byte[] utf8)
    {
        try
        {
            // The generated reader checks format and version; a standalone read of each file would refuse
            // edges to other files' nodes, so only the JSON itself and its envelope are checked here.
            var document = JsonDocument.Parse(utf8);
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object
                || !root.TryGetProperty("format", out var format) || format.ValueKind != JsonValueKind.String || format.GetString() != GraphJsonReader.FormatName
                || !root.TryGetProperty("version", out var version) || version.ValueKind != JsonValueKind.Number || version.GetInt32() != GraphJsonReader.Version)
            {
                document.Dispose();
                throw new GraphFormatException($"not a graph file: 'format' must be \"{GraphJsonReader.FormatName}\" and 'version' {GraphJsonReader.Version}", name, 1, 1, "$");
            }

            return document;
        }
        catch (JsonException e)
        {
            throw new GraphFormatException(e.Message, name, (int)(e.LineNumber ?? 0) + 1, (int)(e.BytePositionInLine ?? 0) + 1, e.Path ?? "$", e);
        }
    }

    /// <summary>The ids of the nodes a graph file defines (empty when it cannot be read; the full read reports why).</summary>
    public static HashSet<string> NodeIds(byte[] utf8)
    {
        var ids = new HashSet<string>(StringComparer.Ordinal);
        try
        {
            using var document = JsonDocument.Parse(utf8);
            if (document.RootElement.ValueKind == JsonValueKind.Object && document.RootElement.TryGetProperty("nodes", out var nodes) && nodes.ValueKind == JsonValueKind.Array)
            {
                foreach (var node in nodes.EnumerateArray())
                {
                    if (node.ValueKind == JsonValueKind.Object && node.TryGetProperty("id", out var id) && id.ValueKind == JsonValueKind.String)
                    {
                        ids.Add(id.GetString()!);
                    }
                }
            }
        }
        catch (JsonException)
        {
            // Reported with its position by the full read.
        }

        return ids;
    }

    /// <summary>The byte offset where each item of the top-level array <paramref name="array"/> starts.</summary>
    private static List<long> ItemOffsets(byte[] utf8, string array)
    {
        var offsets = new List<long>();
        var reader = new Utf8JsonReader(utf8);
        if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject)
        {
            return offsets;
        }

        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var match = reader.ValueTextEquals(array);
            reader.Read();
            if (!match || reader.TokenType != JsonTokenType.StartArray)
            {
                reader.Skip();
                continue;
            }

            while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
            {
                offsets.Add(reader.TokenStartIndex);
                reader.Skip();
            }

            break;
        }

        return offsets;
    }

    private static GraphFormatException Relocate(
        GraphFormatException e, IReadOnlyList<(string Name, byte[] Utf8)> files, Dictionary<string, List<(int File, int Index, long Offset)>> sources)
    {
        foreach (var (array, list) in sources)
        {
            var prefix = $"$.{array}[";
            if (!e.Path.StartsWith(prefix, StringComparison.Ordinal))
            {
                continue;
            }

            var close = e.Path.IndexOf(']', StringComparison.Ordinal);
            if (close < 0 || !int.TryParse(e.Path.AsSpan(prefix.Length, close - prefix.Length), NumberStyles.None, CultureInfo.InvariantCulture, out var combined) || combined >= list.Count)
            {
                continue;
            }

            var (file, index, offset) = list[combined];
            var (line, column) = LineColumn(files[file].Utf8, offset);
            return new GraphFormatException(e.Reason, files[file].Name, line, column, $"{prefix}{index}{e.Path[close..]}", e);
        }

        return e;
    }

    private static (int Line, int Column) LineColumn(byte[] utf8, long offset)
    {
        var line = 1;
        var column = 1;
        for (var i = 0; i < offset && i < utf8.Length; i++)
        {
            if (utf8[i] == (byte)'\n')
            {
                line++;
                column = 1;
            }
            else
            {
                column++;
            }
        }

        return (line, column);
    }
}
