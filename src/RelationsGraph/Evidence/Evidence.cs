using System.Globalization;

namespace RelationsGraph;

/// <summary>
/// What states a fact: a span of an article (its id, the sentence's index, the character
/// offsets into the article's text, and the quoted text), or the name of the bundled
/// reference knowledge the fact comes from.
/// </summary>
/// <remarks>Evidence sorts references first, then by article, start, end, sentence and text.</remarks>
public sealed record Evidence : IComparable<Evidence>
{
    private Evidence(string? article, int sentence, int start, int end, string? text, string? reference)
    {
        Article = article;
        Sentence = sentence;
        Start = start;
        End = end;
        Text = text;
        Reference = reference;
    }

    /// <summary>The id of the article (without the <c>article:</c> prefix), or null for reference knowledge.</summary>
    public string? Article { get; }

    /// <summary>The 0-based index of the sentence within the article.</summary>
    public int Sentence { get; }

    /// <summary>The offset of the first character of <see cref="Text"/> in the article's text.</summary>
    public int Start { get; }

    /// <summary>The offset just past the last character of <see cref="Text"/>.</summary>
    public int End { get; }

    /// <summary>The quoted text, exactly as the article has it.</summary>
    public string? Text { get; }

    /// <summary>The knowledge base the fact comes from, or null for article evidence.</summary>
    public string? Reference { get; }

    /// <summary>True when the fact comes from reference knowledge rather than an article.</summary>
    public bool IsReference => Reference is not null;

    /// <summary>Evidence quoted from an article.</summary>
    /// <param name="article">The article id.</param>
    /// <param name="sentence">The 0-based sentence index.</param>
    /// <param name="start">The start offset in the article's text.</param>
    /// <param name="end">The end offset (exclusive).</param>
    /// <param name="text">The quoted text; its length must be <paramref name="end"/> - <paramref name="start"/>.</param>
    /// <exception cref="ArgumentException">The article id is empty, or the span and the text disagree.</exception>
    /// <exception cref="ArgumentOutOfRangeException">An index is negative, or the span is reversed.</exception>
    public static Evidence FromArticle(string article, int sentence, int start, int end, string text)
    {
        ArgumentException.ThrowIfNullOrEmpty(article);
        ArgumentNullException.ThrowIfNull(text);
        ArgumentOutOfRangeException.ThrowIfNegative(sentence);
        ArgumentOutOfRangeException.ThrowIfNegative(start);
        ArgumentOutOfRangeException.ThrowIfLessThan(end, start);
        if (end - start != text.Length)
        {
            throw new ArgumentException($"The span {start}..{end} is {end - start} characters long but the text has {text.Length}.", nameof(text));
        }

        return new Evidence(article, sentence, start, end, text, null);
    }

    /// <summary>Evidence that the fact comes from the named reference knowledge, not from an article.</summary>
    /// <exception cref="ArgumentException"><paramref name="reference"/> is empty.</exception>
    public static Evidence FromReference(string reference)
    {
        ArgumentException.ThrowIfNullOrEmpty(reference);
        return new Evidence(null, 0, 0, 0, null, reference);
    }

    private static int Compare(Evidence? left, Evidence? right) => left is null ? (right is null ? 0 : -1) : left.CompareTo(right);

    /// <inheritdoc />
    public int CompareTo(Evidence? other)
    {
        if (other is null)
        {
            return 1;
        }

        if (IsReference || other.IsReference)
        {
            return IsReference != other.IsReference ? (IsReference ? -1 : 1) : string.CompareOrdinal(Reference, other.Reference);
        }

        var c = string.CompareOrdinal(Article, other.Article);
        c = c != 0 ? c : Start.CompareTo(other.Start);
        c = c != 0 ? c : End.CompareTo(other.End);
        c = c != 0 ? c : Sentence.CompareTo(other.Sentence);
        return c != 0 ? c : string.CompareOrdinal(Text, other.Text);
    }

    /// <summary>Compares in evidence order.</summary>
    public static bool operator <(Evidence? left, Evidence? right) => Compare(left, right) < 0;

    /// <summary>Compares in evidence order.</summary>
    public static bool operator <=(Evidence? left, Evidence? right) => Compare(left, right) <= 0;

    /// <summary>Compares in evidence order.</summary>
    public static bool operator >(Evidence? left, Evidence? right) => Compare(left, right) > 0;

    /// <summary>Compares in evidence order.</summary>
    public static bool operator >=(Evidence? left, Evidence? right) => Compare(left, right) >= 0;

    /// <summary>Where the evidence is, for messages: <c>article#sentence[start..end]</c> or <c>reference:name</c>.</summary>
    public override string ToString() => IsReference
        ? "reference:" + Reference
        : string.Create(CultureInfo.InvariantCulture, $"{Article}#{Sentence}[{Start}..{End}] \"{Text}\"");
}
