using System.ComponentModel;
using BenchmarkDotNet.Attributes;
using QuikGraph;
using QuikGraph.Algorithms.Search;
using RelationsGraph.Benchmarks.Graphs;

namespace RelationsGraph.Benchmarks.Suites;

/// <summary>Breadth-first search over every vertex with QuikGraph's algorithm: the typed graph against the raw one.</summary>
[Description("A full breadth-first search (QuikGraph BreadthFirstSearchAlgorithm.Compute(), every vertex and edge, counting tree edges) over a prebuilt graph of Size nodes. Baseline: the raw BidirectionalGraph<int, SEdge<int>>. TypedGraph: KnowledgeGraph.Graph, the IBidirectionalGraph<Node, Edge> view the queries use, with QuikGraph's default Dictionary<Node, GraphColor>. TypedGraphNodeDictionary: the same view with the vertex colours in KnowledgeGraph.CreateNodeDictionary<GraphColor>(), arrays indexed by node number. TypedGraphIndexed: KnowledgeGraph.Indexed, the IBidirectionalGraph<int, IndexedEdge> view whose vertices are the node numbers and whose edges carry both numbers and the typed Edge, with QuikGraph's default Dictionary<int, GraphColor>.")]
public class GraphSearchBenchmarks
{
    private BidirectionalGraph<int, SEdge<int>> raw = null!;
    private KnowledgeGraph typed = null!;

    [Params(Sizes.Small, Sizes.Medium, Sizes.Large)]
    public int Size { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var source = SyntheticGraph.Generate(Size, withEvidence: false);
        raw = RawGraphBuilder.Build(source);
        typed = TypedGraphBuilder.Build(source);
    }

    [Benchmark(Baseline = true)]
    public long RawQuikGraph() => Search(raw);

    [Benchmark]
    public long TypedGraph() => Search(typed.Graph);

    [Benchmark]
    public long TypedGraphNodeDictionary() => Search(typed.Graph, typed.CreateNodeDictionary<GraphColor>());

    [Benchmark]
    public long TypedGraphIndexed() => Search(typed.Indexed);

    private static long Search<TVertex, TEdge>(IVertexListGraph<TVertex, TEdge> graph, IDictionary<TVertex, GraphColor>? colours = null)
        where TEdge : IEdge<TVertex>
        where TVertex : notnull
    {
        var treeEdges = 0L;
        var search = colours is null
            ? new BreadthFirstSearchAlgorithm<TVertex, TEdge>(graph)
            : new BreadthFirstSearchAlgorithm<TVertex, TEdge>(graph, new QuikGraph.Collections.Queue<TVertex>(), colours);
        search.TreeEdge += _ => treeEdges++;
        search.Compute();
        return treeEdges;
    }
}
