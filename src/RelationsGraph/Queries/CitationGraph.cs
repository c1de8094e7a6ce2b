namespace RelationsGraph.Queries;

/// <summary>
/// The citations of a <see cref="KnowledgeGraph"/> as <see cref="CitationQuery"/> searches them: the nodes that cite or
/// are cited, numbered in the ordinal order of their ids, and the <see cref="Cites"/> edges in key order, with each
/// node's in-edges in one array slice.
/// </summary>
/// <remarks>
/// Numbering the nodes by id once lets every later step compare numbers instead of ids or <see cref="Node"/> objects:
/// the edges sort as pairs of numbers, and the searches keep their marks in arrays.
/// </remarks>
internal sealed class CitationGraph
{
    private readonly int[] sources;
    private readonly int[] targets;
    private readonly int[] inStart;
    private readonly int[] inEdges;

    private CitationGraph(Node[] nodes, Cites[] edges, int[] sources, int[] targets)
    {
        Nodes = nodes;
        Edges = edges;
        this.sources = sources;
        this.targets = targets;

        // Counting sort of the edges by target, stable, so that each node's in-edges stay in key order.
        inStart = new int[nodes.Length + 1];
        foreach (var target in targets)
        {
            inStart[target + 1]++;
        }

        for (var i = 0; i < nodes.Length; i++)
        {
            inStart[i + 1] += inStart[i];
        }

        inEdges = new int[edges.Length];
        var next = inStart[..^1];
        for (var edge = 0; edge < edges.Length; edge++)
        {
            inEdges[next[targets[edge]]++] = edge;
        }
    }

    /// <summary>The nodes, by number: in the ordinal order of their ids.</summary>
    public Node[] Nodes { get; }

    /// <summary>The citations, by number: in key order.</summary>
    public Cites[] Edges { get; }

    /// <summary>How many nodes cite or are cited.</summary>
    public int NodeCount => Nodes.Length;

    /// <summary>How many citations there are.</summary>
    public int EdgeCount => Edges.Length;

    /// <summary>The number of citation <paramref name="edge"/>'s citing node.</summary>
    public int SourceOf(int edge) => sources[edge];

    /// <summary>The number of citation <paramref name="edge"/>'s cited node.</summary>
    public int TargetOf(int edge) => targets[edge];

    /// <summary>The numbers of the citations of node <paramref name="node"/>, in key order (by the citing node's id).</summary>
    public ReadOnlySpan<int> InEdges(int node) => inEdges.AsSpan(inStart[node], inStart[node + 1] - inStart[node]);

    /// <summary>The citations of <paramref name="graph"/>.</summary>
    public static CitationGraph Of(KnowledgeGraph graph)
    {
        var cites = graph.EdgesOf<Cites>().ToArray();

        // Number the nodes the citations touch by their place in the graph first, then renumber them by id.
        var local = new int[graph.NodeCount];
        var touched = new List<Node>();
        foreach (var edge in cites)
        {
            Touch(edge.Source, local, touched);
            Touch(edge.Target, local, touched);
        }

        var ids = new string[touched.Count];
        var nodes = touched.ToArray();
        for (var i = 0; i < nodes.Length; i++)
        {
            ids[i] = nodes[i].Id;
        }

        Array.Sort(ids, nodes, StringComparer.Ordinal);
        for (var i = 0; i < nodes.Length; i++)
        {
            local[nodes[i].Index] = i;
        }

        // Key order is (source id, target id) for edges of one kind: the pair of ranks orders them the same way.
        var keys = new long[cites.Length];
        for (var i = 0; i < cites.Length; i++)
        {
            keys[i] = ((long)local[cites[i].Source.Index] << 32) | (uint)local[cites[i].Target.Index];
        }

        Array.Sort(keys, cites);
        var sources = new int[cites.Length];
        var targets = new int[cites.Length];
        for (var i = 0; i < cites.Length; i++)
        {
            sources[i] = (int)(keys[i] >> 32);
            targets[i] = (int)keys[i];
        }

        return new CitationGraph(nodes, cites, sources, targets);
    }

    private static void Touch(Node node, int[] local, List<Node> touched)
    {
        // local holds a node's number plus one while the nodes are being collected, so that 0 means "not yet".
        if (local[node.Index] == 0)
        {
            touched.Add(node);
            local[node.Index] = touched.Count;
        }
    }
}
