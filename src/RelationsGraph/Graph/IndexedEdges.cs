namespace RelationsGraph;

/// <summary>The adjacency entry itself: the edges of <see cref="KnowledgeGraph.Indexed"/>.</summary>
internal readonly struct IndexedEdges : IAdjacencyProjection<IndexedEdge>
{
    /// <inheritdoc />
    public IndexedEdge Project(in IndexedEdge link) => link;
}
