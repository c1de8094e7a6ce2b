using RelationsGraph.Generators.Model;

namespace RelationsGraph.Generators.Emit;

/// <summary>
/// Emits the module class (<c>RelationsOntology</c>): one descriptor per kind with its properties,
/// DOT style and JSON reader, which the library's serializers and exporters read instead of switching
/// over kinds.
/// </summary>
internal static class ModuleEmitter
{
    private const string NodeDescriptor = "global::RelationsGraph.NodeKindDescriptor";
    private const string EdgeDescriptor = "global::RelationsGraph.EdgeKindDescriptor";

    /// <summary>The file of descriptors.</summary>
    public static GeneratedFile Emit(OntologyModel model)
    {
        var writer = FileHeader.Start(model);
        var nodes = model.Main.Nodes.OrderBy(n => n.Name, StringComparer.Ordinal).ToList();
        var edges = model.Main.Edges.OrderBy(e => e.Name, StringComparer.Ordinal).ToList();
        writer.Summary(model.Main.Doc ?? $"The {model.Main.Name} ontology.");
        writer.Line(FileHeader.GeneratedCode);
        using (writer.Block($"public static partial class {model.ModuleClass}"))
        {
            foreach (var node in nodes)
            {
                EmitNode(writer, model, node);
            }

            foreach (var edge in edges)
            {
                EmitEdge(writer, model, edge);
            }

            var imports = string.Join(", ", model.Imports.Select(i => $"global::{i.Namespace}.{i.Name}Ontology.Module"));
            writer.Line("/// <summary>Every kind of this ontology, for <see cref=\"global::RelationsGraph.Ontology\"/>.</summary>");
            writer.Line($"public static global::RelationsGraph.OntologyModule Module {{ get; }} = new(");
            writer.Line($"    {CodeWriter.Literal(model.Main.Name)},");
            writer.Line($"    {CodeWriter.Literal(Path.GetFileName(model.Main.File))},");
            writer.Line($"    [{string.Join(", ", nodes.Select(n => n.Name + "Descriptor"))}],");
            writer.Line($"    [{string.Join(", ", edges.Select(e => e.Name + "Descriptor"))}],");
            writer.Line($"    [{imports}]);");
            writer.Line();
            EmitDescribe(writer, model.NodeKindEnum, NodeDescriptor, nodes.Select(n => n.Name));
            writer.Line();
            EmitDescribe(writer, model.EdgeKindEnum, EdgeDescriptor, edges.Select(e => e.Name));
        }

        return new GeneratedFile($"{model.Main.Name}.Ontology.g.cs", writer.ToString());
    }

    private static void EmitNode(CodeWriter writer, OntologyModel model, NodeKindDefinition node)
    {
        writer.Line($"/// <summary>Describes <see cref=\"{model.NodeType(node.Name)}\"/>.</summary>");
        writer.Line($"public static {NodeDescriptor} {node.Name}Descriptor {{ get; }} = new(");
        writer.Line($"    {CodeWriter.Literal(node.Name)},");
        writer.Line($"    typeof({model.NodeType(node.Name)}),");
        writer.Line($"    {CodeWriter.Literal(node.IdPrefix)},");
        writer.Line($"    {(node.Extends is { } b ? CodeWriter.Literal(b) : "null")},");
        writer.Line($"    {Properties(model, model.AllProperties(node))},");
        writer.Line($"    {Dot(node.Dot)},");
        writer.Line($"    {model.NodeType(node.Name)}.ReadJson,");
        writer.Line($"    {Doc(node.Doc)});");
        writer.Line();
    }

    private static void EmitEdge(CodeWriter writer, OntologyModel model, EdgeKindDefinition edge)
    {
        writer.Line($"/// <summary>Describes <see cref=\"{edge.Name}\"/>.</summary>");
        writer.Line($"public static {EdgeDescriptor} {edge.Name}Descriptor {{ get; }} = new(");
        writer.Line($"    {CodeWriter.Literal(edge.Name)},");
        writer.Line($"    typeof(global::{model.Main.Namespace}.{edge.Name}),");
        writer.Line($"    [{string.Join(", ", edge.From.Select(k => CodeWriter.Literal(k.Name)))}],");
        writer.Line($"    [{string.Join(", ", edge.To.Select(k => CodeWriter.Literal(k.Name)))}],");
        writer.Line($"    {CodeWriter.Literal(edge.Inverse)},");
        writer.Line($"    {Properties(model, edge.Properties)},");
        writer.Line($"    {Dot(edge.Dot)},");
        writer.Line($"    global::{model.Main.Namespace}.{edge.Name}.ReadJson,");
        writer.Line($"    {Doc(edge.Doc)});");
        writer.Line();
    }

    private static void EmitDescribe(CodeWriter writer, string enumName, string descriptor, IEnumerable<string> names)
    {
        writer.Line($"/// <summary>The descriptor of <paramref name=\"kind\"/>.</summary>");
        writer.Line($"/// <exception cref=\"global::System.ArgumentOutOfRangeException\"><paramref name=\"kind\"/> is not a member of <see cref=\"{enumName}\"/>.</exception>");
        writer.Line($"public static {descriptor} Describe({enumName} kind) => kind switch");
        writer.Line("{");
        foreach (var name in names)
        {
            writer.Line($"    {enumName}.{name} => {name}Descriptor,");
        }

        writer.Line("    _ => throw new global::System.ArgumentOutOfRangeException(nameof(kind), kind, null),");
        writer.Line("};");
    }

    private static string Properties(OntologyModel model, IEnumerable<PropertyDefinition> properties)
    {
        var items = properties.OrderBy(p => p.JsonName, StringComparer.Ordinal).Select(p =>
            $"            new({CodeWriter.Literal(p.JsonName)}, global::RelationsGraph.PropertyType.{p.Type.DescriptorKind}, " +
            $"{(p.Type.Kind == PropertyTypeKind.Enum ? $"typeof({model.EnumType(p.Type.EnumName!)})" : "null")}, {Doc(p.Doc)}),").ToList();
        return items.Count == 0 ? "[]" : "[\n" + string.Join("\n", items) + "\n        ]";
    }

    private static string Dot(IReadOnlyDictionary<string, string> dot) =>
        "[" + string.Join(", ", dot.OrderBy(d => d.Key.ToLowerInvariant(), StringComparer.Ordinal)
            .Select(d => $"new({CodeWriter.Literal(d.Key.ToLowerInvariant())}, {CodeWriter.Literal(d.Value)})")) + "]";

    private static string Doc(string? doc) => doc is null ? "null" : CodeWriter.Literal(doc);
}
