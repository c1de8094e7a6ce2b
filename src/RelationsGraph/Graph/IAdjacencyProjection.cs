namespace RelationsGraph;

/// <summary>How an <see cref="AdjacencyList{T, TProjection}"/> turns an adjacency entry into the edge its view hands out.</summary>
/// <typeparam name="T">The view's edge type.</typeparam>
internal interface IAdjacencyProjection<out T>
{
    /// <summary>The view's edge for <paramref name="link"/>.</summary>
    T Project(in IndexedEdge link);
}
