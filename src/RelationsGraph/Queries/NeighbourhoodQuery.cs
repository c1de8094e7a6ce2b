namespace RelationsGraph.Queries;

/// <summary>The subgraph within a number of steps of an entity, ignoring edge direction, optionally limited to some kinds.</summary>
/// <remarks>
/// The search runs over a filtered view: it passes only through nodes and edges of the allowed kinds, so a leader
/// two steps away through a meeting is found only when events are allowed. The result holds every allowed edge
/// between the nodes found (the induced subgraph), not only the edges the search walked.
/// </remarks>
public sealed class NeighbourhoodQuery
{
    /// <summary>The reach and kinds of the neighbourhood.</summary>
    public NeighbourhoodOptions Options { get; init; } = new();

    /// <summary>The neighbourhood of the node with id <paramref name="centre"/>.</summary>
    /// <param name="graph">The graph to read; it is not changed.</param>
    /// <param name="centre">The id of the centre node.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">The graph has no such node, or a kind name is not in its ontology.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><see cref="NeighbourhoodOptions.Depth"/> is negative.</exception>
    public Neighbourhood Run(KnowledgeGraph graph, string centre)
    {
        ArgumentNullException.ThrowIfNull(graph);
        ArgumentNullException.ThrowIfNull(centre);
        return graph.TryGetNode(centre, out var node)
            ? Run(graph, node)
            : throw new ArgumentException($"The graph has no node '{centre}'.", nameof(centre));
    }

    /// <summary>The neighbourhood of <paramref name="centre"/>.</summary>
    /// <param name="graph">The graph to read; it is not changed.</param>
    /// <param name="centre">The centre, a node of <paramref name="graph"/>.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">The node is not in the graph, or a kind name is not in its ontology.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><see cref="NeighbourhoodOptions.Depth"/> is negative.</exception>
    public Neighbourhood Run(KnowledgeGraph graph, Node centre)
    {
        ArgumentNullException.ThrowIfNull(graph);
        ArgumentNullException.ThrowIfNull(centre);
        ArgumentOutOfRangeException.ThrowIfNegative(Options.Depth, nameof(Options));
        if (!graph.TryGetNode(centre.Id, out var root) || !root.Equals(centre))
        {
            throw new ArgumentException($"The graph has no node {centre.Id} of kind {centre.Kind}.", nameof(centre));
        }

        var kinds = KindFilter.Create(graph.Ontology, Options.NodeKinds, Options.EdgeKinds);
        bool Allowed(Node node) => ReferenceEquals(node, root) || kinds.Allows(node);
        var inside = UndirectedSearch.Distances(graph.Graph, root, Allowed, kinds.Allows, Options.Depth);
        var view = UndirectedSearch.View(graph.Graph, Allowed, kinds.Allows);

        var result = new KnowledgeGraph(graph.Ontology);
        foreach (var node in inside.Keys.OrderBy(n => n.Id, StringComparer.Ordinal))
        {
            result.AddNode(node);
        }

        var edges = inside.Keys
            .SelectMany(node => view.AdjacentEdges(node))
            .Where(edge => inside.ContainsKey(edge.Source) && inside.ContainsKey(edge.Target))
            .Distinct()
            .OrderBy(edge => edge.Key);
        foreach (var edge in edges)
        {
            result.AddEdge(edge, []);
        }

        var ids = inside.ToDictionary(d => d.Key.Id, d => d.Value, StringComparer.Ordinal);
        result.TryGetNode(root.Id, out var copy);
        return new Neighbourhood(copy!, result, ids);
    }
}
