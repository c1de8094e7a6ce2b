using RelationsGraph.Extraction.Text;

namespace RelationsGraph.Extraction.Reading;

/// <summary>Cheap facts about a line's shape, each computed with bounded or single-pass scans.</summary>
internal static class LineShape
{
    private static readonly System.Buffers.SearchValues<char> SentencePunctuation =
        System.Buffers.SearchValues.Create(".!?,;:\u3002\uFF01\uFF1F\uFF0C\uFF1B\uFF1A\u3001\u2026");

    /// <summary>Whether the line ends a sentence: its last character, before closing quotes and brackets, is . ! ? … or 。！？.</summary>
    public static bool EndsWithTerminal(ReadOnlySpan<char> line)
    {
        var i = line.Length - 1;
        while (i >= 0 && TextChars.IsCloser(line[i]))
        {
            i--;
        }

        return i >= 0 && (TextChars.IsLatinTerminal(line[i]) || TextChars.IsIdeographicTerminal(line[i]));
    }

    /// <summary>Whether the line ends with a full stop (. or 。), ignoring closing quotes and brackets.</summary>
    public static bool EndsWithFullStop(ReadOnlySpan<char> line)
    {
        var i = line.Length - 1;
        while (i >= 0 && TextChars.IsCloser(line[i]))
        {
            i--;
        }

        return i >= 0 && line[i] is '.' or '\u3002' or '\uFF0E' or '\u2026';
    }

    /// <summary>Counts space-separated words, stopping once <paramref name="limit"/> is passed.</summary>
    public static int CountWords(ReadOnlySpan<char> line, int limit)
    {
        var words = 0;
        var inWord = false;
        foreach (var c in line)
        {
            if (TextChars.IsSpace(c))
            {
                inWord = false;
            }
            else if (!inWord)
            {
                inWord = true;
                words++;
                if (words > limit)
                {
                    return words;
                }
            }
        }

        return words;
    }

    /// <summary>Whether the text is letters, spaces and hyphens, every word capitalised: "GCIS", "Getty Images", "Ukraine-Russia War".</summary>
    public static bool IsCapitalisedWords(ReadOnlySpan<char> text)
    {
        var wordStart = true;
        foreach (var c in text)
        {
            if (c == ' ')
            {
                wordStart = true;
                continue;
            }

            if (!(char.IsLetter(c) || c == '-') || (wordStart && !char.IsUpper(c)))
            {
                return false;
            }

            wordStart = false;
        }

        return true;
    }

    /// <summary>Whether the line contains sentence punctuation (. ! ? , ; : and their full-width forms).</summary>
    public static bool HasSentencePunctuation(ReadOnlySpan<char> line) =>
        line.IndexOfAny(SentencePunctuation) >= 0;

    /// <summary>Whether the line has no letter and no digit at all.</summary>
    public static bool IsSymbolsOnly(ReadOnlySpan<char> line)
    {
        foreach (var c in line)
        {
            if (char.IsLetterOrDigit(c))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Whether the line starts with a lower-case letter (after opening quotes or brackets).</summary>
    public static bool StartsLowercase(ReadOnlySpan<char> line)
    {
        foreach (var c in line)
        {
            if (char.IsLetterOrDigit(c))
            {
                return char.IsLower(c);
            }

            if (!(c is '"' or '\'' or '(' or '[' or '\u201C' or '\u2018'))
            {
                return false;
            }
        }

        return false;
    }

    /// <summary>
    /// Splits "Label: value" (ASCII or full-width colon within the first 40 characters) into its parts.
    /// </summary>
    public static bool TryLabel(ReadOnlySpan<char> line, out ReadOnlySpan<char> label, out ReadOnlySpan<char> value)
    {
        var head = line[..Math.Min(line.Length, 40)];
        var colon = head.IndexOfAny(':', '\uFF1A');
        if (colon <= 0)
        {
            label = value = [];
            return false;
        }

        label = line[..colon].TrimEnd();
        value = line[(colon + 1)..].Trim();
        return true;
    }
}
