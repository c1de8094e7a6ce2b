using QuikGraph;

namespace RelationsGraph.Benchmarks.Graphs;

/// <summary>
/// Builds the raw QuikGraph baseline of a <see cref="SyntheticGraph"/>: a <see cref="BidirectionalGraph{TVertex, TEdge}"/>
/// of <see cref="int"/> vertices (node numbers) and <see cref="SEdge{TVertex}"/> edges, with the same vertices and edges
/// added in the same order as <see cref="TypedGraphBuilder"/> adds them. Parallel edges are allowed, as in the graph
/// inside <see cref="KnowledgeGraph"/>: neither structure searches for duplicates on insertion.
/// </summary>
public static class RawGraphBuilder
{
    /// <summary>The whole graph.</summary>
    public static BidirectionalGraph<int, SEdge<int>> Build(SyntheticGraph source)
    {
        var graph = new BidirectionalGraph<int, SEdge<int>>(allowParallelEdges: true);
        AddVertices(graph, source);
        AddEdges(graph, source);
        return graph;
    }

    /// <summary>Adds every vertex.</summary>
    public static void AddVertices(BidirectionalGraph<int, SEdge<int>> graph, SyntheticGraph source)
    {
        ArgumentNullException.ThrowIfNull(graph);
        ArgumentNullException.ThrowIfNull(source);
        for (var i = 0; i < source.Nodes.Count; i++)
        {
            graph.AddVertex(i);
        }
    }

    /// <summary>Adds every edge.</summary>
    public static void AddEdges(BidirectionalGraph<int, SEdge<int>> graph, SyntheticGraph source)
    {
        ArgumentNullException.ThrowIfNull(graph);
        ArgumentNullException.ThrowIfNull(source);
        var edges = source.Edges;
        for (var i = 0; i < edges.Count; i++)
        {
            graph.AddEdge(new SEdge<int>(edges.From[i], edges.To[i]));
        }
    }
}
