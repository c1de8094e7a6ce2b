using System.Collections;

namespace RelationsGraph;

/// <summary>
/// The out- or in-edges of one node, in the order they were added: a growable array that the graph appends to and
/// that callers can only read.
/// </summary>
/// <remarks>
/// Handed out as <see cref="IEnumerable{T}"/> by the QuikGraph view, so its enumerator is a small class rather than a
/// struct: QuikGraph's algorithms enumerate through the interface, which would box a struct anyway.
/// </remarks>
internal sealed class EdgeList : IReadOnlyList<Edge>
{
    private Edge[] items;
    private int count;

    /// <summary>An empty list with room for <paramref name="capacity"/> edges.</summary>
    public EdgeList(int capacity) => items = capacity == 0 ? [] : new Edge[capacity];

    /// <summary>A list that stays empty, for nodes without edges in one direction.</summary>
    public static EdgeList Empty { get; } = new(0);

    /// <inheritdoc />
    public int Count => count;

    /// <inheritdoc />
    public Edge this[int index]
    {
        get
        {
            ArgumentOutOfRangeException.ThrowIfNegative(index);
            ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(index, count);
            return items[index];
        }
    }

    /// <summary>The edges, without an enumerator.</summary>
    public ReadOnlySpan<Edge> AsSpan() => items.AsSpan(0, count);

    /// <summary>Appends <paramref name="edge"/>.</summary>
    public void Add(Edge edge)
    {
        if (count == items.Length)
        {
            Array.Resize(ref items, Math.Max(4, count * 2));
        }

        items[count++] = edge;
    }

    /// <inheritdoc />
    public IEnumerator<Edge> GetEnumerator() => new Enumerator(items, count);

    /// <inheritdoc />
    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    private sealed class Enumerator(Edge[] items, int count) : IEnumerator<Edge>
    {
        private int index = -1;

        public Edge Current => items[index];

        object IEnumerator.Current => Current;

        public bool MoveNext() => ++index < count;

        public void Reset() => index = -1;

        public void Dispose()
        {
        }
    }
}
