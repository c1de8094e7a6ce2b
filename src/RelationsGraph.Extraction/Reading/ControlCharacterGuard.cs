namespace RelationsGraph.Extraction.Reading;

/// <summary>Refuses input that is mostly control characters (NUL and friends): binary data read as text.</summary>
internal static class ControlCharacterGuard
{
    /// <summary>Throws when more than <paramref name="maxFraction"/> of the characters are control characters other than tab, line breaks and form feed.</summary>
    /// <exception cref="ArticleFormatException">The input has too many control characters.</exception>
    public static void Check(string articleId, string text, double maxFraction)
    {
        var count = 0;
        var first = -1;
        for (var i = 0; i < text.Length; i++)
        {
            if (IsBinary(text[i]))
            {
                count++;
                if (first < 0)
                {
                    first = i;
                }
            }
        }

        if (count > 0 && count > maxFraction * text.Length)
        {
            throw ArticleFormatException.TooManyControlCharacters(articleId, text, count, first, maxFraction);
        }
    }

    private static bool IsBinary(char c) =>
        char.IsControl(c) && c is not ('\t' or '\n' or '\r' or '\v' or '\f' or '\u0085');
}
