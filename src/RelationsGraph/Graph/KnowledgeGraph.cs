using QuikGraph;

namespace RelationsGraph;

/// <summary>
/// A typed knowledge graph over QuikGraph's <see cref="BidirectionalGraph{TVertex, TEdge}"/>: nodes are
/// identified by id and edges by (source, kind, target), and adding what the graph has already merges
/// it (aliases, properties and evidence are united) instead of duplicating it.
/// </summary>
/// <remarks>
/// <para>
/// The graph owns copies of what is added: <see cref="AddNode{TNode}"/> and <see cref="AddEdge{TEdge}(TEdge, Evidence)"/>
/// return the graph's own instance, which later merges may enrich. Read the typed helpers generated from the
/// ontology (<c>graph.AddCites(...)</c>, <c>treaty.CitedBy(graph)</c>) for the common cases.
/// </para>
/// <para>
/// The result of a merge does not depend on the order of the additions: conflicting property values keep the
/// smaller one and are listed in <see cref="Conflicts"/>. The graph is not safe for concurrent writes;
/// concurrent reads are safe once writing has stopped.
/// </para>
/// </remarks>
public sealed class KnowledgeGraph
{
    private readonly NodeIndexedGraph graph;
    private readonly Dictionary<string, Node> nodes = new(StringComparer.Ordinal);
    private readonly EdgeIndex edges;
    private readonly Dictionary<Type, KnownEdgeKind> edgeKindsByType = [];
    private readonly Dictionary<string, KnownEdgeKind> edgeKindsByName = new(StringComparer.Ordinal);
    private readonly List<MergeConflict> conflicts = [];
    private readonly MergeContext mergeContext;
    private KnownEdgeKind? lastKind;
    private IndexedGraph? indexed;

    /// <summary>An empty graph that accepts the kinds of <paramref name="ontology"/> (the built-in ones by default).</summary>
    public KnowledgeGraph(Ontology? ontology = null)
    {
        Ontology = ontology ?? Ontology.BuiltIn;
        mergeContext = new MergeContext(conflicts);
        graph = new NodeIndexedGraph(this);
        edges = new EdgeIndex(graph, KindOf);
    }

    /// <summary>The kinds this graph accepts.</summary>
    public Ontology Ontology { get; }

    /// <summary>The QuikGraph view, for running QuikGraph's algorithms directly.</summary>
    /// <remarks>
    /// A read-only view that finds a node's edges by the node's number in the graph rather than by hashing it;
    /// it also finds them for an equal node built elsewhere (same kind and id), by id.
    /// </remarks>
    public IBidirectionalGraph<Node, Edge> Graph => graph;

    /// <summary>
    /// The QuikGraph view whose vertices are the nodes' numbers: QuikGraph's algorithms run on it as on a graph of
    /// integers, and <see cref="IndexedGraph.NodeAt"/> and <see cref="IndexedEdge.Edge"/> lead back to the typed graph.
    /// </summary>
    public IndexedGraph Indexed => indexed ??= new IndexedGraph(graph);

    /// <summary>How many nodes the graph holds.</summary>
    public int NodeCount => nodes.Count;

    /// <summary>How many edges the graph holds.</summary>
    public int EdgeCount => graph.EdgeCount;

    /// <summary>Every node, in the order they were first added.</summary>
    public IEnumerable<Node> Nodes => graph.Vertices;

    /// <summary>Every edge, in the order they were first added.</summary>
    public IEnumerable<Edge> Edges => graph.Edges;

    /// <summary>
    /// Property values that merges had to choose between, sorted: for each property of a node or edge that was given
    /// different values, one conflict per dropped value, each naming the value the graph kept.
    /// </summary>
    /// <remarks>
    /// The list does not depend on the order of the additions or merges: three values <c>a &lt; b &lt; c</c> give
    /// (a, b) and (a, c) whichever came first, and a merged graph brings its own conflicts along.
    /// </remarks>
    public IReadOnlyList<MergeConflict> Conflicts => MergeContext.Report(conflicts);

