using System.Globalization;
using System.Runtime.CompilerServices;
using QuikGraph;
using RelationsGraph.Benchmarks.Graphs;

namespace RelationsGraph.Benchmarks.Harness;

/// <summary>
/// Measures bytes per node and per edge on a whole graph: <see cref="GC.GetTotalMemory(bool)"/> after a full collection
/// before and after adding the nodes, then the edges, with the input (node records, evidence items) already built
/// and kept alive, so that the difference is what the graph itself holds; and
/// <see cref="GC.GetAllocatedBytesForCurrentThread"/> for what adding allocates, garbage included.
/// </summary>
public static class MemoryProbe
{
    public static MemoryFigures Measure(int size)
    {
        var withEvidence = SyntheticGraph.Generate(size, withEvidence: true);
        var withoutEvidence = withEvidence.WithoutEvidence();
        var (rawPerVertex, rawPerEdge) = MeasureRaw(withoutEvidence);
        var plain = MeasureTyped(withoutEvidence);
        var evidence = MeasureTyped(withEvidence);
        return new MemoryFigures(
            size, withEvidence.Edges.Count, rawPerVertex, rawPerEdge,
            plain.PerNode, plain.PerEdge, evidence.PerEdge, plain.AllocatedPerNode, plain.AllocatedPerEdge, evidence.AllocatedPerEdge,
            MeasureWhole(size));
    }

    /// <summary>The figures as a markdown table.</summary>
    public static IEnumerable<string> ToMarkdown(IEnumerable<MemoryFigures> figures)
    {
        yield return "| nodes | edges | raw QuikGraph B/vertex | raw QuikGraph B/edge | KnowledgeGraph B/node | KnowledgeGraph B/edge, no evidence | KnowledgeGraph B/edge, 1 evidence item | allocated B/AddNode | allocated B/edge, no evidence | allocated B/edge, 1 evidence item | whole graph with evidence, MB |";
        yield return "| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |";
        foreach (var f in figures.OrderBy(f => f.Size))
        {
            yield return string.Create(CultureInfo.InvariantCulture,
                $"| {f.Size:N0} | {f.Edges:N0} | {f.RawPerVertex:N0} | {f.RawPerEdge:N0} | {f.TypedPerNode:N0} | {f.TypedPerEdge:N0} | {f.TypedPerEdgeWithEvidence:N0} | {f.AllocatedPerNode:N0} | {f.AllocatedPerEdge:N0} | {f.AllocatedPerEdgeWithEvidence:N0} | {f.WholeGraphBytes / 1e6:N1} |");
        }
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static (double PerVertex, double PerEdge) MeasureRaw(SyntheticGraph source)
    {
        var before = Retained();
        var graph = new BidirectionalGraph<int, SEdge<int>>(allowParallelEdges: true);
        RawGraphBuilder.AddVertices(graph, source);
        var vertices = Retained();
        RawGraphBuilder.AddEdges(graph, source);
        var edges = Retained();
        GC.KeepAlive(graph);
        return ((double)(vertices - before) / source.Nodes.Count, (double)(edges - vertices) / source.Edges.Count);
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static (double PerNode, double PerEdge, double AllocatedPerNode, double AllocatedPerEdge) MeasureTyped(SyntheticGraph source)
    {
        var nodes = new Node[source.Nodes.Count];
        var before = Retained();
        var allocatedBefore = GC.GetAllocatedBytesForCurrentThread();
        var graph = new KnowledgeGraph();
        TypedGraphBuilder.AddNodes(graph, source, nodes);
        var allocatedNodes = GC.GetAllocatedBytesForCurrentThread();
        var retainedNodes = Retained();
        var allocatedBeforeEdges = GC.GetAllocatedBytesForCurrentThread();
        TypedGraphBuilder.AddEdges(graph, source, nodes);
        var allocatedEdges = GC.GetAllocatedBytesForCurrentThread();
        var retainedEdges = Retained();
        GC.KeepAlive(graph);
        GC.KeepAlive(nodes);
        double n = source.Nodes.Count, e = source.Edges.Count;
        return ((retainedNodes - before) / n, (retainedEdges - retainedNodes) / e, (allocatedNodes - allocatedBefore) / n, (allocatedEdges - allocatedBeforeEdges) / e);
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static long MeasureWhole(int size)
    {
        var before = Retained();
        var graph = BuildAndDropInput(size);
        var after = Retained();
        GC.KeepAlive(graph);
        return after - before;
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static KnowledgeGraph BuildAndDropInput(int size) => TypedGraphBuilder.Build(SyntheticGraph.Generate(size, withEvidence: true));

    private static long Retained()
    {
        GC.Collect(GC.MaxGeneration, GCCollectionMode.Forced, blocking: true, compacting: true);
        GC.WaitForPendingFinalizers();
        return GC.GetTotalMemory(forceFullCollection: true);
    }
}
