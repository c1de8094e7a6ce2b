using RelationsGraph.Generators.Diagnostics;
using RelationsGraph.Generators.Json;

namespace RelationsGraph.Generators.Model;

/// <summary>Checks what a single member cannot show: names unique across kinds, kinds that exist, no cycles.</summary>
internal static class OntologyValidator
{
    private static readonly HashSet<string> ReservedTypeNames = new(StringComparer.Ordinal)
    {
        "Node", "Edge", "NodeKind", "EdgeKind", "Evidence", "EvidenceSet", "KnowledgeGraph", "PartialDate", "EquatableArray",
    };

    /// <summary>Adds a diagnostic to <paramref name="diagnostics"/> for every problem in <paramref name="model"/>'s main ontology.</summary>
    public static void Validate(OntologyModel model, List<Diagnostic> diagnostics)
    {
        var main = model.Main;
        void Report(string id, SourcePosition at, string message) => diagnostics.Add(new Diagnostic(id, main.File, at, message));

        var imported = model.Imports.SelectMany(i => i.Enums.Select(e => e.Name).Concat(i.Nodes.Select(n => n.Name)).Concat(i.Edges.Select(e => e.Name)))
            .ToHashSet(StringComparer.Ordinal);
        var names = new HashSet<string>(imported, StringComparer.Ordinal);
        var clashing = new HashSet<string>(StringComparer.Ordinal);
        var declared = main.Enums.Select(e => (e.Name, e.Position)).Concat(main.Nodes.Select(n => (n.Name, n.Position))).Concat(main.Edges.Select(e => (e.Name, e.Position)));
        foreach (var (name, position) in declared)
        {
            if (ReservedTypeNames.Contains(name))
            {
                Report(DiagnosticIds.DuplicateName, position, $"'{name}' is a name the library already uses");
            }
            else if (!names.Add(name))
            {
                var where = imported.Contains(name) ? "an imported ontology" : "this ontology";
                clashing.Add(name);
                Report(DiagnosticIds.DuplicateName, position, $"'{name}' is already declared in {where}");
            }
        }

        var prefixes = model.Imports.SelectMany(i => i.Nodes).Select(n => n.IdPrefix).ToHashSet(StringComparer.Ordinal);
        foreach (var node in main.Nodes.Where(n => !clashing.Contains(n.Name) && !prefixes.Add(n.IdPrefix)))
        {
            Report(DiagnosticIds.DuplicateName, node.Position, $"the idPrefix '{node.IdPrefix}' of {node.Name} is already used by another kind");
        }

        var inverses = new HashSet<string>(StringComparer.Ordinal);
        foreach (var edge in main.Edges.Where(e => !inverses.Add(e.Inverse)))
        {
            Report(DiagnosticIds.DuplicateName, edge.Position, $"the inverse name '{edge.Inverse}' of {edge.Name} is already used by another edge kind");
        }

        foreach (var node in main.Nodes)
        {
            CheckExtends(model, node, Report);
            CheckProperties(model, node.Properties, Report);
        }

        foreach (var edge in main.Edges)
        {
            foreach (var kind in edge.From.Concat(edge.To).Where(k => k.Name != OntologyModel.RootKind && !model.HasNode(k.Name)))
            {
                Report(DiagnosticIds.UnknownKind, kind.Position, $"edge kind {edge.Name} names the unknown node kind '{kind.Name}'");
            }

            CheckProperties(model, edge.Properties, Report);
        }
    }

    private static void CheckExtends(OntologyModel model, NodeKindDefinition node, Action<string, SourcePosition, string> report)
    {
        if (node.Extends is not { } baseName)
        {
            return;
        }

        if (!model.HasNode(baseName))
        {
            report(DiagnosticIds.UnknownKind, node.ExtendsPosition, $"{node.Name} extends the unknown node kind '{baseName}'");
            return;
        }

        var seen = new HashSet<string>(StringComparer.Ordinal) { node.Name };
        for (var current = model.Node(baseName); ; current = model.Node(current.Extends))
        {
            if (!seen.Add(current.Name))
            {
                report(DiagnosticIds.InheritanceCycle, node.ExtendsPosition, $"{node.Name} extends itself through {string.Join(" -> ", seen)}");
                return;
            }

            if (current.Extends is null || !model.HasNode(current.Extends))
            {
                break;
            }
        }

        var inherited = model.Lineage(model.Node(baseName)).SelectMany(k => k.Properties).Select(p => p.JsonName).ToHashSet(StringComparer.Ordinal);
        foreach (var property in node.Properties.Where(p => inherited.Contains(p.JsonName)))
        {
            report(DiagnosticIds.DuplicateName, property.Position, $"{node.Name} redeclares the property '{property.JsonName}' of {baseName}");
        }
    }

    private static void CheckProperties(OntologyModel model, IEnumerable<PropertyDefinition> properties, Action<string, SourcePosition, string> report)
    {
        foreach (var property in properties.Where(p => p.Type.Kind == PropertyTypeKind.Enum && !model.HasEnum(p.Type.EnumName!)))
        {
            var known = string.Join(", ", PropertyType.BuiltIn.Keys);
            report(DiagnosticIds.UnknownPropertyType, property.Position, $"property '{property.JsonName}' has the unknown type '{property.Type.EnumName}' (a declared enum or one of: {known})");
        }
    }
}
