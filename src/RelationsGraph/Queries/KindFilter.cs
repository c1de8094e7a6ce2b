namespace RelationsGraph.Queries;

/// <summary>
/// A set of node or edge kinds named by a caller, checked against the ontology. A node kind
/// matches its own name and the names of the kinds it extends (a Treaty is a Document).
/// </summary>
internal sealed class KindFilter
{
    private readonly Ontology ontology;
    private readonly HashSet<string>? nodeKinds;
    private readonly HashSet<string>? edgeKinds;
    private readonly Dictionary<Type, bool> nodeMatches = [];

    private KindFilter(Ontology ontology, HashSet<string>? nodeKinds, HashSet<string>? edgeKinds)
    {
        this.ontology = ontology;
        this.nodeKinds = nodeKinds;
        this.edgeKinds = edgeKinds;
    }

    /// <summary>A filter of the named kinds; null or empty lists allow every kind.</summary>
    /// <exception cref="ArgumentException">A name is not a kind of <paramref name="ontology"/>.</exception>
    public static KindFilter Create(Ontology ontology, IEnumerable<string>? nodeKinds, IEnumerable<string>? edgeKinds)
    {
        var nodes = nodeKinds?.ToHashSet(StringComparer.Ordinal);
        foreach (var name in nodes ?? [])
        {
            if (!ontology.TryGetNodeKind(name, out _))
            {
                throw new ArgumentException(
                    $"'{name}' is not a node kind; the kinds are {string.Join(", ", ontology.NodeKinds.Select(k => k.Name))}.", nameof(nodeKinds));
            }
        }

        var edges = edgeKinds?.ToHashSet(StringComparer.Ordinal);
        foreach (var name in edges ?? [])
        {
            if (!ontology.TryGetEdgeKind(name, out _))
            {
                throw new ArgumentException(
                    $"'{name}' is not an edge kind; the kinds are {string.Join(", ", ontology.EdgeKinds.Select(k => k.Name))}.", nameof(edgeKinds));
            }
        }

        return new KindFilter(ontology, nodes is { Count: > 0 } ? nodes : null, edges is { Count: > 0 } ? edges : null);
    }

    /// <summary>True when <paramref name="node"/>'s kind, or a kind it extends, is in the set.</summary>
    public bool Allows(Node node)
    {
        if (nodeKinds is null)
        {
            return true;
        }

        var type = node.GetType();
        if (!nodeMatches.TryGetValue(type, out var allowed))
        {
            allowed = false;
            for (NodeKindDescriptor? kind = ontology.Describe(node); kind is not null;
                 kind = kind.BaseKind is { } baseName && ontology.TryGetNodeKind(baseName, out var baseKind) ? baseKind : null)
            {
                if (nodeKinds.Contains(kind.Name))
                {
                    allowed = true;
                    break;
                }
            }

            nodeMatches[type] = allowed;
        }

        return allowed;
    }

    /// <summary>True when <paramref name="edge"/>'s kind is in the set.</summary>
    public bool Allows(Edge edge) => edgeKinds is null || edgeKinds.Contains(edge.Kind);
}
