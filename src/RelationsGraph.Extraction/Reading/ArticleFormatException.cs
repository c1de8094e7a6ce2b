using System.Globalization;
using RelationsGraph.Extraction.Text;

namespace RelationsGraph.Extraction.Reading;

/// <summary>The input is not article text (for example a binary file read as text).</summary>
public sealed class ArticleFormatException : FormatException
{
    /// <summary>Creates the exception with a default message.</summary>
    public ArticleFormatException()
        : base("The input is not article text.")
    {
    }

    /// <summary>Creates the exception with a message.</summary>
    /// <param name="message">What is wrong with the input.</param>
    public ArticleFormatException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with a message and the exception that caused it.</summary>
    /// <param name="message">What is wrong with the input.</param>
    /// <param name="innerException">The cause.</param>
    public ArticleFormatException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <summary>Creates the exception for a position in an article.</summary>
    /// <param name="message">What is wrong with the input; should name the position.</param>
    /// <param name="articleId">The article's id.</param>
    /// <param name="offset">Character offset of the first offending character.</param>
    /// <param name="position">The 1-based line and column of <paramref name="offset"/>.</param>
    public ArticleFormatException(string message, string? articleId, int offset, LineColumn position)
        : base(message)
    {
        ArticleId = articleId;
        Offset = offset;
        Position = position;
    }

    /// <summary>The id of the article that was being read, when known.</summary>
    public string? ArticleId { get; }

    /// <summary>Character offset of the first offending character, or -1 when unknown.</summary>
    public int Offset { get; } = -1;

    /// <summary>The 1-based line and column of <see cref="Offset"/> (default when unknown).</summary>
    public LineColumn Position { get; }

    internal static ArticleFormatException TooManyControlCharacters(string articleId, string text, int count, int firstOffset, double allowed)
    {
        var position = LineColumn.FromOffset(text, firstOffset);
        var message = string.Create(
            CultureInfo.InvariantCulture,
            $"Article '{articleId}' does not look like text: {count} of {text.Length} characters are control characters (at most {allowed:P1} are allowed). The first, U+{(int)text[firstOffset]:X4}, is at offset {firstOffset}, line:column {position.Line}:{position.Column}.");
        return new ArticleFormatException(message, articleId, firstOffset, position);
    }
}
