using System.Globalization;

namespace RelationsGraph.Export.Dot;

/// <summary>
/// The text that is the same for every node or edge of a kind, built once per kind and export: a node statement's
/// attributes after its label, and an edge statement's whole attribute list (its label is the kind's).
/// </summary>
internal sealed class DotKindText(Ontology ontology)
{
    private readonly Dictionary<Type, string> tails = [];
    private Type? lastType;
    private string lastTail = "";

    /// <summary>What follows a node's label: <c>, shape="box", …];</c> and the line end.</summary>
    public string NodeTail(Node node)
    {
        var type = node.GetType();
        if (type != lastType && !TryGetCached(type))
        {
            Cache(type, Attributes(null, ontology.Describe(node).Dot));
        }

        return lastTail;
    }

    /// <summary>What follows an edge's ends: <c> [label="…", style="dashed", …];</c> and the line end.</summary>
    public string EdgeTail(Edge edge)
    {
        var type = edge.GetType();
        if (type != lastType && !TryGetCached(type))
        {
            var kind = ontology.Describe(edge);
            Cache(type, Attributes(kind.Label, kind.Dot));
        }

        return lastTail;
    }

    /// <summary>Makes the tail of <paramref name="type"/> the last one, if it was built before.</summary>
    private bool TryGetCached(Type type)
    {
        if (!tails.TryGetValue(type, out var tail))
        {
            return false;
        }

        lastType = type;
        lastTail = tail;
        return true;
    }

    private void Cache(Type type, string tail)
    {
        tails.Add(type, tail);
        lastType = type;
        lastTail = tail;
    }

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
