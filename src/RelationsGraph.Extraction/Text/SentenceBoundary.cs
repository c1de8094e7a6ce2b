namespace RelationsGraph.Extraction.Text;

/// <summary>Decides whether a run of terminal punctuation ends a sentence.</summary>
internal static class SentenceBoundary
{
    private const int MaxOpenerLength = 12;

    /// <summary>
    /// Whether the sentence ends after <c>text[..end]</c>, where <c>text[terminalStart..terminalEnd]</c>
    /// is a run of terminal punctuation and <c>text[terminalEnd..end]</c> are closing quotes or brackets.
    /// Looks at no more than a few characters either side, so the splitter stays linear.
    /// </summary>
    public static bool EndsAt(ReadOnlySpan<char> text, int terminalStart, int terminalEnd, int end)
    {
        var run = text[terminalStart..terminalEnd];
        if (run.ContainsAny('\u3002', '\uFF01', '\uFF1F') || run.Contains('\uFF61'))
        {
            return true;
        }

        if (run.Contains('\uFF0E'))
        {
            // A full-width full stop ends a sentence without a space, except between digits (３．５).
            return end >= text.Length || !char.IsDigit(text[end]) || terminalStart == 0 || !char.IsDigit(text[terminalStart - 1]);
        }

        if (end >= text.Length)
        {
            return true;
        }

        if (!TextChars.IsSpace(text[end]))
        {
            return false; // 3.5, U.S.-China, example.com
        }

        var next = end;
        while (next < text.Length && TextChars.IsSpace(text[next]))
        {
            next++;
        }

        if (next >= text.Length)
        {
            return true;
        }

        var first = text[next];
        if (char.IsLower(first))
        {
            return false;
        }

        if (run.ContainsAny('!', '?') || run.ContainsAny('\u203C', '\u2047', '\u2048') || run.Contains('\u2049'))
        {
            return true;
        }

        if (run.Length > 1 || run[0] == '\u2026')
        {
            return char.IsUpper(first); // an ellipsis
        }

        var kind = Abbreviations.Classify(WordBefore(text, terminalStart));
        return kind switch
        {
            AbbreviationKind.None => true,
            AbbreviationKind.NeverFinal => false,
            AbbreviationKind.BeforeNumber when TextChars.IsAsciiDigit(first) => false,
            _ => Abbreviations.IsSentenceOpener(WordAt(text, next)),
        };
    }

    private static ReadOnlySpan<char> WordBefore(ReadOnlySpan<char> text, int stop)
    {
        var start = stop;
        while (start > 0 && stop - start <= Abbreviations.MaxLength && (char.IsLetter(text[start - 1]) || text[start - 1] == '.'))
        {
            start--;
        }

        if (stop - start > Abbreviations.MaxLength)
        {
            return [];
        }

        if (start > 0 && char.IsDigit(text[start - 1]))
        {
            return []; // "5p." is not the abbreviation "p."
        }

        return text[start..stop].TrimStart('.');
    }

    private static ReadOnlySpan<char> WordAt(ReadOnlySpan<char> text, int start)
    {
        var end = start;
        while (end < text.Length && end - start <= MaxOpenerLength && char.IsLetter(text[end]))
        {
            end++;
        }

        return text[start..end];
    }
}
