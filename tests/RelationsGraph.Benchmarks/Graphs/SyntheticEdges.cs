namespace RelationsGraph.Benchmarks.Graphs;

/// <summary>The edges of a <see cref="SyntheticGraph"/>, in the order the builders add them.</summary>
/// <param name="Kinds">Each edge's kind.</param>
/// <param name="From">Each edge's source, as a node number.</param>
/// <param name="To">Each edge's target, as a node number.</param>
/// <param name="Evidence">Each edge's evidence, or null for a graph without evidence.</param>
/// <param name="Labels">The title of a LeaderOf, the verb of a Cites; null otherwise.</param>
/// <param name="Numbers">The anniversary of a Commemorates; 0 otherwise.</param>
public sealed record SyntheticEdges(EdgeKindCode[] Kinds, int[] From, int[] To, Evidence?[]? Evidence, string?[] Labels, int[] Numbers)
{
    /// <summary>How many edges there are.</summary>
    public int Count => Kinds.Length;
}
