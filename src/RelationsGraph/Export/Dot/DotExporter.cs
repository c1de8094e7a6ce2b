namespace RelationsGraph.Export.Dot;

/// <summary>
/// Writes a graph in Graphviz's DOT language, each kind drawn as its ontology descriptor says (node shape and
/// colours, edge label, style and colour).
/// </summary>
/// <remarks>
/// The output is deterministic: clusters in order of their key, nodes by id, edges by key, <c>"\n"</c> line ends.
/// Every id and label is quoted and escaped, so ids such as <c>doc:1978</c> (which dot would otherwise read as a
/// node and a port) or <c>node</c> (a keyword) and labels holding quotes, backslashes, line breaks, braces or any
/// script are safe.
/// </remarks>
public sealed class DotExporter : IGraphExporter
{
    /// <summary>An exporter with <paramref name="options"/> (the defaults when null).</summary>
    public DotExporter(DotOptions? options = null) => Options = options ?? new DotOptions();

    /// <summary>How the graph is drawn.</summary>
    public DotOptions Options { get; }

    /// <inheritdoc />
    public void Export(KnowledgeGraph graph, TextWriter writer)
    {
        ArgumentNullException.ThrowIfNull(graph);
        ArgumentNullException.ThrowIfNull(writer);
        var ontology = graph.Ontology;
        writer.Write("digraph \"RelationsGraph\" {\n");
        writer.Write("  graph [rankdir=");
        writer.Write(DotText.Id(LayoutDirections.Code(Options.RankDirection)));
        if (Options.Title is { } title)
        {
            writer.Write(", label=");
            writer.Write(DotText.Label(title));
            writer.Write(", labelloc=\"t\"");
        }

        var clusters = DotClusterPlan.Create(graph, Options.Clusters);
        if (clusters.Clusters.Count > 0)
        {
            // dot's classic ranking fails ("trouble in init_rank") on many edges between clusters; newrank does not.
            writer.Write(", newrank=true");
        }

        writer.Write("];\n");

        var nodes = graph.Nodes.OrderBy(n => n.Id, StringComparer.Ordinal).ToList();
        foreach (var cluster in clusters.Clusters)
        {
            writer.Write("  subgraph ");
            writer.Write(DotText.Id("cluster_" + cluster.Key));
            writer.Write(" {\n    graph [label=");
            writer.Write(DotText.Label(cluster.Label));
            writer.Write(", style=\"rounded\"");
            if (cluster.Color is { } color)
            {
                writer.Write(", color=");
                writer.Write(DotText.Id(color));
            }

            writer.Write("];\n");
            foreach (var node in cluster.Nodes)
            {
                WriteNode(writer, ontology, node, "    ");
            }

            writer.Write("  }\n");
        }

        foreach (var node in nodes.Where(n => !clusters.IsClustered(n)))
        {
            WriteNode(writer, ontology, node, "  ");
        }

        foreach (var edge in graph.Edges.OrderBy(e => e.Key))
        {
            var kind = ontology.Describe(edge);
            writer.Write("  ");
            writer.Write(DotText.Id(edge.Source.Id));
            writer.Write(" -> ");
            writer.Write(DotText.Id(edge.Target.Id));
            writer.Write(" [label=");
            writer.Write(DotText.Label(kind.Label));
            WriteAttributes(writer, kind.Dot);
            writer.Write("];\n");
        }

        writer.Write("}\n");
    }

    private static void WriteNode(TextWriter writer, Ontology ontology, Node node, string indent)
    {
        writer.Write(indent);
        writer.Write(DotText.Id(node.Id));
        writer.Write(" [label=");
        writer.Write(DotText.Label(node.Name));
        WriteAttributes(writer, ontology.Describe(node).Dot);
        writer.Write("];\n");
    }

    private static void WriteAttributes(TextWriter writer, IReadOnlyList<KeyValuePair<string, string>> attributes)
    {
        foreach (var (name, value) in attributes)
        {
            if (name == "label")
            {
                continue;
            }

            writer.Write(", ");
            writer.Write(DotText.AttributeName(name));
            writer.Write('=');
            writer.Write(DotText.Id(value));
        }
    }
}
