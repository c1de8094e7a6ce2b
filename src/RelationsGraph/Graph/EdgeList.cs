using System.Collections;

namespace RelationsGraph;

/// <summary>
/// The out- or in-edges of one node as the QuikGraph view hands them out: a read-only, live view of the graph's
/// <see cref="Adjacency"/>, in the order the edges were added.
/// </summary>
/// <remarks>
/// QuikGraph's algorithms ask for a node's edges and enumerate them once through the interface, so the view is its own
/// first enumerator (as the compiler's iterators are): a search allocates one object per node it expands, not two.
/// Each further enumeration, or one from another thread, gets a new enumerator. An enumeration sees the edges the node
/// had when it started.
/// </remarks>
internal sealed class EdgeList : IReadOnlyList<Edge>, IEnumerator<Edge>
{
    private const int Fresh = -2;
    private const int Started = -1;

    private readonly Adjacency adjacency;
    private readonly int node;
    private readonly int thread = Environment.CurrentManagedThreadId;
    private Edge[] items = [];
    private int count;
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
            return edges[index];
        }
    }

    /// <inheritdoc />
    public Edge Current => items[position];

    /// <inheritdoc />
    object IEnumerator.Current => Current;

    /// <inheritdoc />
    public IEnumerator<Edge> GetEnumerator()
    {
        var enumerator = position == Fresh && thread == Environment.CurrentManagedThreadId ? this : new EdgeList(adjacency, node);
        enumerator.Start();
        return enumerator;
    }

    /// <inheritdoc />
    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    /// <inheritdoc />
    public bool MoveNext() => position != Fresh && ++position < count;

    /// <inheritdoc />
    public void Reset() => position = Started;

    /// <inheritdoc />
    public void Dispose()
    {
    }

    private void Start()
    {
        items = adjacency.ArrayOf(node, out count);
        position = Started;
    }
}
