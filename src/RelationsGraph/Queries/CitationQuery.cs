using QuikGraph;
using QuikGraph.Algorithms.ConnectedComponents;
using QuikGraph.Algorithms.Observers;
using QuikGraph.Algorithms.Search;

namespace RelationsGraph.Queries;

/// <summary>
/// Which documents and events cite which foundational documents, directly or transitively, each with a
/// shortest citation path: "the 2008 statement cites the 1978 treaty, which cites the 1972 communiqué".
/// </summary>
/// <remarks>
/// <para>
/// The query looks only at <see cref="Cites"/> edges. It splits the citation graph into its weakly connected
/// components, then runs one breadth-first search per foundational document over the reversed citations of
/// that document's component. The cost is the size of the citation graph plus, per foundational document, the
/// size of its component: it never builds the transitive closure, and documents that no chain joins to a
/// foundational document cost nothing beyond the first pass.
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

        var components = new WeaklyConnectedComponentsAlgorithm<Node, Cites>(citations);
        components.Compute();
        var parts = SplitByComponent(citations, components);

        var results = new List<Citation>();
        foreach (var foundation in citations.Vertices.OfType<Document>().Where(d => d.Foundational == true))
        {
            var component = parts[components.Components[foundation]];
            SearchFrom(foundation, component, results);
        }

        results.Sort(static (a, b) =>
        {
            var c = string.CompareOrdinal(a.Citing.Id, b.Citing.Id);
            return c != 0 ? c : string.CompareOrdinal(a.Foundation.Id, b.Foundation.Id);
        });
        return results;
    }

    /// <summary>One graph per component, each with its vertices and edges in the citation graph's (key) order.</summary>
    private static BidirectionalGraph<Node, Cites>[] SplitByComponent(
        BidirectionalGraph<Node, Cites> citations, WeaklyConnectedComponentsAlgorithm<Node, Cites> components)
    {
        var parts = new BidirectionalGraph<Node, Cites>[components.ComponentCount];
        for (var i = 0; i < parts.Length; i++)
        {
            parts[i] = new BidirectionalGraph<Node, Cites>(allowParallelEdges: false);
        }

        foreach (var edge in citations.Edges)
        {
            parts[components.Components[edge.Source]].AddVerticesAndEdge(edge);
        }

        return parts;
    }

    /// <summary>Follows citations backwards from <paramref name="foundation"/>: every node reached cites it.</summary>
    private static void SearchFrom(Document foundation, BidirectionalGraph<Node, Cites> component, List<Citation> results)
    {
        var reversed = new ReversedBidirectionalGraph<Node, Cites>(component);
        var search = new BreadthFirstSearchAlgorithm<Node, SReversedEdge<Node, Cites>>(reversed);
        var predecessors = new VertexPredecessorRecorderObserver<Node, SReversedEdge<Node, Cites>>();
        var reached = new List<Node>();
        search.DiscoverVertex += reached.Add;
        using (predecessors.Attach(search))
        {
            search.Compute(foundation);
        }

        foreach (var citing in reached)
        {
            if (ReferenceEquals(citing, foundation))
            {
                continue;
            }

            // In the reversed graph a tree edge enters the node farther from the foundation; in the
            // original it leaves that node, so walking the tree edges yields the path in citation order.
            var path = new List<Cites>();
            for (var node = citing; !ReferenceEquals(node, foundation);)
            {
                var edge = predecessors.VerticesPredecessors[node].OriginalEdge;
                path.Add(edge);
                node = edge.Target;
            }

            results.Add(new Citation(citing, foundation, path));
        }
    }
}
