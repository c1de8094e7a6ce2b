using System.Collections;

namespace RelationsGraph;

/// <summary>
/// The out- or in-edges of one node of an <see cref="IndexedGraph"/> as QuikGraph's algorithms ask for them: a
/// read-only, live view of the graph's <see cref="Adjacency"/>, in the order the edges were added.
/// </summary>
/// <remarks>
/// Like <see cref="EdgeList"/>, the list is its own first enumerator, claimed atomically, so a search allocates one
/// small object per node it expands; every further <see cref="GetEnumerator"/> gets a new enumerator.
/// </remarks>
internal sealed class IndexedEdgeList : IReadOnlyList<IndexedEdge>, IEnumerator<IndexedEdge>
{
    private const int Fresh = -2;
    private const int Started = -1;

    private readonly Adjacency adjacency;
    private readonly int node;
    private int position = Fresh;

    /// <summary>The edges of the node numbered <paramref name="node"/> in <paramref name="adjacency"/>.</summary>
    public IndexedEdgeList(Adjacency adjacency, int node)
    {
        this.adjacency = adjacency;
        this.node = node;
    }

    /// <inheritdoc />
    public int Count => adjacency.Count(node);

    /// <inheritdoc />
    public IndexedEdge this[int index]
    {
        get
        {
            var edges = adjacency.Of(node);
            ArgumentOutOfRangeException.ThrowIfNegative(index);
            ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(index, edges.Length);
            return edges[index];
        }
    }

    /// <inheritdoc />
    public IndexedEdge Current => adjacency.Of(node)[position];

    /// <inheritdoc />
    object IEnumerator.Current => Current;

    /// <inheritdoc />
    public IEnumerator<IndexedEdge> GetEnumerator()
    {
        if (Interlocked.CompareExchange(ref position, Started, Fresh) == Fresh)
        {
            return this;
        }

        return new IndexedEdgeList(adjacency, node) { position = Started };
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
