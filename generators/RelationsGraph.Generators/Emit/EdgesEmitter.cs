using RelationsGraph.Generators.Model;

namespace RelationsGraph.Generators.Emit;

/// <summary>
/// Emits one class per edge kind. Constructors take the allowed endpoint kinds only, so an
/// edge between the wrong kinds does not compile.
/// </summary>
internal static class EdgesEmitter
{
    private const string Edge = "global::RelationsGraph.Edge";
    private const string Node = "global::RelationsGraph.Node";

    /// <summary>The file of edge classes.</summary>
    public static GeneratedFile Emit(OntologyModel model)
    {
        var writer = FileHeader.Start(model);
        foreach (var edge in model.Main.Edges.OrderBy(e => e.Name, StringComparer.Ordinal))
        {
            EmitKind(writer, model, edge);
        }

        return new GeneratedFile($"{model.Main.Name}.Edges.g.cs", writer.ToString().TrimEnd('\n') + "\n");
    }

    /// <summary>Endpoint kinds, most derived first, so that type patterns never shadow one another.</summary>
    public static List<string> Ordered(OntologyModel model, IEnumerable<KindReference> kinds) => kinds.Select(k => k.Name)
        .Distinct(StringComparer.Ordinal)
        .OrderByDescending(k => k == OntologyModel.RootKind ? 0 : model.Lineage(model.Node(k)).Count())
        .ThenBy(k => k, StringComparer.Ordinal)
        .ToList();

    private static void EmitKind(CodeWriter writer, OntologyModel model, EdgeKindDefinition edge)
    {
        var from = Ordered(model, edge.From);
        var to = Ordered(model, edge.To);
        var sourceBase = model.CommonBase(from);
        var targetBase = model.CommonBase(to);
        var properties = edge.Properties.OrderBy(p => p.JsonName, StringComparer.Ordinal).ToList();

        writer.Summary(edge.Doc ?? $"A {edge.Name} edge.");
        writer.Line("/// <remarks>");
        writer.Line($"/// Runs from {Names(from)} to {Names(to)}.");
        writer.Line("/// </remarks>");
        writer.Line(FileHeader.GeneratedCode);
        using (writer.Block($"public sealed partial class {edge.Name} : {Edge}"))
        {
            foreach (var source in from)
            {
                foreach (var target in to)
                {
                    writer.Line($"/// <summary>Creates a {edge.Name} edge from <paramref name=\"source\"/> to <paramref name=\"target\"/>.</summary>");
                    writer.Line("/// <param name=\"source\">The node the edge leaves.</param>");
                    writer.Line("/// <param name=\"target\">The node the edge enters.</param>");
                    writer.Line($"public {edge.Name}({model.NodeType(source)} source, {model.NodeType(target)} target)");
                    writer.Line("    : base(source, target)");
                    writer.Line("{");
                    writer.Line("}");
                    writer.Line();
                }
            }

            writer.Line("/// <inheritdoc />");
            writer.Line($"public override string Kind => \"{edge.Name}\";");
            writer.Line();
            if (sourceBase != OntologyModel.RootKind)
            {
                writer.Line("/// <summary>The node the edge leaves.</summary>");
                writer.Line($"public new {model.NodeType(sourceBase)} Source => ({model.NodeType(sourceBase)})base.Source;");
                writer.Line();
            }

            if (targetBase != OntologyModel.RootKind)
            {
                writer.Line("/// <summary>The node the edge enters.</summary>");
                writer.Line($"public new {model.NodeType(targetBase)} Target => ({model.NodeType(targetBase)})base.Target;");
                writer.Line();
            }

            foreach (var property in properties)
            {
                PropertyCode.Declare(writer, model, property);
            }

            PropertyCode.EmitMerge(writer, edge.Name, Edge, callBase: false, properties);
            PropertyCode.EmitWriteJson(writer, properties);
            PropertyCode.EmitVisit(writer, properties);
            EmitRead(writer, model, edge, from, to, properties);
        }

        writer.Line();
    }

    private static string Names(List<string> kinds) => string.Join(" or ", kinds.Select(k => $"<see cref=\"{(k == OntologyModel.RootKind ? Node : k)}\"/>"));

    private static void EmitRead(CodeWriter writer, OntologyModel model, EdgeKindDefinition edge, List<string> from, List<string> to, List<PropertyDefinition> properties)
    {
        var targetBase = model.NodeType(model.CommonBase(to));
        writer.Line($"/// <summary>Reads an edge of kind {edge.Name} from the graph JSON object the reader stands on.</summary>");
        using (writer.Block($"internal static {edge.Name} ReadJson(ref global::System.Text.Json.Utf8JsonReader reader, global::RelationsGraph.Serialization.GraphJsonReadContext context)"))
        {
            PropertyCode.EmitReadProperties(writer, model, "EdgeEnvelope", properties);
            var allowedTo = string.Join(", ", to);
            using (writer.Block($"{targetBase} target = envelope.To switch", "};"))
            {
                foreach (var kind in to)
                {
                    writer.Line($"{model.NodeType(kind)} t => t,");
                }

                writer.Line($"_ => throw context.EndpointError(in envelope, \"to\", \"{allowedTo}\"),");
            }

            var allowedFrom = string.Join(", ", from);
            var initializer = properties.Count == 0 ? "" : " { " + string.Join(", ", properties.Select(p => $"{p.Name} = {PropertyCode.Local(p)}")) + " }";
            using (writer.Block($"{edge.Name} edge = envelope.From switch", "};"))
            {
                foreach (var kind in from)
                {
                    // A target of several kinds is narrowed per constructor.
                    if (to.Count == 1)
                    {
                        writer.Line($"{model.NodeType(kind)} source => new {edge.Name}(source, target){initializer},");
                    }
                    else
                    {
                        foreach (var t in to)
                        {
                            writer.Line($"{model.NodeType(kind)} source when target is {model.NodeType(t)} typed => new {edge.Name}(source, typed){initializer},");
                        }
                    }
                }

                writer.Line($"_ => throw context.EndpointError(in envelope, \"from\", \"{allowedFrom}\"),");
            }

            writer.Line("context.AttachEvidence(edge, in envelope);");
            writer.Line("return edge;");
        }
    }
}
