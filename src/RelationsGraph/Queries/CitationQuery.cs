using QuikGraph;

namespace RelationsGraph.Queries;

/// <summary>
/// Which documents and events cite which foundational documents, directly or transitively, each with a
/// shortest citation path: "the 2008 statement cites the 1978 treaty, which cites the 1972 communiqué".
/// </summary>
/// <remarks>
/// <para>
/// The query looks only at <see cref="Cites"/> edges. It runs one breadth-first search per foundational document
/// over the citations, backwards, touching only what it reaches. The cost is the size of the citation graph plus,
/// per foundational document, the part of the graph that cites it: it never builds the transitive closure, and
/// documents that no chain joins to a foundational document cost nothing beyond the first pass.
/// </para>
/// <para>
/// Answers do not depend on the order in which facts were added: citations are visited in key order, so among
/// paths of equal length the one through the smallest ids is chosen. A citation cycle is harmless.
/// </para>
/// </remarks>
public sealed class CitationQuery
{
    /// <summary>Every (citing node, foundational document) pair, sorted by the citing node's id, then the document's.</summary>
    /// <param name="graph">The graph to search.</param>
    /// <exception cref="ArgumentNullException"><paramref name="graph"/> is null.</exception>
    [System.Diagnostics.CodeAnalysis.SuppressMessage("Performance", "CA1822", Justification = "Every query is an instance, so that options can be added without breaking callers.")]
    public IReadOnlyList<Citation> Run(KnowledgeGraph graph)
    {
        ArgumentNullException.ThrowIfNull(graph);
        var citations = new BidirectionalGraph<Node, Cites>(allowParallelEdges: false);
        citations.AddVerticesAndEdgeRange(graph.EdgesOf<Cites>().OrderBy(e => e.Key));
        if (citations.IsEdgesEmpty)
        {
            return [];
        }

        var results = new List<Citation>();
        foreach (var foundation in citations.Vertices.OfType<Document>().Where(d => d.Foundational == true))
        {
            SearchFrom(foundation, citations, results);
        }

        results.Sort(static (a, b) =>
        {
            var c = string.CompareOrdinal(a.Citing.Id, b.Citing.Id);
            return c != 0 ? c : string.CompareOrdinal(a.Foundation.Id, b.Foundation.Id);
        });
        return results;
    }

    /// <summary>
    /// Follows citations backwards from <paramref name="foundation"/>, breadth first: every node reached cites it, and
    /// the edge that first reached a node is the last step of a shortest path from it. Only what the search reaches is
    /// touched, so a foundational document costs the part of the graph that cites it, not the whole graph.
    /// </summary>
    private static void SearchFrom(Document foundation, BidirectionalGraph<Node, Cites> citations, List<Citation> results)
    {
        var reachedBy = new Dictionary<Node, Cites>();
        var reached = new List<Node>();
        var queue = new Queue<Node>();
        queue.Enqueue(foundation);
        while (queue.TryDequeue(out var cited))
        {
            // In-edges come in key order (the graph was filled in key order), which makes ties deterministic.
            foreach (var edge in citations.InEdges(cited))
            {
                var citing = edge.Source;
                if (!ReferenceEquals(citing, foundation) && reachedBy.TryAdd(citing, edge))
                {
                    reached.Add(citing);
                    queue.Enqueue(citing);
                }
            }
        }

        foreach (var citing in reached)
        {
            // Each recorded edge leaves the node farther from the foundation, so walking them yields the path in citation order.
            var path = new List<Cites>();
            for (var node = citing; !ReferenceEquals(node, foundation);)
            {
                var edge = reachedBy[node];
                path.Add(edge);
                node = edge.Target;
            }

            results.Add(new Citation(citing, foundation, path));
        }
    }
}
