using RelationsGraph.Generators.Model;

namespace RelationsGraph.Generators.Emit;

/// <summary>Emits one record per node kind: properties, merging, JSON reading and writing, visiting.</summary>
internal static class NodesEmitter
{
    private const string Node = "global::RelationsGraph.Node";

    /// <summary>The file of node records.</summary>
    public static GeneratedFile Emit(OntologyModel model)
    {
        var writer = FileHeader.Start(model);
        foreach (var kind in model.Main.Nodes.OrderBy(n => n.Name, StringComparer.Ordinal))
        {
            EmitKind(writer, model, kind);
        }

        return new GeneratedFile($"{model.Main.Name}.Nodes.g.cs", writer.ToString().TrimEnd('\n') + "\n");
    }

    private static void EmitKind(CodeWriter writer, OntologyModel model, NodeKindDefinition kind)
    {
        var all = model.AllProperties(kind).OrderBy(p => p.JsonName, StringComparer.Ordinal).ToList();
        var own = kind.Properties.OrderBy(p => p.JsonName, StringComparer.Ordinal).ToList();
        var baseType = kind.Extends is { } b ? model.NodeType(b) : Node;
        var modifier = model.IsExtended(kind.Name) ? "" : "sealed ";
        var hides = kind.Extends is null ? "" : "new ";

        writer.Summary(kind.Doc ?? $"A {kind.Name} node.");
        writer.Line(FileHeader.GeneratedCode);
        using (writer.Block($"public {modifier}partial record {kind.Name} : {baseType}"))
        {
            writer.Line($"/// <summary>The prefix of this kind's node ids (<c>{kind.IdPrefix}:…</c>).</summary>");
            writer.Line($"public {hides}const string IdPrefix = \"{kind.IdPrefix}\";");
            writer.Line();
            writer.Line("/// <inheritdoc />");
            writer.Line($"public override string Kind => \"{kind.Name}\";");
            writer.Line();
            foreach (var property in own)
            {
                PropertyCode.Declare(writer, model, property);
            }

            EmitEquality(writer, kind, model.IsExtended(kind.Name));
            PropertyCode.EmitMerge(writer, kind.Name, Node, kind.Extends is not null, own);
            PropertyCode.EmitWriteJson(writer, all);
            PropertyCode.EmitVisit(writer, all);
            EmitRead(writer, model, kind, all);
        }

        writer.Line();
    }

    private static void EmitEquality(CodeWriter writer, NodeKindDefinition kind, bool extended)
    {
        // Nodes are equal when their kind and id are: the graph merges what it learns into one node.
        writer.Line("/// <summary>True when <paramref name=\"other\"/> is a node of the same kind with the same id.</summary>");
        writer.Line("/// <param name=\"other\">The node to compare with.</param>");
        writer.Line($"public {(extended ? "virtual " : "")}bool Equals({kind.Name}? other) => base.Equals(other);");
        writer.Line();
        writer.Line("/// <inheritdoc />");
        writer.Line("public override int GetHashCode() => base.GetHashCode();");
        writer.Line();
    }

    private static void EmitRead(CodeWriter writer, OntologyModel model, NodeKindDefinition kind, List<PropertyDefinition> all)
    {
        var hides = kind.Extends is null ? "" : "new ";
        writer.Line($"/// <summary>Reads a node of kind {kind.Name} from the graph JSON object the reader stands on.</summary>");
        using (writer.Block($"internal static {hides}{kind.Name} ReadJson(ref global::System.Text.Json.Utf8JsonReader reader, global::RelationsGraph.Serialization.GraphJsonReadContext context)"))
        {
            PropertyCode.EmitReadProperties(writer, model, "NodeEnvelope", all);
            using (writer.Block($"return new {kind.Name}", "};"))
            {
                writer.Line("Id = envelope.Id!,");
                writer.Line("Name = envelope.Name!,");
                writer.Line("Aliases = envelope.Aliases,");
                foreach (var property in all)
                {
                    writer.Line($"{property.Name} = {PropertyCode.Local(property)},");
                }
            }
        }
    }
}
