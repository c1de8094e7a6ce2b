using System.Globalization;

namespace RelationsGraph.Export.Dot;

/// <summary>
/// The text that is the same for every node or edge of a kind, built once per kind and export: a node statement's
/// attributes after its label, and an edge statement's whole attribute list (its label is the kind's).
/// </summary>
internal sealed class DotKindText(Ontology ontology)
{
    private readonly KindCache<string> tails = new();

    /// <summary>What follows a node's label: <c>, shape="box", …];</c> and the line end.</summary>
    public string NodeTail(Node node) =>
        tails.Get(node.GetType(), (ontology, node), static s => Attributes(null, s.ontology.Describe(s.node).Dot));

    /// <summary>What follows an edge's ends: <c> [label="…", style="dashed", …];</c> and the line end.</summary>
    public string EdgeTail(Edge edge) =>
        tails.Get(edge.GetType(), (ontology, edge), static s =>
        {
            var kind = s.ontology.Describe(s.edge);
            return Attributes(kind.Label, kind.Dot);
        });

    /// <summary>The attribute list from after the node's label (or from its start, with <paramref name="label"/>) to the line end.</summary>
    private static string Attributes(string? label, IReadOnlyList<KeyValuePair<string, string>> attributes)
    {
        using var writer = new StringWriter(CultureInfo.InvariantCulture);
        if (label is not null)
        {
            writer.Write(" [label=");
            DotText.WriteLabel(writer, label);
        }

        foreach (var (name, value) in attributes)
        {
            if (name == "label")
            {
                continue;
            }

            writer.Write(", ");
            writer.Write(DotText.AttributeName(name));
            writer.Write('=');
            DotText.WriteId(writer, value);
        }

        writer.Write("];\n");
        return writer.ToString();
    }
}
