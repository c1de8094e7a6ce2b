using RelationsGraph.Generators.Model;

namespace RelationsGraph.Generators.Emit;

/// <summary>
/// Emits the typed helpers on the graph: <c>graph.AddCites(document, treaty, evidence)</c> for every
/// allowed pair of endpoint kinds, and the inverse reader (<c>treaty.CitedBy(graph)</c>).
/// </summary>
internal static class GraphExtensionsEmitter
{
    private const string Graph = "global::RelationsGraph.KnowledgeGraph";

    /// <summary>The file of graph helpers.</summary>
    public static GeneratedFile Emit(OntologyModel model)
    {
        var writer = FileHeader.Start(model);
        writer.Summary($"Typed helpers for the edge kinds of the {model.Main.Name} ontology.");
        writer.Line(FileHeader.GeneratedCode);
        using (writer.Block($"public static partial class {model.ExtensionsClass}"))
        {
            foreach (var edge in model.Main.Edges.OrderBy(e => e.Name, StringComparer.Ordinal))
            {
                EmitAdd(writer, model, edge);
                EmitInverse(writer, model, edge);
            }
        }

        return new GeneratedFile($"{model.Main.Name}.GraphExtensions.g.cs", writer.ToString().TrimEnd('\n') + "\n");
    }

    private static void EmitAdd(CodeWriter writer, OntologyModel model, EdgeKindDefinition edge)
    {
        var properties = edge.Properties.OrderBy(p => p.JsonName, StringComparer.Ordinal).ToList();
        var parameters = string.Concat(properties.Select(p => $", {model.ClrType(p.Type)} @{p.JsonName} = default"));
        var initializer = properties.Count == 0 ? "" : " { " + string.Join(", ", properties.Select(p => $"{p.Name} = @{p.JsonName}")) + " }";
        foreach (var source in EdgesEmitter.Ordered(model, edge.From))
        {
            foreach (var target in EdgesEmitter.Ordered(model, edge.To))
            {
                writer.Line($"/// <summary>Adds the fact that <paramref name=\"source\"/> {edge.Dot.GetValueOrDefault("label", edge.Name)} <paramref name=\"target\"/>, or adds the evidence to it when the graph has it already.</summary>");
                writer.Line("/// <param name=\"graph\">The graph to add to.</param>");
                writer.Line("/// <param name=\"source\">The node the edge leaves.</param>");
                writer.Line("/// <param name=\"target\">The node the edge enters.</param>");
                writer.Line("/// <param name=\"evidence\">What states the fact.</param>");
                foreach (var p in properties)
                {
                    writer.Line($"/// <param name=\"{p.JsonName}\">{CodeWriter.EscapeXml(p.Doc ?? p.JsonName)}</param>");
                }

                writer.Line("/// <returns>The edge as it stands in the graph after the merge.</returns>");
                using (writer.Block($"public static {edge.Name} Add{edge.Name}(this {Graph} graph, {model.NodeType(source)} source, {model.NodeType(target)} target, global::RelationsGraph.Evidence evidence{parameters})"))
                {
                    writer.Line("global::System.ArgumentNullException.ThrowIfNull(graph);");
                    writer.Line($"return graph.AddEdge(new {edge.Name}(source, target){initializer}, evidence);");
                }

                writer.Line();
            }
        }
    }

    private static void EmitInverse(CodeWriter writer, OntologyModel model, EdgeKindDefinition edge)
    {
        var target = model.NodeType(model.CommonBase(EdgesEmitter.Ordered(model, edge.To)));
        writer.Line($"/// <summary>The {edge.Name} edges that enter <paramref name=\"node\"/>, in the graph's order.</summary>");
        writer.Line("/// <param name=\"node\">The node the edges enter.</param>");
        writer.Line("/// <param name=\"graph\">The graph to read.</param>");
        using (writer.Block($"public static global::System.Collections.Generic.IEnumerable<{edge.Name}> {edge.Inverse}(this {target} node, {Graph} graph)"))
        {
            writer.Line("global::System.ArgumentNullException.ThrowIfNull(graph);");
            writer.Line($"return graph.InEdges<{edge.Name}>(node);");
        }

        writer.Line();
    }
}
