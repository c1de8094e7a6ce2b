using System.Text;

namespace RelationsGraph.Generators.Emit;

/// <summary>Writes C# with four-space indentation and <c>\n</c> line ends, whatever the platform.</summary>
internal sealed class CodeWriter
{
    private readonly StringBuilder text = new();
    private int depth;

    /// <summary>Writes one line at the current indentation (an empty line has no indentation).</summary>
    public CodeWriter Line(string line = "")
    {
        if (line.Length > 0)
        {
            text.Append(' ', depth * 4).Append(line);
        }

        text.Append('\n');
        return this;
    }

    /// <summary>Writes <paramref name="header"/>, an opening brace, and indents until the returned scope is disposed.</summary>
    public IDisposable Block(string header, string close = "}")
    {
        Line(header);
        Line("{");
        depth++;
        return new Scope(this, close);
    }

    /// <summary>Writes an XML doc summary (escaped) when <paramref name="summary"/> has text.</summary>
    public CodeWriter Summary(string? summary)
    {
        if (!string.IsNullOrWhiteSpace(summary))
        {
            Line("/// <summary>" + EscapeXml(summary) + "</summary>");
        }

        return this;
    }

    /// <summary>The code written so far.</summary>
    public override string ToString() => text.ToString();

    /// <summary>Escapes text for an XML doc comment.</summary>
    public static string EscapeXml(string text) => text.Replace("&", "&amp;", StringComparison.Ordinal)
        .Replace("<", "&lt;", StringComparison.Ordinal).Replace(">", "&gt;", StringComparison.Ordinal)
        .Replace("\r", " ", StringComparison.Ordinal).Replace("\n", " ", StringComparison.Ordinal);

    /// <summary>A C# string literal for <paramref name="value"/>.</summary>
    public static string Literal(string value)
    {
        var builder = new StringBuilder("\"");
        foreach (var c in value)
        {
            builder.Append(c switch
            {
                '"' => "\\\"",
                '\\' => "\\\\",
                '\n' => "\\n",
                '\r' => "\\r",
                '\t' => "\\t",
                _ when char.IsControl(c) => $"\\u{(int)c:x4}",
                _ => c.ToString(),
            });
        }

        return builder.Append('"').ToString();
    }

    private sealed class Scope(CodeWriter writer, string close) : IDisposable
    {
        public void Dispose()
        {
            writer.depth--;
            writer.Line(close);
        }
    }
}
