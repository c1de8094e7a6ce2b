using System.Collections;

namespace RelationsGraph;

/// <summary>
/// The out- or in-edges of one node as a QuikGraph view hands them out: a read-only, live view of the graph's
/// <see cref="Adjacency"/>, in the order the edges were added, each entry projected to what the view's edges are
/// (<see cref="TypedEdges"/> for <see cref="KnowledgeGraph.Graph"/>, <see cref="IndexedEdges"/> for
/// <see cref="KnowledgeGraph.Indexed"/>).
/// </summary>
/// <remarks>
/// QuikGraph's algorithms ask for a node's edges and enumerate them once through the interface, so the list is its own
/// first enumerator (as the compiler's iterators are): a search allocates one small object per node it expands, not
/// two. The first <see cref="GetEnumerator"/> claims the list atomically; every further one gets a new enumerator. The
/// projection is a struct type argument, so the JIT compiles each view's list on its own, with the projection inlined.
/// </remarks>
/// <typeparam name="T">The view's edge type.</typeparam>
/// <typeparam name="TProjection">How an adjacency entry becomes a <typeparamref name="T"/>.</typeparam>
internal sealed class AdjacencyList<T, TProjection> : IReadOnlyList<T>, IEnumerator<T>
    where TProjection : struct, IAdjacencyProjection<T>
{
    private const int Fresh = -2;
    private const int Started = -1;

    private readonly Adjacency adjacency;
    private readonly int node;
    private int position = Fresh;

    /// <summary>The edges of the node numbered <paramref name="node"/> in <paramref name="adjacency"/>.</summary>
    public AdjacencyList(Adjacency adjacency, int node)
    {
        this.adjacency = adjacency;
        this.node = node;
    }

    /// <inheritdoc />
    public int Count => adjacency.Count(node);

    /// <inheritdoc />
    public T this[int index]
    {
        get
        {
            var edges = adjacency.Of(node);
            ArgumentOutOfRangeException.ThrowIfNegative(index);
            ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(index, edges.Length);
            return default(TProjection).Project(edges[index]);
        }
    }

    /// <inheritdoc />
    public T Current => default(TProjection).Project(adjacency.Of(node)[position]);

    /// <inheritdoc />
    object? IEnumerator.Current => Current;

    /// <inheritdoc />
    public IEnumerator<T> GetEnumerator()
    {
        if (Interlocked.CompareExchange(ref position, Started, Fresh) == Fresh)
        {
            return this;
        }

        return new AdjacencyList<T, TProjection>(adjacency, node) { position = Started };
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
