using System.Collections.Immutable;
using System.Globalization;
using System.Text.Json;

namespace RelationsGraph.Serialization;

/// <summary>
/// The state of one graph JSON read, and the value readers the generated code calls: each checks the
/// JSON type and the size, and turns every problem into a <see cref="GraphFormatException"/> that names
/// the line, the column and the JSON path (see <see cref="GraphJsonLocation"/>).
/// </summary>
public sealed class GraphJsonReadContext
{
    private readonly GraphJsonLocation location;
    private readonly int maxStringBytes;
    private readonly GraphJsonStrings shared;
    private readonly GraphJsonNodeIds nodes;
    private readonly char[] chars = new char[GraphJsonStrings.MaxStackChars];
    private readonly List<Evidence> evidence = [];
    private readonly List<string> strings = [];

    internal GraphJsonReadContext(ReadOnlyMemory<byte> utf8, string? file, int maxStringBytes, KnowledgeGraph graph)
    {
        location = new GraphJsonLocation(utf8, file);
        this.maxStringBytes = maxStringBytes;
        shared = new GraphJsonStrings(utf8);
        nodes = new GraphJsonNodeIds(utf8, graph, chars);
    }

    /// <summary>The array being read (<c>nodes</c> or <c>edges</c>) and the item's index, for the JSON path.</summary>
    internal (string Array, int Index)? Item
    {
        get => location.Item;
        set => location.Item = value;
    }

    /// <summary>Moves to the next property of the current object; false at its end.</summary>
    public bool NextProperty(ref Utf8JsonReader reader)
    {
        Read(ref reader);
        if (reader.TokenType == JsonTokenType.EndObject)
        {
            location.PropertyStart = -1;
            return false;
        }

        location.PropertyStart = reader.TokenStartIndex;
        return true;
    }

    /// <summary>Reads <c>id</c>, <c>kind</c>, <c>name</c> or <c>aliases</c> into <paramref name="envelope"/>; false for any other property.</summary>
    public bool TryReadEnvelope(ref Utf8JsonReader reader, ref NodeEnvelope envelope)
    {
        if (envelope.Start == 0)
        {
            envelope.Start = Math.Max(1, location.PropertyStart);
        }

        if (reader.ValueTextEquals("id"u8))
        {
            envelope.Id = RequireString(ref reader);
            envelope.IdStart = reader.TokenStartIndex;
            nodes.NoteId(ref reader);
        }
        else if (reader.ValueTextEquals("name"u8))
        {
            envelope.Name = RequireString(ref reader);
        }
        else if (reader.ValueTextEquals("aliases"u8))
        {
            envelope.Aliases = ReadStrings(ref reader);
        }
        else if (reader.ValueTextEquals("kind"u8))
        {
            CheckKind(ref reader);
        }
        else
        {
            return false;
        }

        return true;
    }

    /// <summary>Reads <c>kind</c>, <c>from</c>, <c>to</c> or <c>evidence</c> into <paramref name="envelope"/>; false for any other property.</summary>
    public bool TryReadEnvelope(ref Utf8JsonReader reader, ref EdgeEnvelope envelope)
    {
        if (envelope.Start == 0)
        {
            envelope.Start = Math.Max(1, location.PropertyStart);
        }

        if (reader.ValueTextEquals("from"u8))
        {
            envelope.From = RequireNode(ref reader, "the edge leaves");
            envelope.FromStart = reader.TokenStartIndex;
        }
        else if (reader.ValueTextEquals("to"u8))
        {
            envelope.To = RequireNode(ref reader, "the edge enters");
            envelope.ToStart = reader.TokenStartIndex;
        }
        else if (reader.ValueTextEquals("evidence"u8))
        {
            // One list serves every edge of the read: AttachEvidence copies it into the edge's own set.
            GraphJsonEvidenceReader.ReadArray(ref reader, this, evidence);
            envelope.Evidence = evidence;
        }
        else if (reader.ValueTextEquals("kind"u8))
        {
            CheckKind(ref reader);
        }
        else
        {
            return false;
        }

        return true;
    }

    /// <summary>Fails unless the node object had an id and a name.</summary>
    public void RequireEnvelope(ref NodeEnvelope envelope)
    {
        if (envelope.Id is null)
        {
            throw Error("the node has no 'id'", envelope.Start);
        }

        if (envelope.Name is null)
        {
            throw Error($"the node {envelope.Id} has no 'name'", envelope.Start);
        }
    }

    /// <summary>Fails unless the edge object had both ends.</summary>
    public void RequireEnvelope(ref EdgeEnvelope envelope)
    {
        if (envelope.From is null || envelope.To is null)
        {
            throw Error($"the edge has no '{(envelope.From is null ? "from" : "to")}'", envelope.Start);
        }
    }

