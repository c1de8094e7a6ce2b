namespace RelationsGraph.Extraction.Text;

/// <summary>A 1-based line and column in a text, for error messages.</summary>
/// <param name="Line">1-based line number.</param>
/// <param name="Column">1-based column, counted in UTF-16 code units.</param>
public readonly record struct LineColumn(int Line, int Column)
{
    /// <summary>Finds the line and column of a character offset.</summary>
    /// <remarks>
    /// LF, CR, CRLF (one break), NEL (U+0085), LINE SEPARATOR (U+2028) and PARAGRAPH SEPARATOR
    /// (U+2029) each end a line, as they do for the C# compiler and for the article reader.
    /// </remarks>
    /// <param name="text">The text.</param>
    /// <param name="offset">A character offset, from 0 to <c>text.Length</c> inclusive.</param>
    /// <returns>The position of <paramref name="offset"/>.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="offset"/> is outside the text.</exception>
    public static LineColumn FromOffset(ReadOnlySpan<char> text, int offset)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(offset);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(offset, text.Length);
        var line = 1;
        var lineStart = 0;
        for (var i = 0; i < offset; i++)
        {
            var c = text[i];
            if (!TextChars.IsLineBreak(c))
            {
                continue;
            }

            if (c == '\r' && i + 1 < text.Length && text[i + 1] == '\n')
            {
                if (i + 1 == offset)
                {
                    break;
                }

                i++;
            }

            line++;
            lineStart = i + 1;
        }

        return new LineColumn(line, offset - lineStart + 1);
    }

    /// <summary>Formats the position as <c>line:column</c>.</summary>
    /// <returns>For example <c>3:17</c>.</returns>
    public override string ToString() =>
        string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{Line}:{Column}");
}
