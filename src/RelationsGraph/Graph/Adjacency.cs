namespace RelationsGraph;

/// <summary>
/// One direction of a graph's adjacency (out-edges or in-edges): for each node number, its edges in the order they
/// were added, in an array of its own that grows by doubling.
/// </summary>
/// <remarks>
/// <para>
/// Two parallel arrays indexed by node number (the edges and their counts) rather than a list object per node: adding
/// an edge loads one array slot instead of a list object and then its array, and a graph of 100,000 nodes allocates
/// 200,000 fewer objects.
/// </para>
/// <para>
/// Each edge is kept as an <see cref="IndexedEdge"/>, both ends' numbers beside the edge (16 bytes, what an edge
/// reference and one number take with padding): walking a node's edges by number, as the <see cref="IndexedGraph"/>
/// view and the duplicate check do, loads neither the edge object nor its nodes.
/// </para>
/// </remarks>
internal sealed class Adjacency
{
    /// <summary>The first array a node with edges gets: most nodes have a handful.</summary>
    private const int FirstCapacity = 4;

    private IndexedEdge[]?[] edges = new IndexedEdge[]?[16];
    private int[] counts = new int[16];

    /// <summary>How many edges the node numbered <paramref name="node"/> has in this direction.</summary>
    public int Count(int node) => counts[node];

    /// <summary>The edges of the node numbered <paramref name="node"/>, in the order they were added.</summary>
    public ReadOnlySpan<IndexedEdge> Of(int node) => edges[node] is { } array ? array.AsSpan(0, counts[node]) : default;

    /// <summary>Appends <paramref name="edge"/> to the edges of the node numbered <paramref name="node"/>.</summary>
    public void Add(int node, IndexedEdge edge)
    {
        var array = edges[node];
        var count = counts[node];
        if (array is null)
        {
            edges[node] = array = new IndexedEdge[FirstCapacity];
        }
        else if (count == array.Length)
        {
            Array.Resize(ref array, count * 2);
            edges[node] = array;
        }

        array[count] = edge;
        counts[node] = count + 1;
    }

    /// <summary>How many nodes there is room for.</summary>
    public int NodeCapacity => edges.Length;

    /// <summary>Makes room for nodes numbered below <paramref name="nodes"/>.</summary>
    public void EnsureNodes(int nodes)
    {
        if (nodes > edges.Length)
        {
            var size = Math.Max(nodes, edges.Length * 2);
            Array.Resize(ref edges, size);
            Array.Resize(ref counts, size);
        }
    }
}
