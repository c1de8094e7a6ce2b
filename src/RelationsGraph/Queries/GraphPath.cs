namespace RelationsGraph.Queries;

/// <summary>A shortest chain of facts joining two nodes.</summary>
/// <param name="From">The node the path starts at.</param>
/// <param name="To">The node the path ends at.</param>
/// <param name="Steps">The facts in order; empty when <paramref name="From"/> and <paramref name="To"/> are one node.</param>
public sealed record GraphPath(Node From, Node To, IReadOnlyList<PathStep> Steps)
{
    /// <summary>How many facts the path has.</summary>
    public int Length => Steps.Count;
}
