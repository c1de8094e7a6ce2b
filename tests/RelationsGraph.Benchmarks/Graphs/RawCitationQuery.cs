using QuikGraph;
using QuikGraph.Algorithms.ConnectedComponents;
using QuikGraph.Algorithms.Observers;
using QuikGraph.Algorithms.Search;

namespace RelationsGraph.Benchmarks.Graphs;

/// <summary>
/// The steps of <see cref="RelationsGraph.Queries.CitationQuery"/> on node numbers, the raw QuikGraph baseline of the
/// citation suite: the citations as a <see cref="BidirectionalGraph{TVertex, TEdge}"/> of <see cref="int"/> vertices and
/// <see cref="SEdge{TVertex}"/> edges added in sorted order, weakly connected components, one graph per component, one
/// reversed breadth-first search per foundational document with a predecessor recorder, each path walked, the pairs sorted.
/// </summary>
public static class RawCitationQuery
{
    /// <summary>The citations of a synthetic graph: its Cites edges (the raw counterpart of <c>KnowledgeGraph.EdgesOf&lt;Cites&gt;()</c>).</summary>
    public static SEdge<int>[] CitesOf(SyntheticGraph source)
    {
        ArgumentNullException.ThrowIfNull(source);
        var edges = source.Edges;
        return [.. Enumerable.Range(0, edges.Count).Where(i => edges.Kinds[i] == EdgeKindCode.Cites).Select(i => new SEdge<int>(edges.From[i], edges.To[i]))];
    }

    /// <summary>Which nodes of a synthetic graph are foundational documents, by node number.</summary>
    public static bool[] FoundationalOf(SyntheticGraph source)
    {
        ArgumentNullException.ThrowIfNull(source);
        return [.. source.Nodes.Select(n => n is Document { Foundational: true })];
    }

    /// <summary>Every (citing node, foundational document) pair, sorted by the citing node, then the document.</summary>
    /// <param name="cites">The citations.</param>
    /// <param name="foundational">Whether each node number is a foundational document.</param>
    public static IReadOnlyList<RawCitation> Run(IEnumerable<SEdge<int>> cites, IReadOnlyList<bool> foundational)
    {
        ArgumentNullException.ThrowIfNull(cites);
        ArgumentNullException.ThrowIfNull(foundational);
        var citations = new BidirectionalGraph<int, SEdge<int>>(allowParallelEdges: false);
        citations.AddVerticesAndEdgeRange(cites.OrderBy(e => ((long)e.Source << 32) | (uint)e.Target));
        if (citations.IsEdgesEmpty)
        {
            return [];
        }

        var components = new WeaklyConnectedComponentsAlgorithm<int, SEdge<int>>(citations);
        components.Compute();
        var parts = SplitByComponent(citations, components);

        var results = new List<RawCitation>();
        foreach (var foundation in citations.Vertices.Where(v => foundational[v]))
        {
            SearchFrom(foundation, parts[components.Components[foundation]], results);
        }

        results.Sort(static (a, b) => a.Citing != b.Citing ? a.Citing.CompareTo(b.Citing) : a.Foundation.CompareTo(b.Foundation));
        return results;
    }

    private static BidirectionalGraph<int, SEdge<int>>[] SplitByComponent(
        BidirectionalGraph<int, SEdge<int>> citations, WeaklyConnectedComponentsAlgorithm<int, SEdge<int>> components)
    {
        var parts = new BidirectionalGraph<int, SEdge<int>>[components.ComponentCount];
        for (var i = 0; i < parts.Length; i++)
        {
            parts[i] = new BidirectionalGraph<int, SEdge<int>>(allowParallelEdges: false);
        }

        foreach (var edge in citations.Edges)
        {
            parts[components.Components[edge.Source]].AddVerticesAndEdge(edge);
        }

        return parts;
    }

    private static void SearchFrom(int foundation, BidirectionalGraph<int, SEdge<int>> component, List<RawCitation> results)
    {
        var reversed = new ReversedBidirectionalGraph<int, SEdge<int>>(component);
        var search = new BreadthFirstSearchAlgorithm<int, SReversedEdge<int, SEdge<int>>>(reversed);
        var predecessors = new VertexPredecessorRecorderObserver<int, SReversedEdge<int, SEdge<int>>>();
        var reached = new List<int>();
        search.DiscoverVertex += reached.Add;
        using (predecessors.Attach(search))
        {
            search.Compute(foundation);
        }

        foreach (var citing in reached)
        {
            if (citing == foundation)
            {
                continue;
            }

            var path = new List<SEdge<int>>();
            for (var node = citing; node != foundation;)
            {
                var edge = predecessors.VerticesPredecessors[node].OriginalEdge;
                path.Add(edge);
                node = edge.Target;
            }

            results.Add(new RawCitation(citing, foundation, path));
        }
    }
}