    /// <summary>
    /// Adds <paramref name="node"/>, or merges it into the node with its id: the longer name stays the name (of two
    /// equally long, the one that sorts first) and the other becomes an alias; aliases and properties are united.
    /// </summary>
    /// <returns>The graph's node with that id.</returns>
    /// <exception cref="ArgumentException">The node's kind is not in the ontology, its id lacks its kind's prefix, or another kind has the id.</exception>
    public TNode AddNode<TNode>(TNode node)
        where TNode : Node
    {
        ArgumentNullException.ThrowIfNull(node);
        // The graph's own instance: a record copy of it (node with { ... }) is owned by no graph, and is merged below.
        if (graph.Owns(node))
        {
            return node;
        }

        if (nodes.TryGetValue(node.Id, out var existing))
        {
            if (existing.GetType() != node.GetType())
            {
                throw new ArgumentException($"The graph's node {node.Id} is a {existing.Kind}, not a {node.Kind}.", nameof(node));
            }

            // The graph's own node needs no merging into itself (typed helpers and bulk builders pass it back).
            if (!ReferenceEquals(existing, node))
            {
                existing.MergeFrom(node, mergeContext);
            }

            return (TNode)existing;
        }

        CheckId(node);
        var copy = node.Copy();
        if (!NormalizedCheck.IsNormalized(node))
        {
            // Merging a node into its own copy sorts and dedupes its lists; a node whose lists already are needs none.
            copy.MergeFrom(node, mergeContext);
        }

        copy.Owner = this;
        nodes.Add(copy.Id, copy);
        graph.AddVertex(copy);
        return (TNode)copy;
    }

    /// <summary>
    /// Adds <paramref name="node"/>, which the caller built and nothing else refers to, as the graph's own instance
    /// without copying it, and gives the graph's node; null, having changed nothing, when the graph has a node with its
    /// id. The graph JSON reader adds every node this way: a copy per node was garbage the moment it was made.
    /// </summary>
    /// <exception cref="ArgumentException">The node's kind is not in the ontology, or its id lacks its kind's prefix.</exception>
    internal Node? TryAdoptNewNode(Node node)
    {
        if (node.Owner is not null || !NormalizedCheck.IsNormalized(node))
        {
            // Another graph's node, or lists to sort and dedupe into a copy: AddNode's way.
            return nodes.ContainsKey(node.Id) ? null : AddNode(node);
        }

        CheckId(node);
        if (!nodes.TryAdd(node.Id, node))
        {
            return null;
        }

        node.Owner = this;
        graph.AddVertex(node);
        return node;
    }

    /// <summary>Fails unless <paramref name="node"/>'s kind is in the ontology and its id starts with the kind's prefix and a colon, and goes on.</summary>
    private void CheckId(Node node)
    {
        var prefix = Ontology.Describe(node).IdPrefix;
        if (!node.Id.StartsWith(prefix, StringComparison.Ordinal) || node.Id.Length <= prefix.Length + 1 || node.Id[prefix.Length] != ':')
        {
            throw new ArgumentException($"The id '{node.Id}' of a {node.Kind} must start with '{prefix}:'.", nameof(node));
        }
    }

    /// <summary>Adds <paramref name="edge"/> (and its ends) with <paramref name="evidence"/>, or adds the evidence to the edge with its key.</summary>
    /// <returns>The graph's edge with that key.</returns>
    /// <exception cref="ArgumentException">An end is a node the graph holds under another kind, or the edge's kind is not in the ontology.</exception>
    public TEdge AddEdge<TEdge>(TEdge edge, Evidence evidence)
        where TEdge : Edge
    {
        ArgumentNullException.ThrowIfNull(edge);
        ArgumentNullException.ThrowIfNull(evidence);
        var own = AddEdge(edge, Own(edge.Source), Own(edge.Target));
        own.Evidence.Add(evidence);
        return own;
    }

    /// <summary>Adds <paramref name="edge"/> (and its ends) with every item of <paramref name="evidence"/> and the edge's own.</summary>
    /// <returns>The graph's edge with that key.</returns>
    /// <exception cref="ArgumentException">An end is a node the graph holds under another kind, or the edge's kind is not in the ontology.</exception>
    public TEdge AddEdge<TEdge>(TEdge edge, IEnumerable<Evidence> evidence)
        where TEdge : Edge
    {
        ArgumentNullException.ThrowIfNull(edge);
        ArgumentNullException.ThrowIfNull(evidence);
        var own = AddEdge(edge, Own(edge.Source), Own(edge.Target));
        if (evidence is not ICollection<Evidence> { Count: 0 })
        {
            own.Evidence.UnionWith(evidence);
        }

        return own;
    }

    /// <summary>The graph's node for an edge's end: the end itself when the graph owns it, otherwise added or merged.</summary>
    private Node Own(Node end) => graph.Owns(end) ? end : AddNode(end);

