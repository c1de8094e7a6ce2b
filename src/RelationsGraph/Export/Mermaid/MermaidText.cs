using System.Text;

namespace RelationsGraph.Export.Mermaid;

/// <summary>Labels and names as Mermaid's flowchart syntax can hold them.</summary>
internal static class MermaidText
{
    private static readonly System.Buffers.SearchValues<char> AsciiLettersAndDigits =
        System.Buffers.SearchValues.Create("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz");

    private static readonly System.Buffers.SearchValues<char> LabelSpecials = System.Buffers.SearchValues.Create(Specials());

    private static readonly HashSet<string> Keywords = new(StringComparer.OrdinalIgnoreCase)
    {
        "end", "default", "graph", "flowchart", "subgraph", "class", "classDef", "click", "style", "linkStyle", "direction",
    };

    /// <summary>
    /// A quoted label. Mermaid reads <c>#name;</c> and <c>#123;</c> as entity codes and renders labels as HTML, so
    /// quotes, <c>#</c>, <c>&lt;</c>, <c>&gt;</c>, <c>&amp;</c>, backticks (which open a Markdown string) and
    /// <c>|</c> (which ends an edge label) become entity codes, and line breaks become <c>&lt;br/&gt;</c>.
    /// </summary>
    public static string Label(string text)
    {
        using var writer = new StringWriter(System.Globalization.CultureInfo.InvariantCulture);
        WriteLabel(writer, text);
        return writer.ToString();
    }

    /// <summary>Writes <paramref name="text"/> as a quoted label (see <see cref="Label"/>), copying the runs between special characters as they are.</summary>
    public static void WriteLabel(TextWriter writer, string text)
    {
        writer.Write('"');
        var rest = text.AsSpan();
        int next;
        while ((next = rest.IndexOfAny(LabelSpecials)) >= 0)
        {
            writer.Write(rest[..next]);
            var skip = 1;
            switch (rest[next])
            {
                case '"': writer.Write("#quot;"); break;
                case '#': writer.Write("#35;"); break;
                case '<': writer.Write("#lt;"); break;
                case '>': writer.Write("#gt;"); break;
                case '&': writer.Write("#amp;"); break;
                case '`': writer.Write("#96;"); break;
                case '|': writer.Write("#124;"); break;
                case '\r':
                    writer.Write("<br/>");
                    if (next + 1 < rest.Length && rest[next + 1] == '\n')
                    {
                        skip = 2;
                    }

                    break;
                case '\n': writer.Write("<br/>"); break;
                default: writer.Write(' '); break;
            }

            rest = rest[(next + skip)..];
        }

        writer.Write(rest);
        writer.Write('"');
    }

    /// <summary>Every character <see cref="WriteLabel"/> does not copy as it is: the syntax characters and the control characters.</summary>
    private static string Specials()
    {
        var chars = new List<char>("\"#<>&`|");
        for (var c = char.MinValue; c < char.MaxValue; c++)
        {
            if (char.IsControl(c))
            {
                chars.Add(c);
            }
        }

        return new string([.. chars]);
    }

    /// <summary>A class name for a kind: letters, digits and underscores, never a keyword.</summary>
    public static string ClassName(string kind)
    {
        var builder = new StringBuilder(kind.Length + 1);
        foreach (var c in kind)
        {
            builder.Append(char.IsAsciiLetterOrDigit(c) || c == '_' ? c : '_');
        }

        if (builder.Length == 0 || char.IsAsciiDigit(builder[0]) || Keywords.Contains(builder.ToString()))
        {
            builder.Insert(0, "kind_");
        }

        return builder.ToString();
    }

    /// <summary>A colour usable in a style (<c>#1e40af</c>, <c>red</c>); null for anything that could break the statement.</summary>
    public static string? Color(string? value)
    {
        if (value is null)
        {
            return null;
        }

        var body = value.StartsWith('#') ? value.AsSpan(1) : value.AsSpan();
        return body.Length > 0 && !body.ContainsAnyExcept(AsciiLettersAndDigits) ? value : null;
    }

    /// <summary>A JSON string literal, which YAML front matter reads as a double-quoted scalar.</summary>
    public static string YamlString(string text)
    {
        var builder = new StringBuilder(text.Length + 2).Append('"');
        foreach (var c in text)
        {
            switch (c)
            {
                case '"': builder.Append("\\\""); break;
                case '\\': builder.Append(@"\\"); break;
                case '\n': builder.Append(@"\n"); break;
                case '\r': builder.Append(@"\r"); break;
                case '\t': builder.Append(@"\t"); break;
                default:
                    if (char.IsControl(c))
                    {
                        builder.Append(FormattableString.Invariant($"\\u{(int)c:x4}"));
                    }
                    else
                    {
                        builder.Append(c);
                    }

                    break;
            }
        }

        return builder.Append('"').ToString();
    }
}
