using System.Text.Json;

namespace RelationsGraph.Serialization;

/// <summary>
/// Values found by the UTF-8 bytes of a string in one graph JSON document, so that a reader finds a node id or a
/// repeated string without turning the bytes into characters. The keys are the places of unescaped string values in
/// the document itself: no key is copied.
/// </summary>
/// <typeparam name="TValue">What a string stands for.</typeparam>
internal sealed class GraphJsonValueIndex<TValue>
{
    private readonly ReadOnlyMemory<byte> document;
    private readonly Dictionary<Place, TValue> values;
    private readonly Dictionary<Place, TValue>.AlternateLookup<ReadOnlySpan<byte>> lookup;

    /// <summary>An empty index into <paramref name="document"/>, the UTF-8 the reader reads.</summary>
    public GraphJsonValueIndex(ReadOnlyMemory<byte> document)
    {
        this.document = document;
        values = new Dictionary<Place, TValue>(new PlaceComparer(document));
        lookup = values.GetAlternateLookup<ReadOnlySpan<byte>>();
    }

    /// <summary>The value of the string token the reader stands on, when it is unescaped and the index holds it.</summary>
    public bool TryGetValue(ref Utf8JsonReader reader, out TValue value)
    {
        if (reader.HasValueSequence || reader.ValueIsEscaped)
        {
            value = default!;
            return false;
        }

        return lookup.TryGetValue(reader.ValueSpan, out value!);
    }

    /// <summary>Files <paramref name="value"/> under the string token the reader stands on, unless it is escaped (or filed already).</summary>
    public void Add(ref Utf8JsonReader reader, TValue value) => Add(PlaceOf(ref reader), reader.ValueSpan.Length, value);

    /// <summary>
    /// Where the bytes of the string token the reader stands on start in the document, for <see cref="Add(long, int, TValue)"/>;
    /// -1 when it is escaped (its bytes are not its text) or not found where the reader says it starts.
    /// </summary>
    public long PlaceOf(ref Utf8JsonReader reader)
    {
        if (reader.HasValueSequence || reader.ValueIsEscaped)
        {
            return -1;
        }

        // The token starts at its opening quote.
        var start = reader.TokenStartIndex + 1;
        var text = reader.ValueSpan;
        return start + text.Length <= document.Length && document.Span.Slice((int)start, text.Length).SequenceEqual(text) ? start : -1;
    }

    /// <summary>Files <paramref name="value"/> under the <paramref name="length"/> bytes at <paramref name="place"/> (from <see cref="PlaceOf"/>); nothing when it is -1.</summary>
    public void Add(long place, int length, TValue value)
    {
        if (place >= 0)
        {
            values.TryAdd(new Place((int)place, length), value);
        }
    }

    /// <summary>A string's bytes in the document.</summary>
    private readonly record struct Place(int Start, int Length);

    /// <summary>Compares places, and spans with places, by the bytes they hold.</summary>
    private sealed class PlaceComparer(ReadOnlyMemory<byte> document) : IEqualityComparer<Place>, IAlternateEqualityComparer<ReadOnlySpan<byte>, Place>
    {
        public bool Equals(Place x, Place y) => Bytes(x).SequenceEqual(Bytes(y));

        public int GetHashCode(Place obj) => Hash(Bytes(obj));

        public bool Equals(ReadOnlySpan<byte> alternate, Place other) => alternate.SequenceEqual(Bytes(other));

        public int GetHashCode(ReadOnlySpan<byte> alternate) => Hash(alternate);

        /// <summary>Places are only made from tokens the reader stands on.</summary>
        public Place Create(ReadOnlySpan<byte> alternate) => throw new NotSupportedException();

        private static int Hash(ReadOnlySpan<byte> bytes)
        {
            // Seeded per process, so that a hostile document cannot pick colliding ids.
            var hash = default(HashCode);
            hash.AddBytes(bytes);
            return hash.ToHashCode();
        }

        private ReadOnlySpan<byte> Bytes(Place place) => document.Span.Slice(place.Start, place.Length);
    }
}
