using RelationsGraph.Extraction.Text;

namespace RelationsGraph.Extraction.Reading;

/// <summary>One sentence of an article's story, located in the original text.</summary>
public sealed class Sentence
{
    private readonly string? originalText;
    private string? text;

    /// <summary>Creates a sentence.</summary>
    /// <param name="index">0-based position among all sentences of the article.</param>
    /// <param name="paragraphIndex">0-based index of the paragraph it belongs to.</param>
    /// <param name="start">Offset of its first character in the original text.</param>
    /// <param name="end">Offset just past its last character.</param>
    /// <param name="text">Its characters, <c>originalText[start..end]</c>.</param>
    public Sentence(int index, int paragraphIndex, int start, int end, string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        Index = index;
        ParagraphIndex = paragraphIndex;
        Start = start;
        End = end;
        this.text = text;
    }

    /// <summary>A sentence of <paramref name="originalText"/> whose <see cref="Text"/> is copied out when first asked for.</summary>
    /// <remarks>The pipeline reads sentences through their offsets and seldom asks for the copy.</remarks>
    private Sentence(int index, int paragraphIndex, int start, int end, string? text, string originalText)
    {
        Index = index;
        ParagraphIndex = paragraphIndex;
        Start = start;
        End = end;
        this.text = text;
        this.originalText = originalText;
    }

    /// <summary>0-based position among all sentences of the article; the sentence number evidence cites.</summary>
    public int Index { get; }

    /// <summary>0-based index of the paragraph this sentence belongs to.</summary>
    public int ParagraphIndex { get; }

    /// <summary>Offset of the first character in the original, unnormalised article text.</summary>
    public int Start { get; }

    /// <summary>Offset just past the last character (end-exclusive).</summary>
    public int End { get; }

    /// <summary>Number of characters.</summary>
    public int Length => End - Start;

    /// <summary>The sentence as a range of the original text.</summary>
    public TextRange Range => new(Start, End);

    /// <summary>
    /// The sentence exactly as in the original text (<c>originalText.Substring(Start, End - Start)</c>),
    /// with its original quotes, spaces and any line breaks inside it.
    /// </summary>
    public string Text => text ??= originalText!.Substring(Start, End - Start);

    /// <summary>Sentence <paramref name="index"/> of <paramref name="originalText"/>, over <paramref name="range"/>, without copying its text yet.</summary>
    internal static Sentence In(string originalText, int index, int paragraphIndex, TextRange range) =>
        new(index, paragraphIndex, range.Start, range.End, null, originalText);

    /// <inheritdoc />
    public override string ToString() => Text;
}
