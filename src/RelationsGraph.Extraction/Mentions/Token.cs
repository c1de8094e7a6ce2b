namespace RelationsGraph.Extraction.Mentions;

/// <summary>A word, number or punctuation mark of a sentence, located in the article's original text.</summary>
/// <param name="Start">Offset of the first character in the article text.</param>
/// <param name="End">Offset just past the last character.</param>
/// <param name="Kind">What the token is made of.</param>
public readonly record struct Token(int Start, int End, TokenKind Kind)
{
    /// <summary>Number of characters.</summary>
    public int Length => End - Start;

    /// <summary>The token's characters.</summary>
    /// <param name="text">The article text.</param>
    public ReadOnlySpan<char> Span(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return text.AsSpan(Start, End - Start);
    }
}
