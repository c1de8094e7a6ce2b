using System.Globalization;
using RelationsGraph.Serialization;

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

        // A node's name is n and its place in the id order: the order's rank, so no name is built or looked up.
        var nodes = GraphOrder.NodesById(graph);
        var order = new GraphOrder(graph, nodes);
        var kinds = new MermaidKindText(ontology);
        for (var i = 0; i < nodes.Length; i++)
        {
            var shape = kinds.Of(nodes[i]);
            writer.Write("    ");
            WriteName(writer, i);
            writer.Write(shape.Open);
            MermaidText.WriteLabel(writer, nodes[i].Name);
            writer.Write(shape.Close);
            writer.Write('\n');
        }

        var linkColors = new SortedDictionary<string, List<int>>(StringComparer.Ordinal);
        var index = 0;
        foreach (var node in nodes)
        {
            foreach (var edge in order.OutEdgesByKindThenTarget(node))
            {
                var kind = kinds.Of(edge);
                writer.Write("    ");
                WriteName(writer, order.RankOf(edge.Source));
                writer.Write(kind.Link);
                WriteName(writer, order.RankOf(edge.Target));
                writer.Write('\n');
                if (kind.Color is { } color)
                {
                    if (!linkColors.TryGetValue(color, out var links))
                    {
                        linkColors[color] = links = [];
                    }

                    links.Add(index);
                }

                index++;
            }
        }

        WriteClasses(writer, kinds, nodes);
        foreach (var (color, links) in linkColors)
        {
            writer.Write("    linkStyle ");
            WriteNumbers(writer, links);
            writer.Write(" stroke:");
            writer.Write(color);
            writer.Write('\n');
        }
    }

    private static void WriteClasses(TextWriter writer, MermaidKindText kinds, Node[] nodes)
    {
        // The nodes of each kind, by their place in the id order (so in id order), the kinds by name.
        var groups = new Dictionary<MermaidKindText.NodeKind, List<int>>(ReferenceEqualityComparer.Instance);
        for (var i = 0; i < nodes.Length; i++)
        {
            var kind = kinds.Of(nodes[i]);
            if (!groups.TryGetValue(kind, out var members))
            {
                groups[kind] = members = [];
            }

            members.Add(i);
        }

        foreach (var (kind, members) in groups.OrderBy(g => g.Key.Name, StringComparer.Ordinal))
        {
            var name = MermaidText.ClassName(kind.Name);
            if (kind.Styles is { } styles)
            {
                writer.Write("    classDef ");
                writer.Write(name);
                writer.Write(' ');
                writer.Write(styles);
                writer.Write('\n');
            }

            writer.Write("    class ");
            for (var i = 0; i < members.Count; i++)
            {
                if (i > 0)
                {
                    writer.Write(',');
                }

                WriteName(writer, members[i]);
            }

            writer.Write(' ');
            writer.Write(name);
            writer.Write('\n');
        }
    }

    /// <summary>Writes the name of the node at <paramref name="rank"/> in the id order: <c>n0</c>, <c>n1</c>, ….</summary>
    private static void WriteName(TextWriter writer, int rank)
    {
        writer.Write('n');
        WriteNumber(writer, rank);
    }

    private static void WriteNumbers(TextWriter writer, List<int> numbers)
    {
        for (var i = 0; i < numbers.Count; i++)
        {
            if (i > 0)
            {
                writer.Write(',');
            }

            WriteNumber(writer, numbers[i]);
        }
    }

    private static void WriteNumber(TextWriter writer, int number)
    {
        Span<char> digits = stackalloc char[11];
        number.TryFormat(digits, out var written, provider: CultureInfo.InvariantCulture);
        writer.Write(digits[..written]);
    }
}
