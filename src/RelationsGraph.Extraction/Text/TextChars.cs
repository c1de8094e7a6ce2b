namespace RelationsGraph.Extraction.Text;

/// <summary>Character classes shared by the splitter and the reader.</summary>
internal static class TextChars
{
    /// <summary>
    /// Space for the purpose of trimming and sentence breaking: Unicode white space (which includes
    /// U+00A0 and U+3000), zero-width space, the byte-order mark, and stray control characters.
    /// </summary>
    public static bool IsSpace(char c) =>
        char.IsWhiteSpace(c) || c == '\u200B' || c == '\uFEFF' || char.IsControl(c);

    /// <summary>LF, CR, NEL, LINE SEPARATOR and PARAGRAPH SEPARATOR (CRLF is two of these).</summary>
    public static bool IsLineBreak(char c) => c is '\n' or '\r' or '\u0085' or '\u2028' or '\u2029';

    /// <summary>Full stop, exclamation and question marks in their ASCII forms, plus the ellipsis.</summary>
    public static bool IsLatinTerminal(char c) => c is '.' or '!' or '?' or '\u2026' or '\u203C' or '\u2047' or '\u2048' or '\u2049';

    /// <summary>
    /// Ideographic and full-width sentence ends (。！？ and the half-width ideographic full stop),
    /// which end a sentence even when no space follows.
    /// </summary>
    public static bool IsIdeographicTerminal(char c) => c is '\u3002' or '\uFF01' or '\uFF1F' or '\uFF61' or '\uFF0E';

    /// <summary>Closing quotes and brackets that stay with the sentence they close.</summary>
    public static bool IsCloser(char c) => c is '"' or '\'' or '\u201D' or '\u2019' or '\u00BB' or '\u203A'
        or ')' or ']' or '}' or '\uFF09' or '\u300D' or '\u300F' or '\u3011' or '\u3015' or '\u300B' or '\u3009' or '\uFF02';

    /// <summary>Dashes and hyphens in all their common forms.</summary>
    public static bool IsDash(char c) => c is '-' or '\u2010' or '\u2011' or '\u2012' or '\u2013' or '\u2014' or '\u2015' or '\u2212' or '\uFF0D';

    /// <summary>Whether <paramref name="c"/> is an ASCII digit.</summary>
    public static bool IsAsciiDigit(char c) => c is >= '0' and <= '9';

    /// <summary>
    /// Chinese, Japanese kana and compatibility ideographs: letters, but written without spaces,
    /// so they never need a word boundary.
    /// </summary>
    public static bool IsCjk(char c) =>
        c is (>= '\u3040' and <= '\u30FF') or (>= '\u3400' and <= '\u4DBF') or (>= '\u4E00' and <= '\u9FFF') or (>= '\uF900' and <= '\uFAFF');

    /// <summary>A character that continues a word: a letter or digit outside the CJK blocks.</summary>
    public static bool IsWordChar(char c) => char.IsLetterOrDigit(c) && !IsCjk(c);
}
