using System.Collections.ObjectModel;
using System.Diagnostics;
using System.Diagnostics.CodeAnalysis;
using QuikGraph;

namespace RelationsGraph;

/// <summary>
/// The QuikGraph view of a <see cref="KnowledgeGraph"/>: its nodes are numbered densely as they are added
/// (<see cref="Node.Index"/>), and each node's out- and in-edges are found by that number, so adding or walking
/// an edge hashes nothing.
/// </summary>
/// <remarks>
/// <para>
/// QuikGraph's own <see cref="BidirectionalGraph{TVertex, TEdge}"/> keeps two dictionaries keyed by vertex and
/// looks both ends up on every edge it adds or walks; for a <see cref="Node"/>, whose hash is its id's, that costs
/// several times what the same graph of <see cref="int"/> vertices does. Here a node the graph owns is its own
/// index, and a node built elsewhere that equals one of the graph's (same kind and id) is found by id.
/// </para>
/// <para>
/// Only the owning graph adds to it; everything a caller sees is read-only. Edges are identified by key
/// (<see cref="Edge.Key"/>), as in the rest of the library: <see cref="ContainsEdge(Edge)"/> asks whether the
/// graph holds an edge with that key.
/// </para>
/// </remarks>
internal sealed class NodeIndexedGraph : IBidirectionalGraph<Node, Edge>
{
    private readonly KnowledgeGraph owner;
    private readonly List<Node> vertices = [];
    private readonly ChunkedList<Edge> edges = new();
    private readonly ReadOnlyCollection<Node> verticesView;
    private readonly ReadOnlyCollection<Edge> edgesView;
    private readonly Adjacency outEdges = new();
    private readonly Adjacency inEdges = new();

    /// <summary>An empty view of <paramref name="owner"/>.</summary>
    public NodeIndexedGraph(KnowledgeGraph owner)
    {
        this.owner = owner;
        verticesView = vertices.AsReadOnly();
        edgesView = new ReadOnlyCollection<Edge>(edges);
    }

    /// <inheritdoc />
    public bool IsDirected => true;

    /// <inheritdoc />
    /// <remarks>Edges of different kinds may join the same two nodes.</remarks>
    public bool AllowParallelEdges => true;

    /// <inheritdoc />
    public bool IsVerticesEmpty => vertices.Count == 0;

    /// <inheritdoc />
    public int VertexCount => vertices.Count;

    /// <inheritdoc />
    public IEnumerable<Node> Vertices => verticesView;

    /// <inheritdoc />
    public bool IsEdgesEmpty => edges.Count == 0;

    /// <inheritdoc />
    public int EdgeCount => edges.Count;

    /// <inheritdoc />
    public IEnumerable<Edge> Edges => edgesView;

    /// <summary>The edges in the order they were added, for the owning graph.</summary>
    public IReadOnlyList<Edge> EdgesInOrder => edges;

    /// <summary>True when <paramref name="node"/> is the graph's own instance: its index needs no lookup.</summary>
    /// <remarks>
    /// Only the graph sets a node's owner, on its own copy, and a record copy of a node (<c>node with { ... }</c>) starts
    /// owned by no graph (see <see cref="Node"/>'s copy constructor), so the owner alone tells: no load of the node list.
    /// </remarks>
    public bool Owns(Node node)
    {
        var owned = ReferenceEquals(node.Owner, owner);
        Debug.Assert(!owned || ReferenceEquals(vertices[node.Index], node), "Only the graph's own instance of a node names it as owner.");
        return owned;
    }

    /// <summary>Numbers <paramref name="node"/>, which the owning graph has just taken as its own.</summary>
    public void AddVertex(Node node)
    {
        var index = vertices.Count;
        outEdges.EnsureNodes(index + 1);
        inEdges.EnsureNodes(index + 1);
        node.Index = index;
        vertices.Add(node);
    }

    /// <summary>Makes room for <paramref name="nodes"/> nodes and <paramref name="edges"/> edges in all, at least doubling what it grows.</summary>
    public void EnsureCapacity(int nodes, int edges)
    {
        Grow(vertices, nodes);
        this.edges.EnsureCapacity(edges);
        outEdges.EnsureNodes(nodes);
        inEdges.EnsureNodes(nodes);
    }

    /// <summary>How many nodes and edges the lists hold before they grow.</summary>
    public (int Nodes, int Edges) Capacity => (Math.Min(vertices.Capacity, outEdges.NodeCapacity), edges.Capacity);

    private static void Grow<T>(List<T> list, int count)
    {
        if (count > list.Capacity)
        {
            list.Capacity = Math.Max(count, (int)Math.Min(Array.MaxLength, 2L * list.Capacity));
        }
    }

    /// <summary>Adds <paramref name="edge"/>, whose ends are already the graph's own nodes.</summary>
    public void AddEdge(Edge edge)
    {
        edges.Append(edge);
        var link = new IndexedEdge(edge.Source.Index, edge.Target.Index, edge);
        outEdges.Add(link.Source, link);
        inEdges.Add(link.Target, link);
    }

