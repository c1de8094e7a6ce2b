using System.ComponentModel;
using BenchmarkDotNet.Attributes;
using QuikGraph;
using RelationsGraph.Benchmarks.Graphs;
using RelationsGraph.Queries;

namespace RelationsGraph.Benchmarks.Suites;

/// <summary>The citation query: <see cref="CitationQuery"/> on the typed graph against the same steps on raw QuikGraph.</summary>
/// <remarks>
/// The synthetic graph's citations form one weakly connected component (events cite documents of many chains); each
/// search touches only the part of it that cites its foundational document, so the time grows with the size, which
/// the nodes/s column shows staying flat.
/// </remarks>
[Description("The citation query over a prebuilt graph of Size nodes, whose Cites edges (~1.8 per 10 nodes: documents citing the previous one in chains of eight, events citing documents) form one weakly connected component, a tenth of the documents foundational. TypedGraph: new CitationQuery().Run(graph) on the KnowledgeGraph. Baseline RawQuikGraph: the same steps on node numbers: a BidirectionalGraph<int, SEdge<int>> of the Cites edges (kept as an edge list, as the typed graph keeps EdgesOf<Cites>()) in sorted order, one backward breadth-first search per foundational document over in-edges touching only what it reaches, each path walked, the pairs sorted. Each returns the pairs found plus the citations on their paths.")]
public class CitationQueryBenchmarks
{
    private KnowledgeGraph typed = null!;
    private SEdge<int>[] cites = [];
    private bool[] foundational = [];

    /// <summary>Nodes in the graph.</summary>
    [Params(Sizes.Small, Sizes.Medium, Sizes.Large)]
    public int Size { get; set; }

    /// <summary>The raw citations of the synthetic graph (the typed graph, slow to build at 100,000 nodes, is left out).</summary>
    [GlobalSetup(Target = nameof(RawQuikGraph))]
    public void SetupRaw()
    {
        var source = SyntheticGraph.Generate(Size, withEvidence: false);
        cites = RawCitationQuery.CitesOf(source);
        foundational = RawCitationQuery.FoundationalOf(source);
    }

    /// <summary>The typed graph of the same synthetic graph.</summary>
    [GlobalSetup(Target = nameof(TypedGraph))]
    public void SetupTyped() => typed = TypedGraphBuilder.Build(SyntheticGraph.Generate(Size, withEvidence: false));

    /// <summary>The query's steps on node numbers.</summary>
    [Benchmark(Baseline = true)]
    public long RawQuikGraph()
    {
        var citations = RawCitationQuery.Run(cites, foundational);
        return citations.Count + citations.Sum(c => (long)c.Depth);
    }

    /// <summary><see cref="CitationQuery.Run"/> on the typed graph.</summary>
    [Benchmark]
    public long TypedGraph()
    {
        var citations = new CitationQuery().Run(typed);
        return citations.Count + citations.Sum(c => (long)c.Depth);
    }
}
