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
        var citations = CitationGraph.Of(graph);
        if (citations.EdgeCount == 0)
        {
            return [];
        }

        var results = new List<Citation>();
        var keys = new List<long>();
        var search = new Search(citations);
        for (var node = 0; node < citations.NodeCount; node++)
        {
            if (citations.Nodes[node] is Document { Foundational: true })
            {
                search.From(node, results, keys);
            }
        }

        // Node numbers follow the ids' ordinal order, so sorting by (citing number, foundation number) sorts by the ids.
        var sorted = results.ToArray();
        Array.Sort(keys.ToArray(), sorted);
        return sorted;
    }

    /// <summary>
    /// Breadth-first searches backwards from foundational documents, one at a time, over node numbers: the visited marks
    /// are numbered per search, so one set of arrays serves them all without clearing.
    /// </summary>
    private sealed class Search(CitationGraph citations)
    {
        private readonly int[] reachedBy = new int[citations.NodeCount];
        private readonly int[] visit = new int[citations.NodeCount];
        private readonly int[] queue = new int[citations.NodeCount];
        private int searches;

        /// <summary>
        /// Follows citations backwards from <paramref name="foundation"/>: every node reached cites it, and the edge that
        /// first reached a node is the last step of a shortest path from it. Only what the search reaches is touched.
        /// </summary>
        public void From(int foundation, List<Citation> results, List<long> keys)
        {
            var mark = ++searches;
            visit[foundation] = mark;
            int head = 0, tail = 0;
            queue[tail++] = foundation;
            while (head < tail)
            {
                // In-edges come in key order, which makes ties deterministic.
                foreach (var edge in citations.InEdges(queue[head++]))
                {
                    var citing = citations.SourceOf(edge);
                    if (visit[citing] != mark)
                    {
                        visit[citing] = mark;
                        reachedBy[citing] = edge;
                        queue[tail++] = citing;
                    }
                }
            }

            var document = (Document)citations.Nodes[foundation];
            for (var i = 1; i < tail; i++)
            {
                // Each recorded edge leaves the node farther from the foundation, so walking them yields the path in citation order.
                var citing = queue[i];
                var path = new List<Cites>();
                for (var node = citing; node != foundation;)
                {
                    var edge = reachedBy[node];
                    path.Add(citations.Edges[edge]);
                    node = citations.TargetOf(edge);
                }

                results.Add(new Citation(citations.Nodes[citing], document, path));
                keys.Add(((long)citing << 32) | (uint)foundation);
            }
        }
    }
}
