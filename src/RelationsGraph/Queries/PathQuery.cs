namespace RelationsGraph.Queries;

/// <summary>
/// The shortest chain of facts between two entities, whatever the direction of each edge: how is
/// <c>leader:fumio-kishida</c> connected to <c>doc:china-japan-joint-communique-1972</c>?
/// </summary>
/// <remarks>
/// A breadth-first search over an undirected, filtered view of the graph (every edge counts 1), from the end node;
/// the path then follows the distances from the start, preferring edges in key order among equally short ways, so
/// the answer does not depend on the order in which facts were added.
/// </remarks>
public sealed class PathQuery
{
    /// <summary>
    /// Edge kinds the path may not use. By default <c>Mentions</c>: that an article names two entities records
    /// where facts were read, not a fact that joins them.
    /// </summary>
    public IReadOnlyCollection<string> IgnoredEdgeKinds { get; init; } = ["Mentions"];

    /// <summary>A shortest path from <paramref name="from"/> to <paramref name="to"/>, or null when none joins them.</summary>
    /// <param name="graph">The graph to search.</param>
    /// <param name="from">The id of the start node.</param>
    /// <param name="to">The id of the end node.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">An id is not a node of the graph, or an ignored kind is not an edge kind.</exception>
    public GraphPath? Run(KnowledgeGraph graph, string from, string to)
    {
        ArgumentNullException.ThrowIfNull(graph);
        ArgumentNullException.ThrowIfNull(from);
        ArgumentNullException.ThrowIfNull(to);
        var start = graph.TryGetNode(from, out var s) ? s : throw new ArgumentException($"The graph has no node '{from}'.", nameof(from));
        var end = graph.TryGetNode(to, out var e) ? e : throw new ArgumentException($"The graph has no node '{to}'.", nameof(to));
        return Run(graph, start, end);
    }

    /// <summary>A shortest path from <paramref name="from"/> to <paramref name="to"/>, or null when none joins them.</summary>
    /// <param name="graph">The graph to search.</param>
    /// <param name="from">The start node, a node of <paramref name="graph"/>.</param>
    /// <param name="to">The end node, a node of <paramref name="graph"/>.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">A node is not in the graph, or an ignored kind is not an edge kind.</exception>
    public GraphPath? Run(KnowledgeGraph graph, Node from, Node to)
    {
        ArgumentNullException.ThrowIfNull(graph);
        var start = Own(graph, from, nameof(from));
        var end = Own(graph, to, nameof(to));
        var ignored = IgnoredEdgeKinds.Count == 0 ? null : IgnoredEdgeKinds;
        foreach (var kind in ignored ?? [])
        {
            if (!graph.Ontology.TryGetEdgeKind(kind, out _))
            {
                throw new ArgumentException($"'{kind}' is not an edge kind.", nameof(graph));
            }
        }

        if (ReferenceEquals(start, end))
        {
            return new GraphPath(start, end, []);
        }

        bool Allowed(Edge edge) => ignored is null || !ignored.Contains(edge.Kind);
        var toEnd = UndirectedSearch.Distances(graph.Graph, end, static _ => true, Allowed, target: start);
        if (!toEnd.TryGetValue(start, out var remaining))
        {
            return null;
        }

        // Walk down the distances to the end, taking at each node the first edge in key order that gets one step
        // closer: the same path whatever order the graph's edges were added in.
        var view = UndirectedSearch.View(graph.Graph, static _ => true, Allowed);
        var steps = new List<PathStep>(remaining);
        for (var node = start; remaining > 0; remaining--)
        {
            var (edge, next) = view.AdjacentEdges(node)
                .Select(e => (Edge: e, Next: ReferenceEquals(e.Source, node) ? e.Target : e.Source))
                .Where(c => toEnd.TryGetValue(c.Next, out var d) && d == remaining - 1)
                .MinBy(c => c.Edge.Key);
            steps.Add(new PathStep(node, edge, next));
            node = next;
        }

        return new GraphPath(start, end, steps);
    }

    private static Node Own(KnowledgeGraph graph, Node node, string parameter)
    {
        ArgumentNullException.ThrowIfNull(node, parameter);
        return graph.TryGetNode(node.Id, out var own) && own.Equals(node)
            ? own
            : throw new ArgumentException($"The graph has no node {node.Id} of kind {node.Kind}.", parameter);
    }
}
