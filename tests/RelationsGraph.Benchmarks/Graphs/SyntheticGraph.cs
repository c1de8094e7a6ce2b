using RelationsGraph.Benchmarks.Randomness;

namespace RelationsGraph.Benchmarks.Graphs;

/// <summary>
/// A deterministic synthetic knowledge graph of a given size with the built-in ontology's kind mix (see
/// <see cref="GraphLayout"/>), described as plain data so that the typed <see cref="KnowledgeGraph"/> and a raw
/// QuikGraph graph of the same shape can both be built from it (<see cref="TypedGraphBuilder"/>, <see cref="RawGraphBuilder"/>).
/// </summary>
public sealed class SyntheticGraph
{
    /// <summary>The seed the benchmarks use.</summary>
    public const ulong DefaultSeed = 19780812;

    private SyntheticGraph(GraphLayout layout, Node[] nodes, SyntheticEdges edges)
    {
        Layout = layout;
        Nodes = nodes;
        Edges = edges;
    }

    /// <summary>How many nodes of each kind, and where each kind starts.</summary>
    public GraphLayout Layout { get; }

    /// <summary>The nodes; a node's index is its vertex in the raw graph.</summary>
    public IReadOnlyList<Node> Nodes { get; }

    /// <summary>The edges, in the order the builders add them.</summary>
    public SyntheticEdges Edges { get; }

    /// <summary>True when every edge carries evidence.</summary>
    public bool HasEvidence => Edges.Evidence is not null;

    /// <summary>The same nodes and edges without evidence (the arrays are shared, not copied).</summary>
    public SyntheticGraph WithoutEvidence() => new(Layout, (Node[])Nodes, Edges with { Evidence = null });

    /// <summary>The graph with <paramref name="size"/> nodes for <paramref name="seed"/>, with or without evidence (the nodes and edges are the same either way).</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="size"/> is below <see cref="GraphLayout.MinimumSize"/>.</exception>
    public static SyntheticGraph Generate(int size, bool withEvidence = true, ulong seed = DefaultSeed)
    {
        var layout = new GraphLayout(size);
        var nodes = SyntheticNodes.Create(layout, new Pcg32(seed, 1));
        var edges = new EdgeGenerator(layout, nodes, new Pcg32(seed, 2), new Pcg32(seed, 3)).Generate();
        return new SyntheticGraph(layout, nodes, edges.ToEdges(withEvidence));
    }
}
