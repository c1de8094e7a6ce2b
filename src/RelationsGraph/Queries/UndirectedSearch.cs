using QuikGraph;
using QuikGraph.Algorithms.Search;
using QuikGraph.Predicates;

namespace RelationsGraph.Queries;

/// <summary>Breadth-first distances over a filtered, undirected view of a graph: what the path and neighbourhood queries share.</summary>
internal static class UndirectedSearch
{
    /// <summary>The graph without direction, restricted to the nodes and edges the predicates accept.</summary>
    public static UndirectedBidirectionalGraph<Node, Edge> View(
        IBidirectionalGraph<Node, Edge> graph, VertexPredicate<Node> nodes, EdgePredicate<Node, Edge> edges) =>
        new(new FilteredBidirectionalGraph<Node, Edge, IBidirectionalGraph<Node, Edge>>(graph, nodes, edges));

    /// <summary>
    /// The number of edges on a shortest path from <paramref name="root"/> to the nodes it reaches through the view
    /// the predicates define (0 for the root), stopping early: no node farther than <paramref name="maxDepth"/> is
    /// reached, and once <paramref name="target"/> is reached no further node is.
    /// </summary>
    /// <remarks>
    /// The search discovers nodes in order of distance, so when it stops every node closer than the last one
    /// discovered has its distance. It stops by narrowing the view it walks: an edge is followed only while the
    /// search goes on and one of its ends is closer than <paramref name="maxDepth"/>, so the work is proportional to
    /// the part of the graph explored (plus one pass over the nodes to set the search up), not to the whole graph.
    /// </remarks>
    public static Dictionary<Node, int> Distances(
        IBidirectionalGraph<Node, Edge> graph,
        Node root,
        VertexPredicate<Node> nodes,
        EdgePredicate<Node, Edge> edges,
        int maxDepth = int.MaxValue,
        Node? target = null)
    {
        var distances = new Dictionary<Node, int> { [root] = 0 };
        var stopped = ReferenceEquals(root, target);
        bool Near(Node node) => distances.TryGetValue(node, out var distance) && distance < maxDepth;
        var view = View(graph, nodes, edge => !stopped && (Near(edge.Source) || Near(edge.Target)) && edges(edge));
        var search = new UndirectedBreadthFirstSearchAlgorithm<Node, Edge>(view);
        search.TreeEdge += (_, args) =>
        {
            distances[args.Target] = distances[args.Source] + 1;
            stopped |= ReferenceEquals(args.Target, target);
        };
        search.Compute(root);
        return distances;
    }
}
