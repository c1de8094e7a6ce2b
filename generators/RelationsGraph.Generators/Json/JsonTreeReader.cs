using System.Text;
using System.Text.Json;

namespace RelationsGraph.Generators.Json;

/// <summary>
/// Reads JSON into a <see cref="JsonTree"/> that remembers where every value starts.
/// System.Text.Json's DOM does not keep positions, and a diagnostic without a line is
/// of little use in an IDE.
/// </summary>
internal static class JsonTreeReader
{
    private static readonly JsonReaderOptions Options = new()
    {
        CommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = false,
        MaxDepth = 32,
    };

    /// <summary>Parses <paramref name="utf8"/>; throws <see cref="JsonTreeException"/> with a position when it is not JSON.</summary>
    public static JsonTree Parse(byte[] utf8)
    {
        ReadOnlySpan<byte> bom = [0xEF, 0xBB, 0xBF];
        var start = utf8.AsSpan().StartsWith(bom) ? bom.Length : 0;
        var lines = new LineMap(utf8);
        try
        {
            var reader = new Utf8JsonReader(utf8.AsSpan(start), Options);
            if (!reader.Read())
            {
                throw new JsonTreeException("the file holds no JSON value", new SourcePosition(1, 1));
            }

            return ReadValue(ref reader, lines, start);
        }
        catch (JsonException e)
        {
            var line = (int)(e.LineNumber ?? 0) + 1;
            var column = (int)(e.BytePositionInLine ?? 0) + 1;
            var message = e.Message;
            var cut = message.IndexOf(" LineNumber:", StringComparison.Ordinal);
            throw new JsonTreeException(cut > 0 ? message[..cut].TrimEnd() : message, new SourcePosition(line, column));
        }
    }

    private static JsonTree ReadValue(ref Utf8JsonReader reader, LineMap lines, int start)
    {
        var position = lines.PositionOf(start + reader.TokenStartIndex);
        switch (reader.TokenType)
        {
            case JsonTokenType.StartObject:
                var properties = new List<JsonTreeProperty>();
                while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
                {
                    var namePosition = lines.PositionOf(start + reader.TokenStartIndex);
                    var name = reader.GetString()!;
                    reader.Read();
                    properties.Add(new JsonTreeProperty(name, namePosition, ReadValue(ref reader, lines, start)));
                }

                return new JsonTreeObject(position, properties);
            case JsonTokenType.StartArray:
                var items = new List<JsonTree>();
                while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
                {
                    items.Add(ReadValue(ref reader, lines, start));
                }

                return new JsonTreeArray(position, items);
            case JsonTokenType.String:
                return new JsonTreeString(position, reader.GetString()!);
            default:
                return new JsonTreeScalar(position, Encoding.UTF8.GetString(reader.ValueSpan), reader.TokenType);
        }
    }

    /// <summary>Maps byte offsets to 1-based line and character column.</summary>
    private sealed class LineMap
    {
        private readonly byte[] utf8;
        private readonly List<int> lineStarts = [0];

        public LineMap(byte[] utf8)
        {
            this.utf8 = utf8;
            for (var i = 0; i < utf8.Length; i++)
            {
                if (utf8[i] == (byte)'\n')
                {
                    lineStarts.Add(i + 1);
                }
            }
        }

        public SourcePosition PositionOf(long offset)
        {
            var index = lineStarts.BinarySearch((int)offset);
            var line = index >= 0 ? index : ~index - 1;
            var start = lineStarts[line];
            var column = Encoding.UTF8.GetCharCount(utf8, start, (int)offset - start) + 1;
            return new SourcePosition(line + 1, column);
        }
    }
}
