using System.Buffers;
using System.Globalization;

namespace RelationsGraph.Export.Dot;

/// <summary>Quoting for the DOT language: every id and value is written as a double-quoted string.</summary>
/// <remarks>
/// The <c>Write</c> methods quote straight into the writer: the text between characters that need escaping is
/// written as spans of the original string, so most ids and labels cost one search and three writes.
/// </remarks>
internal static class DotText
{
    /// <summary>The characters an id escapes: backslash, quote and the control characters (tab excepted).</summary>
    private static readonly SearchValues<char> IdSpecials = SearchValues.Create(Specials(label: false));

    /// <summary>The characters a label escapes: an id's, and <c>{ } | &lt; &gt; &amp;</c>.</summary>
    private static readonly SearchValues<char> LabelSpecials = SearchValues.Create(Specials(label: true));

    private static readonly HashSet<string> Keywords = new(StringComparer.OrdinalIgnoreCase) { "node", "edge", "graph", "digraph", "subgraph", "strict" };

    /// <summary>
    /// An id or a plain attribute value, quoted. Graphviz keeps the text of an id as written (only <c>\"</c> is
    /// read as a quote), so escaping backslashes and quotes is enough to keep ids distinct and the file parseable;
    /// line breaks and control characters are written as escapes so that each statement stays on one line.
    /// </summary>
    public static string Id(string text)
    {
        using var writer = new StringWriter(CultureInfo.InvariantCulture);
        WriteId(writer, text);
        return writer.ToString();
    }

    /// <summary>
    /// A label, quoted: backslashes, quotes, line breaks, the record-shape metacharacters <c>{ } | &lt; &gt;</c>
    /// and <c>&amp;</c> (which Graphviz reads as the start of an HTML entity) are escaped, so the label shows the
    /// text exactly, whatever the node's shape.
    /// </summary>
    public static string Label(string text)
    {
        using var writer = new StringWriter(CultureInfo.InvariantCulture);
        WriteLabel(writer, text);
        return writer.ToString();
    }

    /// <summary>Writes <paramref name="text"/> quoted as an id (see <see cref="Id"/>).</summary>
    public static void WriteId(TextWriter writer, string text) => Quote(writer, text, label: false);

    /// <summary>Writes <paramref name="text"/> quoted as a label (see <see cref="Label"/>).</summary>
    public static void WriteLabel(TextWriter writer, string text) => Quote(writer, text, label: true);

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

    private static void Quote(TextWriter writer, string text, bool label)
    {
        writer.Write('"');
        var rest = text.AsSpan();
        var specials = label ? LabelSpecials : IdSpecials;
        int next;
        while ((next = rest.IndexOfAny(specials)) >= 0)
        {
            writer.Write(rest[..next]);
            var c = rest[next];
            var skip = 1;
            switch (c)
            {
                case '\\':
                    writer.Write(@"\\");
                    break;
                case '"':
                    writer.Write("\\\"");
                    break;
                case '\r' when !label:
                    writer.Write(@"\r");
                    break;
                case '\r':
                    // A label's CRLF or lone CR is one line break.
                    writer.Write(@"\n");
                    if (next + 1 < rest.Length && rest[next + 1] == '\n')
                    {
                        skip = 2;
                    }

                    break;
                case '\n':
                    writer.Write(@"\n");
                    break;
                case '{' or '}' or '|' or '<' or '>':
                    writer.Write('\\');
                    writer.Write(c);
                    break;
                case '&':
                    writer.Write("&amp;");
                    break;
                default:
                    // Graphviz stops at NUL and warns on other controls; a label shows a replacement
                    // character, an id keeps a distinct escape.
                    writer.Write(label ? "\uFFFD" : FormattableString.Invariant($"\\u{(int)c:x4}"));
                    break;
            }

            rest = rest[(next + skip)..];
        }

        writer.Write(rest);
        writer.Write('"');
    }

    /// <summary>Every character <see cref="Quote"/> does not copy as it is.</summary>
    private static string Specials(bool label)
    {
        var chars = new List<char> { '\\', '"' };
        for (var c = char.MinValue; c < char.MaxValue; c++)
        {
            if (char.IsControl(c) && c != '\t')
            {
                chars.Add(c);
            }
        }

        if (label)
        {
            chars.AddRange("{}|<>&");
        }

        return new string([.. chars]);
    }
}
