using System.Runtime.InteropServices;

namespace RelationsGraph;

/// <summary>
/// Finds a <see cref="KnowledgeGraph"/>'s edge by its ends and kind, so that adding a fact twice keeps one edge.
/// </summary>
/// <remarks>
/// <para>
/// Most nodes have few edges, so the index looks through the source's out-edges, or the target's in-edges, when one of
/// the two lists is short (at most <see cref="ScanLimit"/> edges): the lists the graph keeps anyway answer the question
/// without a hash table over every edge. Only the out-edges of a source with more edges than that (a hub: a country
/// represented at thousands of events) go into a dictionary keyed by (source number, kind number, target number), which
/// answers when both lists are long. Each lookup therefore costs at most a scan of <see cref="ScanLimit"/> edges or one
/// dictionary probe, whatever the graph's shape.
/// </para>
/// <para>
/// The invariant: every out-edge of a node with more than <see cref="ScanLimit"/> out-edges is in the dictionary. A node
/// that reaches <see cref="ScanLimit"/> + 1 out-edges has all of them added at once.
/// </para>
/// <para>
/// The dictionary holds an edge's position among its source's out-edges (which only grow, so a position stays
/// valid), not the edge: its table holds no reference. A merged graph's table is a large object (about 6,000 hub
/// edges for 100 articles), allocated straight into the oldest generation, where it stays until a full collection
/// even after the graph is dropped; holding edges, such a table kept every edge of its graph, and all they reach,
/// alive through each younger collection until then, and the collector copied them again and again (most of what a
/// gen0 collection of an extraction batch copied). A table of numbers is not even scanned.
/// </para>
/// </remarks>
internal sealed class EdgeIndex(NodeIndexedGraph graph, Func<Edge, KnownEdgeKind> kindOf)
{
    /// <summary>The longest edge list the index scans instead of probing its dictionary.</summary>
    public const int ScanLimit = 8;

    /// <summary>For each out-edge of a hub, its position in <see cref="NodeIndexedGraph.Out"/> of its source.</summary>
    private readonly Dictionary<Slot, int> hubEdges = [];

    /// <summary>The graph's edge of <paramref name="kind"/> from <paramref name="source"/> to <paramref name="target"/>, both the graph's own nodes; null when it has none.</summary>
    public Edge? Find(Node source, KnownEdgeKind kind, Node target)
    {
        var outs = graph.Out(source.Index);
        if (outs.Length <= ScanLimit)
        {
            foreach (var link in outs)
            {
                if (link.Target == target.Index && link.Edge.GetType() == kind.Type)
                {
                    return link.Edge;
                }
            }

            return null;
        }

        var ins = graph.In(target.Index);
        if (ins.Length <= ScanLimit)
        {
            foreach (var link in ins)
            {
                if (link.Source == source.Index && link.Edge.GetType() == kind.Type)
                {
                    return link.Edge;
                }
            }

            return null;
        }

        return hubEdges.TryGetValue(new Slot(source.Index, kind.Number, target.Index), out var position) ? outs[position].Edge : null;
    }

    /// <summary>
    /// Makes room in the dictionary for <paramref name="edges"/> hub edges in all, at least doubling the room when it
    /// grows (as the dictionary would), so that a graph sized once does not copy it through ever larger tables.
    /// </summary>
    public void EnsureCapacity(int edges)
    {
        var room = hubEdges.EnsureCapacity(0);
        if (edges > room)
        {
            hubEdges.EnsureCapacity(Math.Max(edges, (int)Math.Min(Array.MaxLength, 2L * room)));
        }
    }

    /// <summary>Adds <paramref name="edge"/>, of <paramref name="kind"/> and between the graph's own nodes, to the graph and to the index.</summary>
    public void Add(Edge edge, KnownEdgeKind kind)
    {
        graph.AddEdge(edge);
        var outs = graph.Out(edge.Source.Index);
        if (outs.Length == ScanLimit + 1)
        {
            // The source has just become a hub: from now on its out-edges are found by key.
            for (var position = 0; position < outs.Length; position++)
            {
                var earlier = outs[position];
                hubEdges.Add(new Slot(earlier.Source, kindOf(earlier.Edge).Number, earlier.Target), position);
            }
        }
        else if (outs.Length > ScanLimit + 1)
        {
            hubEdges.Add(new Slot(edge.Source.Index, kind.Number, edge.Target.Index), outs.Length - 1);
        }
    }

    /// <summary>An edge's identity inside one graph: its ends' numbers and its kind's number.</summary>
    [StructLayout(LayoutKind.Auto)]
    private readonly record struct Slot(int Source, int Kind, int Target);
}