    /// <summary>The error for an edge whose <paramref name="end"/> is a node of a kind the edge kind does not allow.</summary>
    public GraphFormatException EndpointError(in EdgeEnvelope envelope, string end, string allowed)
    {
        var node = end == "from" ? envelope.From : envelope.To;
        return location.PropertyError(
            $"the edge's '{end}' is {node?.Id} (a {node?.Kind}), but this kind of edge takes {allowed}", end == "from" ? envelope.FromStart : envelope.ToStart, end);
    }

    /// <summary>Gives <paramref name="edge"/> the evidence read with it.</summary>
    [System.Diagnostics.CodeAnalysis.SuppressMessage("Performance", "CA1822", Justification = "Generated code reads everything through the context.")]
    public void AttachEvidence(Edge edge, in EdgeEnvelope envelope)
    {
        ArgumentNullException.ThrowIfNull(edge);
        if (envelope.Evidence is { Count: > 0 } evidence)
        {
            edge.Evidence.UnionWith(System.Runtime.InteropServices.CollectionsMarshal.AsSpan(evidence));
        }
    }

    /// <summary>Fails on a property the kind does not have.</summary>
    public void UnknownProperty(ref Utf8JsonReader reader) =>
        throw Error($"unknown property '{reader.GetString()}'", reader.TokenStartIndex);

    /// <summary>Reads a string, or null for JSON null.</summary>
    public string? ReadString(ref Utf8JsonReader reader)
    {
        Read(ref reader);
        return reader.TokenType == JsonTokenType.Null ? null : StringValue(ref reader);
    }

    /// <summary>Reads an array of strings (null reads as empty).</summary>
    public EquatableArray<string> ReadStrings(ref Utf8JsonReader reader)
    {
        Read(ref reader);
        if (reader.TokenType == JsonTokenType.Null)
        {
            return default;
        }

        Expect(ref reader, JsonTokenType.StartArray, "an array of strings");

        // One list collects the items of every array of the read; the result is an array of exactly their number.
        strings.Clear();
        while (true)
        {
            Read(ref reader);
            if (reader.TokenType == JsonTokenType.EndArray)
            {
                return ImmutableArray.Create(System.Runtime.InteropServices.CollectionsMarshal.AsSpan(strings));
            }

            strings.Add(StringValue(ref reader));
        }
    }

    /// <summary>Reads a 32-bit integer, or null.</summary>
    public int? ReadInt32(ref Utf8JsonReader reader)
    {
        Read(ref reader);
        if (reader.TokenType == JsonTokenType.Null)
        {
            return null;
        }

        Expect(ref reader, JsonTokenType.Number, "an integer");
        return reader.TryGetInt32(out var value) ? value : throw Error("expected a 32-bit integer", reader.TokenStartIndex);
    }

    /// <summary>Reads a boolean, or null.</summary>
    public bool? ReadBoolean(ref Utf8JsonReader reader)
    {
        Read(ref reader);
        return reader.TokenType switch
        {
            JsonTokenType.Null => null,
            JsonTokenType.True => true,
            JsonTokenType.False => false,
            _ => throw Error("expected true or false", reader.TokenStartIndex),
        };
    }

    /// <summary>Reads an ISO 8601 date (<c>yyyy</c>, <c>yyyy-MM</c> or <c>yyyy-MM-dd</c>), or null.</summary>
    public PartialDate? ReadDate(ref Utf8JsonReader reader)
    {
        var length = ReadChars(ref reader, out var built);
        if (length < 0)
        {
            return null;
        }

        ReadOnlySpan<char> text = built is null ? chars.AsSpan(0, length) : built;

        return PartialDate.TryParse(text, out var date) ? date : throw Error($"'{text}' is not a date of the form yyyy, yyyy-MM or yyyy-MM-dd", reader.TokenStartIndex);
    }

