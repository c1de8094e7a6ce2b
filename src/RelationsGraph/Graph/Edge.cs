using System.Text.Json;
using QuikGraph;

namespace RelationsGraph;

/// <summary>
/// The root of every edge kind: a directed fact from <see cref="Source"/> to <see cref="Target"/>
/// with the <see cref="Evidence"/> that states it. The kinds (<see cref="Cites"/>, <see cref="LeaderOf"/>, …)
/// are generated from the ontology, with constructors that accept only the kinds the ontology allows.
/// </summary>
/// <remarks>
/// An edge is identified by (source id, kind, target id), its <see cref="Key"/>: the graph never holds two
/// edges with one key, it unites their evidence instead. An edge added to a graph belongs to it: the graph
/// points its ends at the graph's own nodes and adds evidence to it as more sources state the fact.
/// </remarks>
public abstract class Edge : IEdge<Node>
{
    private EvidenceSet? evidence;

    /// <summary>Creates an edge between two nodes.</summary>
    /// <exception cref="ArgumentNullException">An endpoint is null.</exception>
    protected Edge(Node source, Node target)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(target);
        Source = source;
        Target = target;
    }

    /// <summary>The node the edge leaves.</summary>
    public Node Source { get; internal set; }

    /// <summary>The node the edge enters.</summary>
    public Node Target { get; internal set; }

    /// <summary>The ontology kind's name (<c>Cites</c>).</summary>
    public abstract string Kind { get; }

    /// <summary>What states the fact, in a stable order.</summary>
    /// <remarks>Allocated on first use: many edges of a large graph are built without evidence.</remarks>
    public EvidenceSet Evidence => evidence ??= new EvidenceSet();

    /// <summary>The evidence items in order, without allocating a set for an edge that has none.</summary>
    internal ReadOnlySpan<Evidence> EvidenceItems => evidence is null ? [] : evidence.AsSpan();

    /// <summary>The edge's identity: source id, kind and target id.</summary>
    public EdgeKey Key => new(Source.Id, Kind, Target.Id);

    /// <summary>Hands every kind-specific property, with its JSON name, to <paramref name="visitor"/>.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="visitor"/> is null.</exception>
    public void Accept(IPropertyVisitor visitor)
    {
        ArgumentNullException.ThrowIfNull(visitor);
        VisitProperties(visitor);
    }

    /// <summary>The key, as <c>from -Kind-&gt; to</c>.</summary>
    public override string ToString() => Key.ToString();

    /// <summary>Merges the kind-specific properties of <paramref name="other"/>, an edge with this edge's key, into this one.</summary>
    protected abstract void MergeProperties(Edge other, MergeContext context);

    /// <summary>Writes the kind-specific properties that have values.</summary>
    protected abstract void WriteJsonProperties(Utf8JsonWriter writer);

    /// <summary>Hands every kind-specific property to <paramref name="visitor"/>.</summary>
    protected abstract void VisitProperties(IPropertyVisitor visitor);

    /// <summary>Merges <paramref name="other"/>'s properties and evidence into this edge.</summary>
    internal void MergeFrom(Edge other, MergeContext context)
    {
        context.Merging = this;
        MergeProperties(other, context);
        if (other.evidence is { Count: > 0 } more)
        {
            Evidence.UnionWith(more);
        }
    }

    /// <summary>The graph that owns this edge, if any; a new edge is adopted by the first graph it is added to.</summary>
    internal KnowledgeGraph? Owner { get; set; }

    /// <summary>A copy with its own evidence set, for another graph to own.</summary>
    internal Edge Copy()
    {
        var copy = (Edge)MemberwiseClone();
        copy.Owner = null;
        copy.evidence = null;
        if (evidence is { Count: > 0 })
        {
            // From a span, the new set's array is sized once to the items instead of doubling up to them.
            copy.Evidence.UnionWith(evidence.AsSpan());
        }

        return copy;
    }

    /// <summary>Writes the kind-specific properties (the graph JSON writer writes the rest).</summary>
    internal void WriteJson(Utf8JsonWriter writer) => WriteJsonProperties(writer);
}