    /// <inheritdoc />
    public bool ContainsVertex(Node vertex) => IndexOf(vertex) >= 0;

    /// <inheritdoc />
    public bool ContainsEdge(Edge edge)
    {
        ArgumentNullException.ThrowIfNull(edge);
        return owner.TryGetEdge(edge.Key, out _);
    }

    /// <inheritdoc />
    public bool ContainsEdge(Node source, Node target) => TryGetEdge(source, target, out _);

    /// <inheritdoc />
    public bool TryGetEdge(Node source, Node target, out Edge edge)
    {
        var from = IndexOf(source);
        var to = IndexOf(target);
        if (from >= 0 && to >= 0)
        {
            foreach (var candidate in Out(from))
            {
                if (candidate.Target == to)
                {
                    edge = candidate.Edge;
                    return true;
                }
            }
        }

        edge = null!;
        return false;
    }

    /// <inheritdoc />
    public bool TryGetEdges(Node source, Node target, [NotNullWhen(true)] out IEnumerable<Edge>? edges)
    {
        var from = IndexOf(source);
        if (from < 0)
        {
            edges = null;
            return false;
        }

        var to = IndexOf(target);
        var found = new List<Edge>();
        foreach (var candidate in Out(from))
        {
            if (candidate.Target == to)
            {
                found.Add(candidate.Edge);
            }
        }

        edges = found;
        return true;
    }

    /// <inheritdoc />
    public bool IsOutEdgesEmpty(Node vertex) => outEdges.Count(Require(vertex)) == 0;

    /// <inheritdoc />
    public int OutDegree(Node vertex) => outEdges.Count(Require(vertex));

    /// <inheritdoc />
    public IEnumerable<Edge> OutEdges(Node vertex) => new AdjacencyList<Edge, TypedEdges>(outEdges, Require(vertex));

    /// <inheritdoc />
    public bool TryGetOutEdges(Node vertex, [NotNullWhen(true)] out IEnumerable<Edge>? edges)
    {
        var index = IndexOf(vertex);
        edges = index >= 0 ? new AdjacencyList<Edge, TypedEdges>(outEdges, index) : null;
        return edges is not null;
    }

    /// <inheritdoc />
    public Edge OutEdge(Node vertex, int index) => new AdjacencyList<Edge, TypedEdges>(outEdges, Require(vertex))[index];

    /// <inheritdoc />
    public bool IsInEdgesEmpty(Node vertex) => inEdges.Count(Require(vertex)) == 0;

    /// <inheritdoc />
    public int InDegree(Node vertex) => inEdges.Count(Require(vertex));

    /// <inheritdoc />
    public IEnumerable<Edge> InEdges(Node vertex) => new AdjacencyList<Edge, TypedEdges>(inEdges, Require(vertex));

    /// <inheritdoc />
    public bool TryGetInEdges(Node vertex, [NotNullWhen(true)] out IEnumerable<Edge>? edges)
    {
        var index = IndexOf(vertex);
        edges = index >= 0 ? new AdjacencyList<Edge, TypedEdges>(inEdges, index) : null;
        return edges is not null;
    }

    /// <inheritdoc />
    public Edge InEdge(Node vertex, int index) => new AdjacencyList<Edge, TypedEdges>(inEdges, Require(vertex))[index];

    /// <inheritdoc />
    public int Degree(Node vertex)
    {
        var index = Require(vertex);
        return outEdges.Count(index) + inEdges.Count(index);
    }

    /// <summary>The out-edges of the node numbered <paramref name="index"/>, in the order they were added.</summary>
    public ReadOnlySpan<IndexedEdge> Out(int index) => outEdges.Of(index);

    /// <summary>The in-edges of the node numbered <paramref name="index"/>, in the order they were added.</summary>
    public ReadOnlySpan<IndexedEdge> In(int index) => inEdges.Of(index);

    /// <summary>The out-edges of the node numbered <paramref name="index"/> as QuikGraph enumerates them.</summary>
    public AdjacencyList<IndexedEdge, IndexedEdges> OutList(int index) => new(outEdges, index);

    /// <summary>The in-edges of the node numbered <paramref name="index"/> as QuikGraph enumerates them.</summary>
    public AdjacencyList<IndexedEdge, IndexedEdges> InList(int index) => new(inEdges, index);

    /// <summary>The node numbered <paramref name="index"/>.</summary>
    public Node NodeAt(int index) => vertices[index];

    /// <summary>The graph's number for <paramref name="node"/> or for the graph's node equal to it; -1 when it has none.</summary>
    public int IndexOf(Node node)
    {
        ArgumentNullException.ThrowIfNull(node);
        if (Owns(node))
        {
            return node.Index;
        }

        return owner.TryGetNode(node.Id, out var own) && own.Equals(node) ? own.Index : -1;
    }

    private int Require(Node vertex)
    {
        var index = IndexOf(vertex);
        return index >= 0 ? index : throw new VertexNotFoundException($"The graph has no node {vertex.Id} of kind {vertex.Kind}.");
    }
}
