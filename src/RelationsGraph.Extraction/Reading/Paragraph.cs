using RelationsGraph.Extraction.Text;

namespace RelationsGraph.Extraction.Reading;

/// <summary>One paragraph of an article's story, located in the original text.</summary>
public sealed class Paragraph
{
    private readonly string _source;
    private string? _text;

    internal Paragraph(string source, int index, int start, int end, int firstSentenceIndex, int sentenceCount)
    {
        _source = source;
        Index = index;
        Start = start;
        End = end;
        FirstSentenceIndex = firstSentenceIndex;
        SentenceCount = sentenceCount;
    }

    /// <summary>0-based position among the article's paragraphs.</summary>
    public int Index { get; }

    /// <summary>Offset of the first character in the original text.</summary>
    public int Start { get; }

    /// <summary>Offset just past the last character (end-exclusive).</summary>
    public int End { get; }

    /// <summary>The paragraph as a range of the original text.</summary>
    public TextRange Range => new(Start, End);

    /// <summary>Index (in <see cref="ArticleText.Sentences"/>) of the paragraph's first sentence.</summary>
    public int FirstSentenceIndex { get; }

    /// <summary>Number of sentences in the paragraph (at least one).</summary>
    public int SentenceCount { get; }

    /// <summary>
    /// The paragraph exactly as in the original text, dateline included. A paragraph of hard-wrapped
    /// text keeps its line breaks. A caption sentence removed from inside the paragraph is still here;
    /// use the sentences for story text.
    /// </summary>
    public string Text => _text ??= _source.Substring(Start, End - Start);

    /// <inheritdoc />
    public override string ToString() => Text;
}
