namespace RelationsGraph;

/// <summary>The identity of an edge: source id, kind and target id. Sorts by (source, kind, target), ordinally.</summary>
/// <param name="From">The source node's id.</param>
/// <param name="Kind">The edge kind's name.</param>
/// <param name="To">The target node's id.</param>
public readonly record struct EdgeKey(string From, string Kind, string To) : IComparable<EdgeKey>
{
    /// <inheritdoc />
    public int CompareTo(EdgeKey other)
    {
        var c = string.CompareOrdinal(From, other.From);
        c = c != 0 ? c : string.CompareOrdinal(Kind, other.Kind);
        return c != 0 ? c : string.CompareOrdinal(To, other.To);
    }

    /// <summary>Compares in (from, kind, to) order.</summary>
    public static bool operator <(EdgeKey left, EdgeKey right) => left.CompareTo(right) < 0;

    /// <summary>Compares in (from, kind, to) order.</summary>
    public static bool operator <=(EdgeKey left, EdgeKey right) => left.CompareTo(right) <= 0;

    /// <summary>Compares in (from, kind, to) order.</summary>
    public static bool operator >(EdgeKey left, EdgeKey right) => left.CompareTo(right) > 0;

    /// <summary>Compares in (from, kind, to) order.</summary>
    public static bool operator >=(EdgeKey left, EdgeKey right) => left.CompareTo(right) >= 0;

    /// <summary><c>from -Kind-&gt; to</c>.</summary>
    public override string ToString() => $"{From} -{Kind}-> {To}";
}
