namespace RelationsGraph.Generators.Model;

/// <summary>
/// The ontology being generated together with the ontologies it imports: answers the
/// questions the emitters ask about kinds wherever they were declared.
/// </summary>
internal sealed class OntologyModel
{
    /// <summary>The name that edge endpoints use for "any node kind".</summary>
    public const string RootKind = "Node";

    private readonly Dictionary<string, (NodeKindDefinition Kind, OntologyDefinition Owner)> nodes = new(StringComparer.Ordinal);
    private readonly Dictionary<string, (EnumDefinition Enum, OntologyDefinition Owner)> enums = new(StringComparer.Ordinal);

    public OntologyModel(OntologyDefinition main, IReadOnlyList<OntologyDefinition> imports)
    {
        Main = main;
        Imports = imports;
        foreach (var definition in imports.Append(main))
        {
            foreach (var node in definition.Nodes)
            {
                nodes.TryAdd(node.Name, (node, definition));
            }

            foreach (var e in definition.Enums)
            {
                enums.TryAdd(e.Name, (e, definition));
            }
        }
    }

    /// <summary>The ontology whose code is generated.</summary>
    public OntologyDefinition Main { get; }

    /// <summary>Ontologies whose kinds the main one may use but whose code lives elsewhere.</summary>
    public IReadOnlyList<OntologyDefinition> Imports { get; }

    /// <summary>True when this ontology imports none: it then owns the NodeKind and EdgeKind enums' plain names.</summary>
    public bool IsRoot => Imports.Count == 0;

    /// <summary>The name of the generated node kind enum.</summary>
    public string NodeKindEnum => IsRoot ? "NodeKind" : Main.Name + "NodeKind";

    /// <summary>The name of the generated edge kind enum.</summary>
    public string EdgeKindEnum => IsRoot ? "EdgeKind" : Main.Name + "EdgeKind";

    /// <summary>The generated static class that describes the module.</summary>
    public string ModuleClass => Main.Name + "Ontology";

    /// <summary>The generated static class holding the typed graph helpers.</summary>
    public string ExtensionsClass => Main.Name + "GraphExtensions";

    /// <summary>Every node kind name known here (imports included).</summary>
    public bool HasNode(string name) => nodes.ContainsKey(name);

    /// <summary>Every enum name known here (imports included).</summary>
    public bool HasEnum(string name) => enums.ContainsKey(name);

    /// <summary>The node kind called <paramref name="name"/>.</summary>
    public NodeKindDefinition Node(string name) => nodes[name].Kind;

    /// <summary>The fully qualified C# name of a node kind, or of the root.</summary>
    public string NodeType(string name) =>
        name == RootKind ? "global::RelationsGraph.Node" : $"global::{nodes[name].Owner.Namespace}.{name}";

    /// <summary>The fully qualified C# name of an enum.</summary>
    public string EnumType(string name) => $"global::{enums[name].Owner.Namespace}.{name}";

    /// <summary>The C# type of a property.</summary>
    public string ClrType(PropertyType type) =>
        type.Kind == PropertyTypeKind.Enum ? EnumType(type.EnumName!) + "?" : type.ClrType;

    /// <summary>True when some known kind extends <paramref name="name"/>; such a kind is not sealed.</summary>
    public bool IsExtended(string name) => nodes.Values.Any(n => n.Kind.Extends == name);

    /// <summary>The kind and its bases, root-most last.</summary>
    public IEnumerable<NodeKindDefinition> Lineage(NodeKindDefinition kind)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var current = kind; current is not null && seen.Add(current.Name);
             current = current.Extends is { } b && nodes.TryGetValue(b, out var n) ? n.Kind : null)
        {
            yield return current;
        }
    }

    /// <summary>Every property of a kind, inherited ones first, then its own, each group in file order.</summary>
    public IReadOnlyList<PropertyDefinition> AllProperties(NodeKindDefinition kind) =>
        Lineage(kind).Reverse().SelectMany(k => k.Properties).ToList();

    /// <summary>The nearest kind that all of <paramref name="kinds"/> are or derive from, or the root.</summary>
    public string CommonBase(IReadOnlyList<string> kinds)
    {
        if (kinds.Contains(RootKind))
        {
            return RootKind;
        }

        var candidates = Lineage(Node(kinds[0])).Select(k => k.Name).ToList();
        foreach (var other in kinds.Skip(1))
        {
            var lineage = Lineage(Node(other)).Select(k => k.Name).ToHashSet(StringComparer.Ordinal);
            candidates.RemoveAll(c => !lineage.Contains(c));
        }

        return candidates.FirstOrDefault() ?? RootKind;
    }
}
