namespace RelationsGraph.Queries;

/// <summary>One fact on a path: the edge joining two consecutive nodes, in whichever direction it runs.</summary>
/// <param name="From">The node the step leaves (closer to the path's start).</param>
/// <param name="Edge">The edge, with its evidence.</param>
/// <param name="To">The node the step reaches.</param>
public sealed record PathStep(Node From, Edge Edge, Node To)
{
    /// <summary>True when the edge runs from <see cref="From"/> to <see cref="To"/>; false when the step walks it backwards.</summary>
    public bool IsForward => ReferenceEquals(Edge.Source, From);
}
