namespace RelationsGraph;

/// <summary>The typed <see cref="Edge"/> of an adjacency entry: the edges of <see cref="KnowledgeGraph.Graph"/>.</summary>
internal readonly struct TypedEdges : IAdjacencyProjection<Edge>
{
    /// <inheritdoc />
    public Edge Project(in IndexedEdge link) => link.Edge;
}
