using QuikGraph;

namespace RelationsGraph.Benchmarks.Graphs;

/// <summary>
/// The steps of <see cref="RelationsGraph.Queries.CitationQuery"/> on node numbers, the raw QuikGraph baseline of the
/// citation suite: the citations as a <see cref="BidirectionalGraph{TVertex, TEdge}"/> of <see cref="int"/> vertices and
/// <see cref="SEdge{TVertex}"/> edges added in sorted order, one backward breadth-first search per foundational document
/// over in-edges that touches only what it reaches, each path walked, the pairs sorted.
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

        var results = new List<RawCitation>();
        foreach (var foundation in citations.Vertices.Where(v => foundational[v]))
        {
            SearchFrom(foundation, citations, results);
        }

        results.Sort(static (a, b) => a.Citing != b.Citing ? a.Citing.CompareTo(b.Citing) : a.Foundation.CompareTo(b.Foundation));
        return results;
    }

    private static void SearchFrom(int foundation, BidirectionalGraph<int, SEdge<int>> citations, List<RawCitation> results)
    {
        var reachedBy = new Dictionary<int, SEdge<int>>();
        var reached = new List<int>();
        var queue = new Queue<int>();
        queue.Enqueue(foundation);
        while (queue.TryDequeue(out var cited))
        {
            foreach (var edge in citations.InEdges(cited))
            {
                if (edge.Source != foundation && reachedBy.TryAdd(edge.Source, edge))
                {
                    reached.Add(edge.Source);
                    queue.Enqueue(edge.Source);
                }
            }
        }

        foreach (var citing in reached)
        {
            var path = new List<SEdge<int>>();
            for (var node = citing; node != foundation;)
            {
                var edge = reachedBy[node];
                path.Add(edge);
                node = edge.Target;
            }

            results.Add(new RawCitation(citing, foundation, path));
        }
    }
}
