using System.Collections;

namespace RelationsGraph;

/// <summary>
/// The out- or in-edges of one node as the QuikGraph view hands them out: a read-only, live view of the graph's
/// <see cref="Adjacency"/>, in the order the edges were added.
/// </summary>
/// <remarks>
/// QuikGraph's algorithms ask for a node's edges and enumerate them once through the interface, so the view is its own
/// first enumerator (as the compiler's iterators are): a search allocates one small object per node it expands, not
/// two. The first <see cref="GetEnumerator"/> claims the view atomically; every further one gets a new enumerator.
/// </remarks>
internal sealed class EdgeList : IReadOnlyList<Edge>, IEnumerator<Edge>
{
    private const int Fresh = -2;
    private const int Started = -1;

    private readonly Adjacency adjacency;
    private readonly int node;
    private int position = Fresh;

    /// <summary>The edges of the node numbered <paramref name="node"/> in <paramref name="adjacency"/>.</summary>
    public EdgeList(Adjacency adjacency, int node)
    {
        this.adjacency = adjacency;
        this.node = node;
    }

    /// <inheritdoc />
    public int Count => adjacency.Count(node);

    /// <inheritdoc />
    public Edge this[int index]
    {
        get
        {
            var edges = adjacency.Of(node);
            ArgumentOutOfRangeException.ThrowIfNegative(index);
            ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(index, edges.Length);
            return edges[index].Edge;
        }
    }

    /// <inheritdoc />
    public Edge Current => adjacency.Of(node)[position].Edge;

    /// <inheritdoc />
    object IEnumerator.Current => Current;

    /// <inheritdoc />
    public IEnumerator<Edge> GetEnumerator()
    {
        if (Interlocked.CompareExchange(ref position, Started, Fresh) == Fresh)
        {
            return this;
        }

        return new EdgeList(adjacency, node) { position = Started };
    }

    /// <inheritdoc />
    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    /// <inheritdoc />
    public bool MoveNext() => position != Fresh && ++position < adjacency.Count(node);

    /// <inheritdoc />
    public void Reset() => position = Started;

    /// <inheritdoc />
    public void Dispose()
    {
    }
}
