using System.Diagnostics.CodeAnalysis;
using QuikGraph;

namespace RelationsGraph;

/// <summary>
/// The QuikGraph view of a <see cref="KnowledgeGraph"/> whose vertices are its nodes' numbers, 0 to
/// <see cref="VertexCount"/> - 1: QuikGraph's algorithms run on it at the speed of a graph of integers, and
/// <see cref="NodeAt"/> and <see cref="IndexedEdge.Edge"/> lead back to the typed nodes and edges.
/// </summary>
/// <remarks>
/// <para>
/// QuikGraph's algorithms keep per-vertex state in dictionaries keyed by vertex. Over
/// <see cref="KnowledgeGraph.Graph"/> every lookup hashes a <see cref="Node"/> reached through its edge; over this
/// view the keys are integers stored in the edges themselves (the graph keeps each edge's ends' numbers beside it), so
/// walking a node's edges loads neither the edge objects nor their nodes.
/// </para>
/// <para>
/// A live, read-only view (<see cref="KnowledgeGraph.Indexed"/>): nodes and edges the graph adds show in it. A node's
/// number is fixed when the graph adds it, and the graph never removes one.
/// </para>
/// </remarks>
public sealed class IndexedGraph : IBidirectionalGraph<int, IndexedEdge>
{
    private readonly NodeIndexedGraph view;

    /// <summary>The view of <paramref name="view"/>'s nodes and edges by number.</summary>
    internal IndexedGraph(NodeIndexedGraph view) => this.view = view;

    /// <inheritdoc />
    public bool IsDirected => true;

    /// <inheritdoc />
    /// <remarks>Edges of different kinds may join the same two nodes.</remarks>
    public bool AllowParallelEdges => true;

    /// <inheritdoc />
    public bool IsVerticesEmpty => view.VertexCount == 0;

    /// <inheritdoc />
    public int VertexCount => view.VertexCount;

    /// <inheritdoc />
    /// <remarks>0 to <see cref="VertexCount"/> - 1.</remarks>
    public IEnumerable<int> Vertices => Enumerable.Range(0, view.VertexCount);

    /// <inheritdoc />
    public bool IsEdgesEmpty => view.EdgeCount == 0;

    /// <inheritdoc />
    public int EdgeCount => view.EdgeCount;

    /// <inheritdoc />
    /// <remarks>In the order the graph added them.</remarks>
    public IEnumerable<IndexedEdge> Edges => view.Edges.Select(edge => new IndexedEdge(edge.Source.Index, edge.Target.Index, edge));

    /// <summary>The node numbered <paramref name="vertex"/>.</summary>
    /// <exception cref="VertexNotFoundException">No node has that number.</exception>
    public Node NodeAt(int vertex) => view.NodeAt(Require(vertex));

    /// <summary>The number of <paramref name="node"/>, or of the snapshot's node equal to it; -1 when it has none.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="node"/> is null.</exception>
    public int IndexOf(Node node) => view.IndexOf(node);

    /// <inheritdoc />
    public bool ContainsVertex(int vertex) => (uint)vertex < (uint)view.VertexCount;

    /// <inheritdoc />
    public bool ContainsEdge(IndexedEdge edge) =>
        ContainsVertex(edge.Source) && view.Out(edge.Source).Contains(edge);

    /// <inheritdoc />
    public bool ContainsEdge(int source, int target) => TryGetEdge(source, target, out _);

    /// <inheritdoc />
    /// <remarks>The first such edge in the order the graph added them.</remarks>
    public bool TryGetEdge(int source, int target, out IndexedEdge edge)
    {
        if (ContainsVertex(source))
        {
            foreach (var candidate in view.Out(source))
            {
                if (candidate.Target == target)
                {
                    edge = candidate;
                    return true;
                }
            }
        }

        edge = default;
        return false;
    }

    /// <inheritdoc />
    public bool TryGetEdges(int source, int target, [NotNullWhen(true)] out IEnumerable<IndexedEdge>? edges)
    {
        if (!ContainsVertex(source))
        {
            edges = null;
            return false;
        }

        var found = new List<IndexedEdge>();
        foreach (var candidate in view.Out(source))
        {
            if (candidate.Target == target)
            {
                found.Add(candidate);
            }
        }

        edges = found;
        return true;
    }

    /// <inheritdoc />
    public bool IsOutEdgesEmpty(int vertex) => OutDegree(vertex) == 0;

    /// <inheritdoc />
    public int OutDegree(int vertex) => view.Out(Require(vertex)).Length;

    /// <inheritdoc />
    public IEnumerable<IndexedEdge> OutEdges(int vertex) => view.OutList(Require(vertex));

    /// <inheritdoc />
    public bool TryGetOutEdges(int vertex, [NotNullWhen(true)] out IEnumerable<IndexedEdge>? edges)
    {
        edges = ContainsVertex(vertex) ? view.OutList(vertex) : null;
        return edges is not null;
    }

    /// <inheritdoc />
    public IndexedEdge OutEdge(int vertex, int index) => view.OutList(Require(vertex))[index];

    /// <inheritdoc />
    public bool IsInEdgesEmpty(int vertex) => InDegree(vertex) == 0;

    /// <inheritdoc />
    public int InDegree(int vertex) => view.In(Require(vertex)).Length;

    /// <inheritdoc />
    public IEnumerable<IndexedEdge> InEdges(int vertex) => view.InList(Require(vertex));

    /// <inheritdoc />
    public bool TryGetInEdges(int vertex, [NotNullWhen(true)] out IEnumerable<IndexedEdge>? edges)
    {
        edges = ContainsVertex(vertex) ? view.InList(vertex) : null;
        return edges is not null;
    }

    /// <inheritdoc />
    public IndexedEdge InEdge(int vertex, int index) => view.InList(Require(vertex))[index];

    /// <inheritdoc />
    public int Degree(int vertex) => OutDegree(vertex) + InDegree(vertex);

    /// <summary>The out-edges of the node numbered <paramref name="vertex"/>, in the order the graph added them, without an enumerable object.</summary>
    /// <exception cref="VertexNotFoundException">No node has that number.</exception>
    public ReadOnlySpan<IndexedEdge> OutEdgeSpan(int vertex) => view.Out(Require(vertex));

    /// <summary>The in-edges of the node numbered <paramref name="vertex"/>, in the order the graph added them, without an enumerable object.</summary>
    /// <exception cref="VertexNotFoundException">No node has that number.</exception>
    public ReadOnlySpan<IndexedEdge> InEdgeSpan(int vertex) => view.In(Require(vertex));

    private int Require(int vertex) =>
        ContainsVertex(vertex) ? vertex : throw new VertexNotFoundException($"The graph has no node numbered {vertex}; its nodes are numbered 0 to {view.VertexCount - 1}.");
}
