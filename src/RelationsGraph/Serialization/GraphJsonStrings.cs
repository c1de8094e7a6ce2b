using System.Text.Json;

namespace RelationsGraph.Serialization;

/// <summary>
/// Strings that many items of one graph JSON document repeat (evidence article ids), each built once: later
/// occurrences are decoded onto the stack and looked up, so the read neither allocates nor keeps a copy per item.
/// </summary>
internal sealed class GraphJsonStrings
{
    /// <summary>The longest string, in UTF-8 bytes, decoded onto the stack; longer ones are built as they are.</summary>
    public const int MaxStackChars = 256;

    private readonly Dictionary<string, string> strings = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> lookup;

    /// <summary>An empty set of strings.</summary>
    public GraphJsonStrings() => lookup = strings.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>The string token the reader stands on, as the instance shared by every equal string of the read.</summary>
    public string Get(ref Utf8JsonReader reader)
    {
        var length = reader.HasValueSequence ? reader.ValueSequence.Length : reader.ValueSpan.Length;
        if (length > MaxStackChars)
        {
            return reader.GetString()!;
        }

        Span<char> chars = stackalloc char[MaxStackChars];
        var text = chars[..reader.CopyString(chars)];
        if (!lookup.TryGetValue(text, out var shared))
        {
            shared = text.ToString();
            strings.Add(shared, shared);
        }

        return shared;
    }
}
