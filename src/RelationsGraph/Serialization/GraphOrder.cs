namespace RelationsGraph.Serialization;

/// <summary>
/// The order the graph JSON format and the exporters write a graph in: nodes by id, edges by (from, kind, to)
/// (<see cref="EdgeKey"/>'s order), all ordinal. Edges are taken node by node in id order, each node's few
/// out-edges sorted by kind and then by their target's place in the id order: the same order as sorting every
/// edge key, without building keys or comparing id strings edge against edge.
/// </summary>
internal sealed class GraphOrder
{
    private readonly KnowledgeGraph graph;
    private readonly int[] rank;
    private readonly List<Edge> buffer = [];
    private readonly Comparison<Edge> byKindThenTarget;

    /// <summary>The order of <paramref name="graph"/>'s edges, given its <paramref name="nodes"/> sorted by id (<see cref="NodesById"/>).</summary>
    public GraphOrder(KnowledgeGraph graph, Node[] nodes)
    {
        this.graph = graph;
        rank = new int[nodes.Length];
        for (var i = 0; i < nodes.Length; i++)
        {
            rank[nodes[i].Index] = i;
        }

        byKindThenTarget = (a, b) =>
        {
            var c = string.CompareOrdinal(a.Kind, b.Kind);
            return c != 0 ? c : rank[a.Target.Index].CompareTo(rank[b.Target.Index]);
        };
    }

    /// <summary>The graph's nodes sorted by id, ordinally.</summary>
    public static Node[] NodesById(KnowledgeGraph graph)
    {
        var nodes = new Node[graph.NodeCount];
        for (var i = 0; i < nodes.Length; i++)
        {
            nodes[i] = graph.NodeAt(i);
        }

        return AsciiIds.TrySort(nodes) ?? SortByIdStrings(nodes);
    }

    /// <summary>Sorts <paramref name="nodes"/> by their id strings, ordinally, in place.</summary>
    private static Node[] SortByIdStrings(Node[] nodes)
    {
        var ids = new string[nodes.Length];
        for (var i = 0; i < nodes.Length; i++)
        {
            ids[i] = nodes[i].Id;
        }

        Array.Sort(ids, nodes, StringComparer.Ordinal);
        return nodes;
    }

    /// <summary>The place of <paramref name="node"/>, one of the graph's own nodes, in the id order.</summary>
    public int RankOf(Node node) => rank[node.Index];

    /// <summary>The out-edges of <paramref name="node"/> in (kind, target id) order; the list is reused by the next call.</summary>
    public List<Edge> OutEdgesByKindThenTarget(Node node)
    {
        buffer.Clear();
        foreach (var link in graph.OutEdgesAt(node.Index))
        {
            var edge = link.Edge;
            buffer.Add(edge);
        }

        if (buffer.Count > 1)
        {
            buffer.Sort(byKindThenTarget);
        }

        return buffer;
    }
}
