namespace RelationsGraph.Extraction.Text;

/// <summary>
/// Splits text into sentences by scanning it once, without regular expressions.
/// </summary>
/// <remarks>
/// <para>
/// A sentence ends after <c>.</c>, <c>!</c>, <c>?</c> or an ellipsis (together with any closing quotes
/// and brackets that follow) when white space and then a character that is not a lower-case letter
/// follow; after <c>。</c>, <c>！</c> or <c>？</c> it ends even with no space. Two or more line breaks
/// (a blank line) or a PARAGRAPH SEPARATOR always end a sentence; a single line break is a space.
/// </para>
/// <para>
/// A full stop does not end a sentence inside a number (<c>3.5</c>), after a title (<c>Mr.</c>,
/// <c>Dr.</c>, <c>Gen.</c>), after <c>e.g.</c>, <c>i.e.</c> or <c>vs.</c>, after a month or <c>No.</c>
/// followed by a number (<c>Nov. 16</c>), and after <c>U.S.</c>, <c>Inc.</c>, an initial (<c>J. Doe</c>)
/// and similar words unless the next word usually opens a sentence (<c>The</c>, <c>He</c>, <c>In</c>, ...).
/// An ellipsis ends a sentence only before an upper-case letter.
/// </para>
/// <para>
/// Ranges are trimmed of white space, never empty, and shifted by the base offset so that they index
/// the caller's original text. The running time is linear in the length of the text.
/// </para>
/// </remarks>
public static class SentenceSplitter
{
    /// <summary>Splits <paramref name="text"/> into sentence ranges.</summary>
    /// <param name="text">The text to split.</param>
    /// <param name="baseOffset">Added to every offset, so ranges index the text <paramref name="text"/> was sliced from.</param>
    /// <returns>The sentences in order.</returns>
    public static IReadOnlyList<TextRange> Split(ReadOnlySpan<char> text, int baseOffset = 0)
    {
        var sentences = new List<TextRange>();
        Split(text, baseOffset, sentences);
        return sentences;
    }

    /// <summary>Splits <paramref name="text"/> into sentence ranges, adding them to <paramref name="output"/>.</summary>
    /// <param name="text">The text to split.</param>
    /// <param name="baseOffset">Added to every offset, so ranges index the text <paramref name="text"/> was sliced from.</param>
    /// <param name="output">Receives the sentences in order.</param>
    /// <exception cref="ArgumentNullException"><paramref name="output"/> is null.</exception>
    public static void Split(ReadOnlySpan<char> text, int baseOffset, ICollection<TextRange> output)
    {
        ArgumentNullException.ThrowIfNull(output);
        var start = -1;
        var lastNonSpace = -1;
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            if (TextChars.IsSpace(c))
            {
                var runEnd = SkipSpace(text, i, out var paragraphBreak);
                if (paragraphBreak && start >= 0)
                {
                    output.Add(new TextRange(baseOffset + start, baseOffset + lastNonSpace + 1));
                    start = -1;
                }

                i = runEnd;
                continue;
            }

            if (start < 0)
            {
                start = i;
            }

            if (TextChars.IsIdeographicTerminal(c) || TextChars.IsLatinTerminal(c))
            {
                var runEnd = i;
                while (runEnd < text.Length && (TextChars.IsLatinTerminal(text[runEnd]) || TextChars.IsIdeographicTerminal(text[runEnd])))
                {
                    runEnd++;
                }

                var end = runEnd;
                while (end < text.Length && TextChars.IsCloser(text[end]))
                {
                    end++;
                }

                lastNonSpace = end - 1;
                if (SentenceBoundary.EndsAt(text, i, runEnd, end))
                {
                    output.Add(new TextRange(baseOffset + start, baseOffset + end));
                    start = -1;
                }

                i = end;
                continue;
            }

            lastNonSpace = i;
            i++;
        }

        if (start >= 0)
        {
            output.Add(new TextRange(baseOffset + start, baseOffset + lastNonSpace + 1));
        }
    }

    private static int SkipSpace(ReadOnlySpan<char> text, int i, out bool paragraphBreak)
    {
        var breaks = 0;
        while (i < text.Length && TextChars.IsSpace(text[i]))
        {
            var c = text[i];
            if (c == '\u2029')
            {
                breaks += 2;
            }
            else if (c == '\r')
            {
                breaks++;
                if (i + 1 < text.Length && text[i + 1] == '\n')
                {
                    i++;
                }
            }
            else if (TextChars.IsLineBreak(c))
            {
                breaks++;
            }

            i++;
        }

        paragraphBreak = breaks >= 2;
        return i;
    }
}
