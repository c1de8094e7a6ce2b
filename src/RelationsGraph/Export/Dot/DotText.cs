using System.Text;

namespace RelationsGraph.Export.Dot;

/// <summary>Quoting for the DOT language: every id and value is written as a double-quoted string.</summary>
internal static class DotText
{
    /// <summary>
    /// An id or a plain attribute value, quoted. Graphviz keeps the text of an id as written (only <c>\"</c> is
    /// read as a quote), so escaping backslashes and quotes is enough to keep ids distinct and the file parseable;
    /// line breaks and control characters are written as escapes so that each statement stays on one line.
    /// </summary>
    public static string Id(string text) => Quote(text, label: false);

    /// <summary>
    /// A label, quoted: backslashes, quotes, line breaks, the record-shape metacharacters <c>{ } | &lt; &gt;</c>
    /// and <c>&amp;</c> (which Graphviz reads as the start of an HTML entity) are escaped, so the label shows the
    /// text exactly, whatever the node's shape.
    /// </summary>
    public static string Label(string text) => Quote(text, label: true);

    /// <summary>
    /// An attribute name: bare when it is a plain identifier (<c>fillcolor</c>) and not a DOT keyword, so that the
    /// output reads as people write DOT; quoted otherwise.
    /// </summary>
    public static string AttributeName(string name)
    {
        var plain = name.Length > 0 && !char.IsAsciiDigit(name[0]) && name.All(c => char.IsAsciiLetterOrDigit(c) || c == '_')
            && !Keywords.Contains(name);
        return plain ? name : Id(name);
    }

    private static readonly HashSet<string> Keywords = new(StringComparer.OrdinalIgnoreCase) { "node", "edge", "graph", "digraph", "subgraph", "strict" };

    private static string Quote(string text, bool label)
    {
        var builder = new StringBuilder(text.Length + 2).Append('"');
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            switch (c)
            {
                case '\\':
                    builder.Append(@"\\");
                    break;
                case '"':
                    builder.Append("\\\"");
                    break;
                case '\r' when !label:
                    builder.Append(@"\r");
                    break;
                case '\r':
                    // A label's CRLF or lone CR is one line break.
                    builder.Append(@"\n");
                    if (i + 1 < text.Length && text[i + 1] == '\n')
                    {
                        i++;
                    }

                    break;
                case '\n':
                    builder.Append(@"\n");
                    break;
                case '{' or '}' or '|' or '<' or '>' when label:
                    builder.Append('\\').Append(c);
                    break;
                case '&' when label:
                    builder.Append("&amp;");
                    break;
                default:
                    if (char.IsControl(c) && c != '\t')
                    {
                        // Graphviz stops at NUL and warns on other controls; a label shows a replacement
                        // character, an id keeps a distinct escape.
                        builder.Append(label ? "\uFFFD" : FormattableString.Invariant($"\\u{(int)c:x4}"));
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
