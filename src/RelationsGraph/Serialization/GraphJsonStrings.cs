using System.Text.Json;

namespace RelationsGraph.Serialization;

/// <summary>
/// Strings that many items of one graph JSON document repeat (evidence article ids and texts), each built once:
/// later occurrences are found by their UTF-8 bytes (or, when escaped, decoded onto a reused buffer and looked up),
/// so the read neither allocates nor keeps a copy per item.
/// </summary>
internal sealed class GraphJsonStrings
{
    /// <summary>The longest string, in UTF-8 bytes, that is shared; longer ones are built as they are.</summary>
    public const int MaxStackChars = 256;

    private readonly GraphJsonValueIndex<string> byBytes;
    private readonly Dictionary<string, string> strings = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> lookup;
    private readonly char[] chars = new char[MaxStackChars];

    /// <summary>An empty set of strings of <paramref name="document"/>, the UTF-8 the reader reads.</summary>
    public GraphJsonStrings(ReadOnlyMemory<byte> document)
    {
        byBytes = new GraphJsonValueIndex<string>(document);
        lookup = strings.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <summary>The string token the reader stands on, as the instance shared by every equal string of the read.</summary>
    public string Get(ref Utf8JsonReader reader)
    {
        var length = reader.HasValueSequence ? reader.ValueSequence.Length : reader.ValueSpan.Length;
        if (length > MaxStackChars)
        {
            return reader.GetString()!;
        }

        if (byBytes.TryGetValue(ref reader, out var found))
        {
            return found;
        }

        // A UTF-8 string has at most as many UTF-16 chars as bytes, escaped or not.
        var text = chars.AsSpan(0, reader.CopyString(chars));
        if (!lookup.TryGetValue(text, out var shared))
        {
            shared = text.ToString();
            strings.Add(shared, shared);
        }

        byBytes.Add(ref reader, shared);
        return shared;
    }
}