    /// <summary>Adds <paramref name="edge"/> between the graph's own <paramref name="source"/> and <paramref name="target"/>, or merges it into the edge with its key.</summary>
    private TEdge AddEdge<TEdge>(TEdge edge, Node source, Node target)
        where TEdge : Edge
    {
        var own = FindOrAdopt(edge, source, target, out var existed);
        if (existed)
        {
            own.MergeFrom(edge, mergeContext);
        }

        return (TEdge)own;
    }

    /// <summary>
    /// Adds <paramref name="edge"/>, a new edge between nodes the graph owns, unless the graph has an edge with its key:
    /// one lookup instead of <see cref="TryGetEdge"/> and then <c>AddEdge</c>. False, changing nothing, when it has.
    /// </summary>
    internal bool TryAddNewEdge(Edge edge)
    {
        // Ends the graph does not own would be merged into its nodes by Own; look the key up first so that a
        // duplicate changes nothing.
        if ((!graph.Owns(edge.Source) || !graph.Owns(edge.Target)) && TryGetEdge(edge.Key, out _))
        {
            return false;
        }

        FindOrAdopt(edge, Own(edge.Source), Own(edge.Target), out var existed);
        return !existed;
    }

    /// <summary>
    /// The graph's edge with <paramref name="edge"/>'s key between <paramref name="source"/> and <paramref name="target"/>
    /// (<paramref name="existed"/>), or <paramref name="edge"/> itself, adopted, when there is none: a new edge is taken
    /// as it is, one that another graph owns is copied, so that graph stays as it was.
    /// </summary>
    private Edge FindOrAdopt(Edge edge, Node source, Node target, out bool existed)
    {
        var kind = KindOf(edge);
        var found = edges.Find(source, kind, target);
        existed = found is not null;
        if (found is not null)
        {
            return found;
        }

        var copy = edge.Owner is null ? edge : edge.Copy();
        copy.Owner = this;
        copy.Source = source;
        copy.Target = target;
        edges.Add(copy, kind);
        kind.Added(copy);
        return copy;
    }

    /// <summary>The graph's record of <paramref name="edge"/>'s kind, checked against the ontology the first time the kind is seen.</summary>
    private KnownEdgeKind KindOf(Edge edge)
    {
        var type = edge.GetType();
        // Edges mostly come in runs of one kind: the kind met last needs no lookup.
        if (lastKind is { } last && last.Type == type)
        {
            return last;
        }

        if (!edgeKindsByType.TryGetValue(type, out var kind))
        {
            var descriptor = Ontology.Describe(edge);
            kind = new KnownEdgeKind(type, edgeKindsByType.Count);
            edgeKindsByType.Add(type, kind);
            edgeKindsByName.Add(descriptor.Name, kind);
        }

        lastKind = kind;
        return kind;
    }

    /// <summary>
    /// Makes room for <paramref name="nodes"/> nodes and <paramref name="edges"/> edges in all (totals, not additions), so
    /// that a graph whose size is known, or can be bounded, is built without regrowing its tables.
    /// </summary>
    /// <remarks>
    /// Changes nothing the graph holds, only the room it has; a count at or below what there is room for already does
    /// nothing. When the graph grows its room it at least doubles it, so calling this before each of many small
    /// additions costs no more than letting the graph grow by itself. The index that finds an edge by its key gets
    /// room for every edge too: it holds the out-edges of nodes with many of them (see <c>EdgeIndex</c>), which in a
    /// merged graph of articles are most edges (each article mentions dozens of nodes), and growing it table by table
    /// allocates tables large enough for the large-object heap, whose growth triggers full collections.
    /// </remarks>
    /// <param name="nodes">How many nodes the graph will hold.</param>
    /// <param name="edges">How many edges the graph will hold.</param>
    /// <exception cref="ArgumentOutOfRangeException">A count is negative.</exception>
    public void EnsureCapacity(int nodes, int edges)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(nodes);
        ArgumentOutOfRangeException.ThrowIfNegative(edges);
        var room = this.nodes.EnsureCapacity(0);
        if (nodes > room)
        {
            this.nodes.EnsureCapacity(Math.Max(nodes, (int)Math.Min(Array.MaxLength, 2L * room)));
        }

