using System.Globalization;

namespace RelationsGraph.Export.Mermaid;

/// <summary>
/// Writes a graph as a Mermaid flowchart (<c>flowchart LR</c>), for Markdown pages that render Mermaid: one
/// <c>classDef</c> per node kind from its DOT colours, shapes and arrows close to its DOT shape and style.
/// </summary>
/// <remarks>
/// Mermaid ids cannot hold <c>:</c> and many other characters, so nodes are named <c>n0</c>, <c>n1</c>, … in id
/// order; every label is quoted, with Mermaid's entity codes for the characters it would read as syntax or HTML.
/// Edges are written by key; lines end with <c>"\n"</c>.
/// </remarks>
public sealed class MermaidExporter : IGraphExporter
{
    /// <summary>An exporter with <paramref name="options"/> (the defaults when null).</summary>
    public MermaidExporter(MermaidOptions? options = null) => Options = options ?? new MermaidOptions();

    /// <summary>How the graph is drawn.</summary>
    public MermaidOptions Options { get; }

    /// <inheritdoc />
    public void Export(KnowledgeGraph graph, TextWriter writer)
    {
        ArgumentNullException.ThrowIfNull(graph);
        ArgumentNullException.ThrowIfNull(writer);
        var ontology = graph.Ontology;
        if (Options.Title is { } title)
        {
            writer.Write("---\ntitle: ");
            writer.Write(MermaidText.YamlString(title));
            writer.Write("\n---\n");
        }

        writer.Write("flowchart ");
        writer.Write(LayoutDirections.Code(Options.Direction));
        writer.Write('\n');

        var nodes = graph.Nodes.OrderBy(n => n.Id, StringComparer.Ordinal).ToList();
        var ids = new Dictionary<Node, string>(nodes.Count);
        foreach (var node in nodes)
        {
            var id = "n" + ids.Count.ToString(CultureInfo.InvariantCulture);
            ids.Add(node, id);
            var dot = ontology.Describe(node).Dot;
            var (open, close) = MermaidShapes.Node(Attribute(dot, "shape"), Attribute(dot, "style"));
            writer.Write("    ");
            writer.Write(id);
            writer.Write(open);
            writer.Write(MermaidText.Label(node.Name));
            writer.Write(close);
            writer.Write('\n');
        }

        var linkColors = new SortedDictionary<string, List<int>>(StringComparer.Ordinal);
        var index = 0;
        foreach (var edge in graph.Edges.OrderBy(e => e.Key))
        {
            var kind = ontology.Describe(edge);
            writer.Write("    ");
            writer.Write(ids[edge.Source]);
            writer.Write(' ');
            writer.Write(MermaidShapes.Arrow(Attribute(kind.Dot, "style")));
            writer.Write('|');
            writer.Write(MermaidText.Label(kind.Label));
            writer.Write("| ");
            writer.Write(ids[edge.Target]);
            writer.Write('\n');
            if (MermaidText.Color(Attribute(kind.Dot, "color")) is { } color)
            {
                if (!linkColors.TryGetValue(color, out var links))
                {
                    linkColors[color] = links = [];
                }

                links.Add(index);
            }

            index++;
        }

        WriteClasses(writer, ontology, nodes, ids);
        foreach (var (color, links) in linkColors)
        {
            writer.Write("    linkStyle ");
            writer.Write(string.Join(",", links.Select(i => i.ToString(CultureInfo.InvariantCulture))));
            writer.Write(" stroke:");
            writer.Write(color);
            writer.Write('\n');
        }
    }

    private static void WriteClasses(TextWriter writer, Ontology ontology, List<Node> nodes, Dictionary<Node, string> ids)
    {
        foreach (var group in nodes.GroupBy(ontology.Describe).OrderBy(g => g.Key.Name, StringComparer.Ordinal))
        {
            var name = MermaidText.ClassName(group.Key.Name);
            var styles = new List<string>();
            if (MermaidText.Color(Attribute(group.Key.Dot, "fillcolor")) is { } fill)
            {
                styles.Add("fill:" + fill);
            }

            if (MermaidText.Color(Attribute(group.Key.Dot, "color")) is { } stroke)
            {
                styles.Add("stroke:" + stroke);
            }

            if (styles.Count > 0)
            {
                writer.Write("    classDef ");
                writer.Write(name);
                writer.Write(' ');
                writer.Write(string.Join(",", styles));
                writer.Write('\n');
            }

            writer.Write("    class ");
            writer.Write(string.Join(",", group.Select(n => ids[n])));
            writer.Write(' ');
            writer.Write(name);
            writer.Write('\n');
        }
    }

    private static string? Attribute(IReadOnlyList<KeyValuePair<string, string>> dot, string name) =>
        dot.FirstOrDefault(d => d.Key == name).Value;
}
