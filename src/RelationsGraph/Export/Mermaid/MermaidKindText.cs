using System.Globalization;

namespace RelationsGraph.Export.Mermaid;

/// <summary>
/// What a Mermaid export writes the same way for every node or edge of a kind, worked out once per kind and export
/// from the kind's DOT attributes: a node's brackets and class styles, an edge's arrow, label and link colour.
/// </summary>
internal sealed class MermaidKindText(Ontology ontology)
{
    private readonly KindCache<NodeKind> nodeKinds = new();
    private readonly KindCache<EdgeKind> edgeKinds = new();

    /// <summary>The text of <paramref name="node"/>'s kind.</summary>
    public NodeKind Of(Node node) => nodeKinds.Get(node.GetType(), (ontology, node), static s => NodeKind.From(s.ontology.Describe(s.node)));

    /// <summary>The text of <paramref name="edge"/>'s kind.</summary>
    public EdgeKind Of(Edge edge) => edgeKinds.Get(edge.GetType(), (ontology, edge), static s => EdgeKind.From(s.ontology.Describe(s.edge)));

    private static string? Attribute(IReadOnlyList<KeyValuePair<string, string>> dot, string name) =>
        dot.FirstOrDefault(d => d.Key == name).Value;

    /// <summary>A node kind: its name, the brackets of its shape, and its class's styles (<c>fill:…,stroke:…</c>) if it has any.</summary>
    internal sealed record NodeKind(string Name, string Open, string Close, string? Styles)
    {
        public static NodeKind From(NodeKindDescriptor kind)
        {
            var (open, close) = MermaidShapes.Node(Attribute(kind.Dot, "shape"), Attribute(kind.Dot, "style"));
            var styles = new List<string>();
            if (MermaidText.Color(Attribute(kind.Dot, "fillcolor")) is { } fill)
            {
                styles.Add("fill:" + fill);
            }

            if (MermaidText.Color(Attribute(kind.Dot, "color")) is { } stroke)
            {
                styles.Add("stroke:" + stroke);
            }

            return new NodeKind(kind.Name, open, close, styles.Count > 0 ? string.Join(",", styles) : null);
        }
    }

    /// <summary>An edge kind: the text between its ends (<c> --&gt;|"label"| </c>) and its link colour, if any.</summary>
    internal sealed record EdgeKind(string Link, string? Color)
    {
        public static EdgeKind From(EdgeKindDescriptor kind)
        {
            using var writer = new StringWriter(CultureInfo.InvariantCulture);
            writer.Write(' ');
            writer.Write(MermaidShapes.Arrow(Attribute(kind.Dot, "style")));
            writer.Write('|');
            MermaidText.WriteLabel(writer, kind.Label);
            writer.Write("| ");
            return new EdgeKind(writer.ToString(), MermaidText.Color(Attribute(kind.Dot, "color")));
        }
    }
}
