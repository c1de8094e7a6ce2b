using RelationsGraph.Serialization;

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
        DotText.WriteId(writer, LayoutDirections.Code(Options.RankDirection));
        if (Options.Title is { } title)
        {
            writer.Write(", label=");
            DotText.WriteLabel(writer, title);
            writer.Write(", labelloc=\"t\"");
        }

        var clusters = DotClusterPlan.Create(graph, Options.Clusters);
        if (clusters.Clusters.Count > 0)
        {
            // dot's classic ranking fails ("trouble in init_rank") on many edges between clusters; newrank does not.
            writer.Write(", newrank=true");
        }

        writer.Write("];\n");

        var nodes = GraphOrder.NodesById(graph);
        var order = new GraphOrder(graph, nodes);
        var kinds = new DotKindText(ontology);
        foreach (var cluster in clusters.Clusters)
        {
            writer.Write("  subgraph ");
            DotText.WriteId(writer, "cluster_" + cluster.Key);
            writer.Write(" {\n    graph [label=");
            DotText.WriteLabel(writer, cluster.Label);
            writer.Write(", style=\"rounded\"");
            if (cluster.Color is { } color)
            {
                writer.Write(", color=");
                DotText.WriteId(writer, color);
            }

            writer.Write("];\n");
            foreach (var node in cluster.Nodes)
            {
                WriteNode(writer, kinds, node, "    ");
            }

            writer.Write("  }\n");
        }

        var anyClustered = clusters.Clusters.Count > 0;
        foreach (var node in nodes)
        {
            if (!anyClustered || !clusters.IsClustered(node))
            {
                WriteNode(writer, kinds, node, "  ");
            }
        }

        foreach (var node in nodes)
        {
            foreach (var edge in order.OutEdgesByKindThenTarget(node))
            {
                writer.Write("  ");
                DotText.WriteId(writer, edge.Source.Id);
                writer.Write(" -> ");
                DotText.WriteId(writer, edge.Target.Id);
                writer.Write(kinds.EdgeTail(edge));
            }
        }

        writer.Write("}\n");
    }

    private static void WriteNode(TextWriter writer, DotKindText kinds, Node node, string indent)
    {
        writer.Write(indent);
        DotText.WriteId(writer, node.Id);
        writer.Write(" [label=");
        DotText.WriteLabel(writer, node.Name);
        writer.Write(kinds.NodeTail(node));
    }
}
