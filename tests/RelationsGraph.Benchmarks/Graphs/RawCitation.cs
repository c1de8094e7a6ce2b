using QuikGraph;

namespace RelationsGraph.Benchmarks.Graphs;

/// <summary>A <see cref="RelationsGraph.Queries.Citation"/> on node numbers: who cites which foundational document, and a shortest chain.</summary>
/// <param name="Citing">The citing node.</param>
/// <param name="Foundation">The foundational document.</param>
/// <param name="Path">A shortest chain of citations, from <paramref name="Citing"/> to <paramref name="Foundation"/>.</param>
public sealed record RawCitation(int Citing, int Foundation, IReadOnlyList<SEdge<int>> Path)
{
    /// <summary>How many citations the chain has.</summary>
    public int Depth => Path.Count;
}
