using QuikGraph;

namespace RelationsGraph;

/// <summary>
/// An edge of an <see cref="IndexedGraph"/>: the numbers of its two nodes, and the typed <see cref="RelationsGraph.Edge"/>
/// it stands for.
/// </summary>
/// <remarks>
/// A value that QuikGraph's algorithms read without touching the typed edge or its nodes: <see cref="Source"/> and
/// <see cref="Target"/> are stored in it. Two values are equal when they stand for the same edge object between the
/// same numbers.
/// </remarks>
public readonly struct IndexedEdge : IEdge<int>, IEquatable<IndexedEdge>
{
    /// <summary>An edge from the node numbered <paramref name="source"/> to the node numbered <paramref name="target"/>.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="edge"/> is null.</exception>
    public IndexedEdge(int source, int target, Edge edge)
    {
        ArgumentNullException.ThrowIfNull(edge);
        Source = source;
        Target = target;
        Edge = edge;
    }

    /// <summary>The number of the node the edge leaves.</summary>
    public int Source { get; }

    /// <summary>The number of the node the edge enters.</summary>
    public int Target { get; }

    /// <summary>The typed edge, with its kind, properties and evidence.</summary>
    public Edge Edge { get; }

    /// <summary>True when both stand for the same edge object between the same numbers.</summary>
    public bool Equals(IndexedEdge other) => Source == other.Source && Target == other.Target && ReferenceEquals(Edge, other.Edge);

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is IndexedEdge other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() =>
        HashCode.Combine(Source, Target, Edge is null ? 0 : System.Runtime.CompilerServices.RuntimeHelpers.GetHashCode(Edge));

    /// <summary>The numbers and the kind, as <c>3 -LeaderOf-&gt; 7</c>.</summary>
    public override string ToString() => $"{Source} -{Edge?.Kind}-> {Target}";

    /// <summary>True when both stand for the same edge object between the same numbers.</summary>
    public static bool operator ==(IndexedEdge left, IndexedEdge right) => left.Equals(right);

    /// <summary>False when both stand for the same edge object between the same numbers.</summary>
    public static bool operator !=(IndexedEdge left, IndexedEdge right) => !left.Equals(right);
}
