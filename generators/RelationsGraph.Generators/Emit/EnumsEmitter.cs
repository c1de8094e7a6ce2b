using RelationsGraph.Generators.Model;

namespace RelationsGraph.Generators.Emit;

/// <summary>Emits the ontology's enums and the enums naming its node and edge kinds.</summary>
internal static class EnumsEmitter
{
    /// <summary>The file of enums.</summary>
    public static GeneratedFile Emit(OntologyModel model)
    {
        var writer = FileHeader.Start(model);
        foreach (var e in model.Main.Enums.OrderBy(e => e.Name, StringComparer.Ordinal))
        {
            EmitEnum(writer, e.Name, e.Doc ?? $"Values of {e.Name}.", e.Values.Select(v => (v, (string?)null)));
        }

        EmitEnum(writer, model.NodeKindEnum, $"The node kinds of the {model.Main.Name} ontology.", model.Main.Nodes.Select(n => (n.Name, n.Doc)));
        EmitEnum(writer, model.EdgeKindEnum, $"The edge kinds of the {model.Main.Name} ontology.", model.Main.Edges.Select(e => (e.Name, e.Doc)));
        return new GeneratedFile($"{model.Main.Name}.Enums.g.cs", writer.ToString().TrimEnd('\n') + "\n");
    }

    private static void EmitEnum(CodeWriter writer, string name, string doc, IEnumerable<(string Name, string? Doc)> values)
    {
        writer.Summary(doc);
        writer.Line(FileHeader.GeneratedCode);
        using (writer.Block($"public enum {name}"))
        {
            foreach (var (value, valueDoc) in values.OrderBy(v => v.Name, StringComparer.Ordinal))
            {
                writer.Summary(valueDoc ?? $"{value}.");
                writer.Line($"{value},");
            }
        }

        writer.Line();
    }
}
