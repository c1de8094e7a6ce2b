using System.Globalization;
using System.Text;
using System.Text.Json;

namespace RelationsGraph.Serialization;

/// <summary>
/// Where a graph JSON read stands (the array item and the property being read), and the errors that say so:
/// each <see cref="GraphFormatException"/> names the file, the line and column of a byte offset, and the JSON path.
/// </summary>
internal sealed class GraphJsonLocation
{
    private readonly ReadOnlyMemory<byte> utf8;
    private readonly string? file;

    /// <summary>A location in <paramref name="utf8"/>, the content of <paramref name="file"/> (if it has a name), before its first item.</summary>
    public GraphJsonLocation(ReadOnlyMemory<byte> utf8, string? file)
    {
        this.utf8 = utf8;
        this.file = file;
    }

    /// <summary>The array being read (<c>nodes</c> or <c>edges</c>) and the item's index, for the JSON path.</summary>
    public (string Array, int Index)? Item { get; set; }

    /// <summary>The byte offset of the name of the property being read, for the JSON path; -1 between properties.</summary>
    public long PropertyStart { get; set; } = -1;

    /// <summary>The length of the JSON in bytes: the offset of its end.</summary>
    public int Length => utf8.Length;

    /// <summary>An error at <paramref name="offset"/> (a byte offset into the file), with the current JSON path.</summary>
    public GraphFormatException Error(string reason, long offset, Exception? inner = null)
    {
        var (line, column) = Position(offset);
        return new GraphFormatException(reason, file, line, column, CurrentPath(), inner);
    }

    /// <summary>The error for malformed JSON reported by the reader.</summary>
    public GraphFormatException Error(JsonException e)
    {
        var reason = e.Message;
        var cut = reason.IndexOf(" LineNumber:", StringComparison.Ordinal);
        reason = cut > 0 ? reason[..cut].TrimEnd() : reason;
        return new GraphFormatException("the file is not valid JSON: " + reason, file, (int)(e.LineNumber ?? 0) + 1, (int)(e.BytePositionInLine ?? 0) + 1, CurrentPath(), e);
    }

    /// <summary>Reads the next token, turning the reader's errors into ours.</summary>
    public void Read(ref Utf8JsonReader reader)
    {
        bool read;
        try
        {
            read = reader.Read();
        }
        catch (JsonException e)
        {
            throw Error(e);
        }

        if (!read)
        {
            throw Error("the file ends in the middle of the graph", Length);
        }
    }

    /// <summary>Reads past the end of the graph object; true when more content follows it.</summary>
    public bool TryReadTrailing(ref Utf8JsonReader reader)
    {
        try
        {
            return reader.Read();
        }
        catch (JsonException e)
        {
            throw Error(e);
        }
    }

    /// <summary>Skips the value the reader stands on (or the value of the property it stands on), turning the reader's errors into ours.</summary>
    public void Skip(ref Utf8JsonReader reader)
    {
        try
        {
            reader.Skip();
        }
        catch (JsonException e)
        {
            throw Error(e);
        }
    }

    /// <summary>What a token is, for errors (<c>an object</c>, <c>a string</c>).</summary>
    public static string Describe(JsonTokenType type) => type switch
    {
        JsonTokenType.StartObject => "an object",
        JsonTokenType.StartArray => "an array",
        JsonTokenType.String => "a string",
        JsonTokenType.Number => "a number",
        JsonTokenType.True or JsonTokenType.False => "a boolean",
        JsonTokenType.Null => "null",
        _ => type.ToString(),
    };

    /// <summary>An error at <paramref name="offset"/> about the item's <paramref name="property"/>, whatever property is being read.</summary>
    public GraphFormatException PropertyError(string reason, long offset, string property)
    {
        var (line, column) = Position(offset);
        return new GraphFormatException(reason, file, line, column, ItemPath() + "." + property);
    }

    /// <summary>The path of the item being read (<c>$.edges[3]</c>), or <c>$</c>.</summary>
    private string ItemPath() => Item is { } item
        ? string.Create(CultureInfo.InvariantCulture, $"$.{item.Array}[{item.Index}]")
        : "$";

    /// <summary>The path of the property being read (<c>$.edges[3].from</c>), or of the item between properties.</summary>
    private string CurrentPath()
    {
        var path = new StringBuilder(ItemPath());

        if (PropertyStart >= 0 && PropertyStart < utf8.Length)
        {
            var reader = new Utf8JsonReader(utf8.Span[(int)PropertyStart..]);
            try
            {
                if (reader.Read() && reader.TokenType == JsonTokenType.String)
                {
                    path.Append('.').Append(reader.GetString());
                }
            }
            catch (JsonException)
            {
                // The path stops at the item when the property name itself is broken.
            }
        }

        return path.ToString();
    }

    /// <summary>The 1-based line and column (in bytes) of <paramref name="offset"/>.</summary>
    private (int Line, int Column) Position(long offset)
    {
        var span = utf8.Span[..(int)Math.Min(offset, utf8.Length)];
        var line = 1 + span.Count((byte)'\n');
        var lineStart = span.LastIndexOf((byte)'\n') + 1;
        return (line, span.Length - lineStart + 1);
    }
}
