using RelationsGraph.Extraction.Text;

namespace RelationsGraph.Extraction.Gazetteer;

/// <summary>Whole-word test for gazetteer matches.</summary>
internal static class WordBoundary
{
    /// <summary>
    /// Whether <c>text[start..end]</c> is not glued to a neighbouring letter or digit: when the match
    /// starts (ends) with a word character, the character before (after) it must not be one. Chinese
    /// and Japanese characters are written without spaces and never count as word characters here.
    /// </summary>
    public static bool IsWholeWord(string text, int start, int end)
    {
        if (start > 0 && TextChars.IsWordChar(text[start]) && TextChars.IsWordChar(text[start - 1]))
        {
            return false;
        }

        return end >= text.Length || !TextChars.IsWordChar(text[end - 1]) || !TextChars.IsWordChar(text[end]);
    }
}
