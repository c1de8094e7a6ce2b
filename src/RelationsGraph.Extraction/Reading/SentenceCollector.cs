using RelationsGraph.Extraction.Text;

namespace RelationsGraph.Extraction.Reading;

/// <summary>
/// Splits each paragraph into sentences, keeps the dateline inside the first sentence, and removes
/// caption sentences that sit inside a paragraph: a sentence ending with a photo credit, or a credit
/// that opens a sentence (then the sentence before it, in the same paragraph, is the caption).
/// </summary>
internal sealed class SentenceCollector(PageModel page, List<NoiseLine> noise)
{
    private readonly List<TextRange> _ranges = [];

    public List<Paragraph> Paragraphs { get; } = [];

    public List<Sentence> Sentences { get; } = [];

    public void Collect(LineBlock block)
    {
        var start = page.Lines[block.FirstLine].TrimStart;
        var end = page.Lines[block.LastLine].TrimEnd;
        _ranges.Clear();
        SentenceSplitter.Split(page.Text.AsSpan(start, end - start), start, _ranges);
        KeepDatelineTogether();
        RemoveCaptions();
        if (_ranges.Count == 0)
        {
            return;
        }

        var paragraphIndex = Paragraphs.Count;
        var first = Sentences.Count;
        foreach (var range in _ranges)
        {
            Sentences.Add(Sentence.In(page.Text, Sentences.Count, paragraphIndex, range));
        }

        Paragraphs.Add(new Paragraph(page.Text, paragraphIndex, _ranges[0].Start, _ranges[^1].End, first, _ranges.Count));
    }

    private void KeepDatelineTogether()
    {
        if (page.Dateline is not { } dateline || _ranges.Count < 2 || _ranges[0].Start > dateline.Start || _ranges[0].End < dateline.Start)
        {
            return;
        }

        var merged = 1;
        while (merged < _ranges.Count && _ranges[merged].Start < dateline.End)
        {
            merged++;
        }

        if (merged < _ranges.Count && _ranges[merged - 1].End <= dateline.End)
        {
            merged++; // "SOCHI, September 4. /TASS/. Russian President ...": a dateline that ends in a full stop opens the story's first sentence
        }

        if (merged > 1)
        {
            _ranges[0] = new TextRange(_ranges[0].Start, _ranges[merged - 1].End);
            _ranges.RemoveRange(1, merged - 1);
        }
    }

    private void RemoveCaptions()
    {
        var kept = 0;
        for (var i = 0; i < _ranges.Count; i++)
        {
            var range = _ranges[i];
            var sentence = page.Text.AsSpan(range.Start, range.Length);
            var credit = CaptionRule.CreditAtStart(sentence);
            if (credit > 0)
            {
                var captionStart = kept > 0 ? _ranges[kept - 1].Start : range.Start;
                if (kept > 0)
                {
                    kept--;
                }

                AddNoise(captionStart, range.Start + TrimmedLength(sentence[..credit]));
                range = new TextRange(range.Start + credit, range.End);
                if (range.IsEmpty)
                {
                    continue;
                }

                sentence = page.Text.AsSpan(range.Start, range.Length);
            }

            if (CaptionRule.EndsWithCredit(sentence))
            {
                AddNoise(range.Start, range.End);
                continue;
            }

            _ranges[kept++] = range;
        }

        _ranges.RemoveRange(kept, _ranges.Count - kept);
    }

    private static int TrimmedLength(ReadOnlySpan<char> text) => text.TrimEnd().Length;

    private void AddNoise(int start, int end) =>
        noise.Add(new NoiseLine(NoiseKind.PhotoCaption, start, end, page.Text));
}
