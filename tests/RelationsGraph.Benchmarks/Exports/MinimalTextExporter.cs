using RelationsGraph.Export;

namespace RelationsGraph.Benchmarks.Exports;

/// <summary>
/// The floor of the export suite: what any text export of a graph pays. Nodes sorted by id and edges by key, as every
/// exporter sorts them, one line each, <c>id name</c> and <c>source label target</c> (the kind's label from the ontology,
/// as DOT and Mermaid write it), with no quoting, escaping or styling.
/// </summary>
public sealed class MinimalTextExporter : IGraphExporter
{
    /// <inheritdoc />
    public void Export(KnowledgeGraph graph, TextWriter writer)
    {
        ArgumentNullException.ThrowIfNull(graph);
        ArgumentNullException.ThrowIfNull(writer);
        foreach (var node in graph.Nodes.OrderBy(n => n.Id, StringComparer.Ordinal))
        {
            writer.Write(node.Id);
            writer.Write(' ');
            writer.Write(node.Name);
            writer.Write('\n');
        }

        var ontology = graph.Ontology;
        foreach (var edge in graph.Edges.OrderBy(e => e.Key))
        {
            writer.Write(edge.Source.Id);
            writer.Write(' ');
            writer.Write(ontology.Describe(edge).Label);
            writer.Write(' ');
            writer.Write(edge.Target.Id);
            writer.Write('\n');
        }
    }
}
