using RelationsGraph.Extraction.Text;

namespace RelationsGraph.Extraction.Reading;

/// <summary>One physical line of the input: its content range and the same range trimmed of spaces.</summary>
internal readonly record struct ArticleLine(int Start, int End, int TrimStart, int TrimEnd)
{
    public bool IsBlank => TrimEnd <= TrimStart;

    public int TrimmedLength => TrimEnd - TrimStart;

    public TextRange Trimmed => new(TrimStart, TrimEnd);

    public ReadOnlySpan<char> Content(string text) => text.AsSpan(TrimStart, TrimEnd - TrimStart);

    /// <summary>Splits a text into lines at LF, CR, CRLF, NEL, U+2028 and U+2029, in one pass.</summary>
    public static List<ArticleLine> Split(string text)
    {
        var lines = new List<ArticleLine>();
        var start = 0;
        for (var i = 0; i <= text.Length; i++)
        {
            if (i < text.Length && !TextChars.IsLineBreak(text[i]))
            {
                continue;
            }

            lines.Add(Create(text, start, i));
            if (i < text.Length && text[i] == '\r' && i + 1 < text.Length && text[i + 1] == '\n')
            {
                i++;
            }

            start = i + 1;
        }

        return lines;
    }

    private static ArticleLine Create(string text, int start, int end)
    {
        var trimStart = start;
        while (trimStart < end && TextChars.IsSpace(text[trimStart]))
        {
            trimStart++;
        }

        var trimEnd = end;
        while (trimEnd > trimStart && TextChars.IsSpace(text[trimEnd - 1]))
        {
            trimEnd--;
        }

        return new ArticleLine(start, end, trimStart, trimEnd);
    }
}
