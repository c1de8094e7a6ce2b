using System.ComponentModel;
using BenchmarkDotNet.Attributes;
using RelationsGraph.Benchmarks.Graphs;

namespace RelationsGraph.Benchmarks.Suites;

/// <summary>Building a whole graph: the typed <see cref="KnowledgeGraph"/> against a raw QuikGraph graph of the same shape.</summary>
[Description("Build a graph of Size nodes (~4.5 edges per node) from the synthetic graph's data. Baseline: raw QuikGraph BidirectionalGraph<int, SEdge<int>>, AddVertex and AddEdge. TypedGraph: KnowledgeGraph.AddNode for every node, then the typed edge constructors and AddEdge(edge, []) (no evidence). TypedGraphWithEvidence: the generated Add* helpers, one evidence item per edge.")]
public class GraphBuildBenchmarks
{
    private SyntheticGraph withEvidence = null!;
    private SyntheticGraph withoutEvidence = null!;

    [Params(Sizes.Small, Sizes.Medium, Sizes.Large)]
    public int Size { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        withEvidence = SyntheticGraph.Generate(Size, withEvidence: true);
        withoutEvidence = withEvidence.WithoutEvidence();
    }

    [Benchmark(Baseline = true)]
    public long RawQuikGraph()
    {
        var graph = RawGraphBuilder.Build(withoutEvidence);
        return graph.VertexCount + graph.EdgeCount;
    }

    [Benchmark]
    public long TypedGraph()
    {
        var graph = TypedGraphBuilder.Build(withoutEvidence);
        return graph.NodeCount + graph.EdgeCount;
    }

    [Benchmark]
    public long TypedGraphWithEvidence()
    {
        var graph = TypedGraphBuilder.Build(withEvidence);
        return graph.NodeCount + graph.EdgeCount;
    }
}