        graph.EnsureCapacity(nodes, edges);
        this.edges.EnsureCapacity(edges);
    }

    /// <summary>The room the graph has: how many nodes its node table and edges its edge list hold before they grow.</summary>
    internal (int Nodes, int Edges) Capacity => (Math.Min(nodes.EnsureCapacity(0), graph.Capacity.Nodes), graph.Capacity.Edges);

    /// <summary>Merges every node and edge of <paramref name="other"/> into this graph; <paramref name="other"/> is not changed.</summary>
    /// <exception cref="ArgumentException">The graphs hold one id under two kinds.</exception>
    public void Merge(KnowledgeGraph other)
    {
        ArgumentNullException.ThrowIfNull(other);
        if (ReferenceEquals(other, this))
        {
            return;
        }

        // At most every node and edge of the other graph is new: room for them all up front saves regrowing tables.
        EnsureCapacity((int)Math.Min(Array.MaxLength, (long)NodeCount + other.NodeCount), (int)Math.Min(Array.MaxLength, (long)EdgeCount + other.EdgeCount));

        // The other graph's nodes are numbered densely, so this graph's node for each is one array away.
        var own = new Node[other.NodeCount];
        foreach (var node in other.graph.Vertices)
        {
            own[node.Index] = AddNode(node);
        }

        foreach (var edge in other.graph.Edges)
        {
            AddEdge(edge, own[edge.Source.Index], own[edge.Target.Index]);
        }

        // What the other graph had to choose between is part of what it brings.
        conflicts.AddRange(other.conflicts);
    }

    /// <summary>
    /// An empty <see cref="NodeDictionary{TValue}"/> over this graph's nodes: per-node state for QuikGraph's algorithms,
    /// kept in arrays indexed by the nodes' numbers instead of a dictionary that hashes every node it meets.
    /// </summary>
    /// <typeparam name="TValue">The value kept per node (a <c>GraphColor</c>, a distance, a predecessor edge).</typeparam>
    public NodeDictionary<TValue> CreateNodeDictionary<TValue>() => new(this);

    /// <summary>The graph's number for <paramref name="node"/> (or the node equal to it), -1 when it has none.</summary>
    internal int IndexOf(Node node) => graph.IndexOf(node);

    /// <summary>The node numbered <paramref name="index"/>.</summary>
    internal Node NodeAt(int index) => graph.NodeAt(index);

    /// <summary>The out-edges of the node numbered <paramref name="index"/>, in the order they were added.</summary>
    internal ReadOnlySpan<IndexedEdge> OutEdgesAt(int index) => graph.Out(index);

    /// <summary>The node whose id is <paramref name="id"/>, or null.</summary>
    internal Node? FindNode(ReadOnlySpan<char> id) =>
        nodes.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(id, out var node) ? node : null;

    /// <summary>The node with <paramref name="id"/>, if the graph has it.</summary>
    public bool TryGetNode(string id, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out Node? node) => nodes.TryGetValue(id, out node);

    /// <summary>The node with <paramref name="id"/> if it is a <typeparamref name="TNode"/>, otherwise null.</summary>
    public TNode? GetNode<TNode>(string id)
        where TNode : Node => nodes.TryGetValue(id, out var node) ? node as TNode : null;

    /// <summary>The edge with <paramref name="key"/>, if the graph has it.</summary>
    public bool TryGetEdge(EdgeKey key, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out Edge? edge)
    {
        edge = null;
        return key.From is not null && key.Kind is not null && key.To is not null
            && nodes.TryGetValue(key.From, out var source) && nodes.TryGetValue(key.To, out var target)
            && edgeKindsByName.TryGetValue(key.Kind, out var kind)
            && (edge = edges.Find(source, kind, target)) is not null;
    }

    /// <summary>The nodes of kind <typeparamref name="TNode"/> (derived kinds included), in the order they were added.</summary>
    public IEnumerable<TNode> NodesOf<TNode>()
        where TNode : Node => graph.Vertices.OfType<TNode>();

    /// <summary>The edges of kind <typeparamref name="TEdge"/>, in the order they were added.</summary>
    public IEnumerable<TEdge> EdgesOf<TEdge>()
        where TEdge : Edge => edgeKindsByType.TryGetValue(typeof(TEdge), out var kind) ? kind.EdgesAmong(graph.EdgesInOrder).Cast<TEdge>() : [];

    /// <summary>The edges of kind <typeparamref name="TEdge"/> that leave <paramref name="node"/>.</summary>
    public IEnumerable<TEdge> OutEdges<TEdge>(Node node)
        where TEdge : Edge
    {
        ArgumentNullException.ThrowIfNull(node);
        return graph.TryGetOutEdges(node, out var found) ? found.OfType<TEdge>() : [];
    }

    /// <summary>The edges of kind <typeparamref name="TEdge"/> that enter <paramref name="node"/>.</summary>
    public IEnumerable<TEdge> InEdges<TEdge>(Node node)
        where TEdge : Edge
    {
        ArgumentNullException.ThrowIfNull(node);
        return graph.TryGetInEdges(node, out var found) ? found.OfType<TEdge>() : [];
    }
}