    /// <summary>Reads an ISO 8601 timestamp, or null.</summary>
    public DateTimeOffset? ReadTimestamp(ref Utf8JsonReader reader)
    {
        var length = ReadChars(ref reader, out var built);
        if (length < 0)
        {
            return null;
        }

        ReadOnlySpan<char> text = built is null ? chars.AsSpan(0, length) : built;

        return DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var value)
            ? value
            : throw Error($"'{text}' is not an ISO 8601 timestamp", reader.TokenStartIndex);
    }

    /// <summary>Reads an enum member by its exact name, or null.</summary>
    public T? ReadEnum<T>(ref Utf8JsonReader reader)
        where T : struct, Enum
    {
        var length = ReadChars(ref reader, out var built);
        if (length < 0)
        {
            return null;
        }

        ReadOnlySpan<char> text = built is null ? chars.AsSpan(0, length) : built;

        return Enum.TryParse<T>(text, ignoreCase: false, out var value) && text.SequenceEqual(Enum.GetName(value))
            ? value
            : throw Error($"'{text}' is not one of {string.Join(", ", Enum.GetNames<T>())}", reader.TokenStartIndex);
    }

    /// <summary>An error at <paramref name="offset"/> (a byte offset into the file), with the current JSON path.</summary>
    internal GraphFormatException Error(string reason, long offset, Exception? inner = null) => location.Error(reason, offset, inner);

    /// <summary>The error for malformed JSON reported by the reader.</summary>
    internal GraphFormatException Error(JsonException e) => location.Error(e);

    /// <summary>Reads the next token, turning the reader's errors into ours.</summary>
    internal void Read(ref Utf8JsonReader reader) => location.Read(ref reader);

    /// <summary>Reads past the end of the graph object; true when more content follows it.</summary>
    internal bool TryReadTrailing(ref Utf8JsonReader reader) => location.TryReadTrailing(ref reader);

    /// <summary>Skips the value the reader stands on (or the value of the property it stands on), turning the reader's errors into ours.</summary>
    internal void Skip(ref Utf8JsonReader reader) => location.Skip(ref reader);

    /// <summary>Fails unless the current token is <paramref name="type"/>.</summary>
    internal void Expect(ref Utf8JsonReader reader, JsonTokenType type, string what)
    {
        if (reader.TokenType != type)
        {
            throw Error($"expected {what}, found {GraphJsonLocation.Describe(reader.TokenType)}", reader.TokenStartIndex);
        }
    }

    /// <summary>
    /// Reads a string that many items repeat (an evidence item's article id), as one instance shared by the whole
    /// read; null for JSON null.
    /// </summary>
    internal string? ReadSharedString(ref Utf8JsonReader reader)
    {
        Read(ref reader);
        if (reader.TokenType == JsonTokenType.Null)
        {
            return null;
        }

        CheckString(ref reader);
        return shared.Get(ref reader);
    }

    /// <summary>Lets edges find <paramref name="node"/>, the graph's node for the node object just read, by the bytes of its id.</summary>
    internal void IndexNode(Node node) => nodes.Add(node);

    /// <summary>Reads a node id and finds the graph's node, without building the id's string unless it is not there.</summary>
    private Node RequireNode(ref Utf8JsonReader reader, string what)
    {
        Read(ref reader);
        if (reader.TokenType == JsonTokenType.Null)
        {
            throw Error("expected a string, found null", reader.TokenStartIndex);
        }

        CheckString(ref reader);
        return nodes.Find(ref reader)
            ?? throw Error($"{what} '{reader.GetString()}', which is not a node of the graph", reader.TokenStartIndex);
    }

    /// <summary>
    /// Reads a string that is only parsed (a date, a timestamp, an enum name) onto the reused character buffer when it
    /// fits, so that no string is built for it, and gives its length; a longer one is <paramref name="built"/>. -1 for
    /// JSON null.
    /// </summary>
    private int ReadChars(ref Utf8JsonReader reader, out string? built)
    {
        built = null;
        Read(ref reader);
        if (reader.TokenType == JsonTokenType.Null)
        {
            return -1;
        }

        CheckString(ref reader);

        // A UTF-8 string has at most as many UTF-16 chars as bytes, escaped or not.
        var length = reader.HasValueSequence ? reader.ValueSequence.Length : reader.ValueSpan.Length;
        if (length <= chars.Length)
        {
            return reader.CopyString(chars);
        }

        built = reader.GetString()!;
        return built.Length;
    }

    /// <summary>
    /// Checks the item's kind, which the reader has already found by its bytes, as <see cref="RequireString"/> would,
    /// without building its string.
    /// </summary>
    private void CheckKind(ref Utf8JsonReader reader)
    {
        Read(ref reader);
        if (reader.TokenType == JsonTokenType.Null)
        {
            throw Error("expected a string, found null", reader.TokenStartIndex);
        }

        CheckString(ref reader);
        if (reader.HasValueSequence || reader.ValueIsEscaped || !System.Text.Unicode.Utf8.IsValid(reader.ValueSpan))
        {
            // Whatever building the string would have thrown, it still throws.
            _ = reader.GetString();
        }
    }

    private string RequireString(ref Utf8JsonReader reader) =>
        ReadString(ref reader) ?? throw Error("expected a string, found null", reader.TokenStartIndex);

    private string StringValue(ref Utf8JsonReader reader)
    {
        CheckString(ref reader);
        return reader.GetString()!;
    }

    /// <summary>Fails unless the token is a string within the size limit.</summary>
    private void CheckString(ref Utf8JsonReader reader)
    {
        Expect(ref reader, JsonTokenType.String, "a string");
        var length = reader.HasValueSequence ? reader.ValueSequence.Length : reader.ValueSpan.Length;
        if (length > maxStringBytes)
        {
            throw Error($"a string of {length} bytes is longer than the limit of {maxStringBytes}", reader.TokenStartIndex);
        }
    }
}
