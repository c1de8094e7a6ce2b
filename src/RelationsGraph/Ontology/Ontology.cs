using System.Collections.Frozen;

namespace RelationsGraph;

/// <summary>
/// The set of kinds a graph may hold: the built-in module and any extensions, with their imports.
/// Serializers and exporters look kinds up here, by name or by CLR type.
/// </summary>
public sealed class Ontology
{
    private readonly FrozenDictionary<string, NodeKindDescriptor> nodesByName;
    private readonly FrozenDictionary<Type, NodeKindDescriptor> nodesByType;
    private readonly FrozenDictionary<string, EdgeKindDescriptor> edgesByName;
    private readonly FrozenDictionary<Type, EdgeKindDescriptor> edgesByType;

    private Ontology(IReadOnlyList<OntologyModule> modules)
    {
        Modules = modules;
        var nodes = modules.SelectMany(m => m.NodeKinds).ToList();
        var edges = modules.SelectMany(m => m.EdgeKinds).ToList();
        var duplicate = nodes.Select(n => n.Name).Concat(edges.Select(e => e.Name)).GroupBy(n => n, StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null)
        {
            throw new ArgumentException($"Two ontology modules declare the kind '{duplicate.Key}'.", nameof(modules));
        }

        nodesByName = nodes.ToFrozenDictionary(n => n.Name, StringComparer.Ordinal);
        nodesByType = nodes.ToFrozenDictionary(n => n.ClrType);
        edgesByName = edges.ToFrozenDictionary(e => e.Name, StringComparer.Ordinal);
        edgesByType = edges.ToFrozenDictionary(e => e.ClrType);
        NodeKinds = [.. nodes.OrderBy(n => n.Name, StringComparer.Ordinal)];
        EdgeKinds = [.. edges.OrderBy(e => e.Name, StringComparer.Ordinal)];
    }

    /// <summary>The built-in kinds of RelationsGraph.</summary>
    public static Ontology BuiltIn { get; } = From(RelationsOntology.Module);

    /// <summary>The modules, imports first, each once.</summary>
    public IReadOnlyList<OntologyModule> Modules { get; }

    /// <summary>Every node kind, by name.</summary>
    public IReadOnlyList<NodeKindDescriptor> NodeKinds { get; }

    /// <summary>Every edge kind, by name.</summary>
    public IReadOnlyList<EdgeKindDescriptor> EdgeKinds { get; }

    /// <summary>An ontology of <paramref name="modules"/> and everything they import.</summary>
    /// <exception cref="ArgumentException">Two modules declare one kind.</exception>
    public static Ontology From(params OntologyModule[] modules)
    {
        ArgumentNullException.ThrowIfNull(modules);
        var ordered = new List<OntologyModule>();
        void Visit(OntologyModule module)
        {
            if (ordered.Contains(module))
            {
                return;
            }

            foreach (var import in module.Imports)
            {
                Visit(import);
            }

            ordered.Add(module);
        }

        foreach (var module in modules)
        {
            Visit(module);
        }

        return new Ontology(ordered);
    }

    /// <summary>The node kind called <paramref name="name"/>, if any.</summary>
    public bool TryGetNodeKind(string name, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out NodeKindDescriptor? kind) => nodesByName.TryGetValue(name, out kind);

    /// <summary>The edge kind called <paramref name="name"/>, if any.</summary>
    public bool TryGetEdgeKind(string name, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out EdgeKindDescriptor? kind) => edgesByName.TryGetValue(name, out kind);

    /// <summary>The descriptor of <paramref name="node"/>'s kind.</summary>
    /// <exception cref="ArgumentException">The node's kind is not part of this ontology.</exception>
    public NodeKindDescriptor Describe(Node node)
    {
        ArgumentNullException.ThrowIfNull(node);
        return nodesByType.TryGetValue(node.GetType(), out var kind)
            ? kind
            : throw new ArgumentException($"The node kind {node.Kind} ({node.GetType()}) is not part of this ontology; add its module with Ontology.From.", nameof(node));
    }

    /// <summary>The descriptor of <paramref name="edge"/>'s kind.</summary>
    /// <exception cref="ArgumentException">The edge's kind is not part of this ontology.</exception>
    public EdgeKindDescriptor Describe(Edge edge)
    {
        ArgumentNullException.ThrowIfNull(edge);
        return edgesByType.TryGetValue(edge.GetType(), out var kind)
            ? kind
            : throw new ArgumentException($"The edge kind {edge.Kind} ({edge.GetType()}) is not part of this ontology; add its module with Ontology.From.", nameof(edge));
    }
}
