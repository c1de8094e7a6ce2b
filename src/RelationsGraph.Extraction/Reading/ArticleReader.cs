using RelationsGraph.Extraction.Text;

namespace RelationsGraph.Extraction.Reading;

/// <summary>
/// Reads the text of a news article, as scraped from a web page, into an <see cref="ArticleText"/>:
/// it removes page noise, finds the headline, the outlet, the publication time and the dateline, and
/// splits the story into paragraphs and sentences located in the original text.
/// </summary>
/// <remarks>
/// <para>
/// Noise is recognised line by line: navigation words alone on a line ("App", "Mobile", "Desktop", and
/// any other stand-alone line of one or two words without sentence punctuation that is not the
/// headline), breadcrumbs, "Updated: ..." time stamps, photo captions ending in a credit such as
/// "[Photo/Xinhua]" (every copy), copyright footers, "Website Identification Code" and "Registration
/// Number" lines, bylines and "Editor:" / "Source:" lines. Each removed piece is listed in
/// <see cref="ArticleText.RemovedNoise"/> with its kind and span.
/// </para>
/// <para>
/// LF, CRLF, lone CR, NEL, U+2028 and U+2029 all end lines; non-breaking and other Unicode spaces are
/// spaces. Nothing is normalised in place, so every offset indexes the original text. The reader makes
/// one pass over the text per stage, uses no regular expressions and no culture-sensitive operation,
/// and never reads the clock: its output depends on its input alone.
/// </para>
/// </remarks>
public static class ArticleReader
{
    /// <summary>
    /// Maximum number of text lines of prose (<see cref="ProseWords"/> words or more), from the top, searched for the
    /// dateline. Shorter text lines do not count: a page's share buttons ("Bookmark", "Share", "WhatsApp", ...) that no
    /// rule takes for noise would otherwise use up the search before the story begins.
    /// </summary>
    private const int DatelineSearchLines = 12;

    /// <summary>The fewest words of a line that counts towards <see cref="DatelineSearchLines"/>.</summary>
    private const int ProseWords = 4;

    /// <summary>Reads one article.</summary>
    /// <param name="id">The article's id, used in evidence and error messages.</param>
    /// <param name="text">The article text. Empty text gives an article with no sentences.</param>
    /// <param name="options">Settings; <see cref="ArticleReaderOptions.Default"/> when null.</param>
    /// <returns>The article.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="id"/> or <paramref name="text"/> is null.</exception>
    /// <exception cref="ArticleFormatException">
    /// More than <see cref="ArticleReaderOptions.MaxControlCharacterFraction"/> of the characters are
    /// control characters (binary data); the message gives the offset and line:column of the first.
    /// </exception>
    public static ArticleText Read(string id, string text, ArticleReaderOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(id);
        ArgumentNullException.ThrowIfNull(text);
        options ??= ArticleReaderOptions.Default;
        ControlCharacterGuard.Check(id, text, options.MaxControlCharacterFraction);

        var page = new PageModel(text, ArticleLine.Split(text));
        var classifier = new LineClassifier(options);
        Classify(page, classifier);
        FindDateline(page, options);
        page.HeadlineLine = HeadlineFinder.Find(page);
        if (page.HeadlineLine >= 0)
        {
            page.Roles[page.HeadlineLine] = LineRole.Headline;
        }

        SubheadingRule.Mark(page);

        var blocks = ParagraphAssembler.Assemble(page);
        var noise = new List<NoiseLine>();
        var collector = new SentenceCollector(page, noise);
        foreach (var block in blocks)
        {
            collector.Collect(block);
        }

        return Build(id, page, classifier.Facts, collector, CollectNoiseLines(page, noise), options);
    }

    private static void Classify(PageModel page, LineClassifier classifier)
    {
        for (var i = 0; i < page.Lines.Count; i++)
        {
            if (page.Lines[i].IsBlank)
            {
                page.Roles[i] = LineRole.Blank;
                classifier.Blank();
            }
            else if (classifier.Classify(page.Content(i)) is { } kind)
            {
                page.MarkNoise(i, kind);
            }
            else
            {
                page.Roles[i] = LineRole.Text;
            }
        }
    }

    private static void FindDateline(PageModel page, ArticleReaderOptions options)
    {
        var seen = 0;
        for (var i = 0; i < page.Lines.Count && seen < DatelineSearchLines; i++)
        {
            if (page.Roles[i] != LineRole.Text)
            {
                continue;
            }

            if (LineShape.CountWords(page.Lines[i].Content(page.Text), ProseWords) >= ProseWords)
            {
                seen++;
            }

            if ((DatelineParser.TryParse(page.Text, page.Lines[i], options.PlaceLookup) ?? PlaceAboveStory(page, i, options)) is { } dateline)
            {
                page.DatelineLine = i;
                page.Dateline = dateline;
                return;
            }
        }

        // No story line starts with one: the page's time stamp may end with the place ("... IST - NEW DELHI"), unless
        // what ends it is an outlet ("- PTI"). It stays a noise line, so the dateline has no line of its own.
        for (var i = 0; i < page.Lines.Count; i++)
        {
            if (page.Roles[i] == LineRole.Noise && page.NoiseKinds[i] == NoiseKind.Updated
                && DatelineParser.TrailingPlace(page.Text, page.Lines[i]) is { } stamped
                && !options.OutletLookup.Contains(page.Text.AsSpan(stamped.PlaceStart, stamped.PlaceEnd - stamped.PlaceStart)))
            {
                page.Dateline = stamped;
                return;
            }
        }
    }

    /// <summary>
    /// "Washington" on a line of its own right above the story's first paragraph (Folha): a known place and nothing else,
    /// between prose above it (the headline) and below it. A known place in a menu ("Singapore" before "Asia") is
    /// followed by more short lines, and a section name above the headline has nothing above it.
    /// </summary>
    private static DatelineMatch? PlaceAboveStory(PageModel page, int i, ArticleReaderOptions options)
    {
        var line = page.Lines[i];
        if (!options.PlaceLookup.Contains(line.Content(page.Text).Trim()))
        {
            return null;
        }

        var next = i + 1;
        while (next < page.Lines.Count && page.Lines[next].IsBlank)
        {
            next++;
        }

        if (next >= page.Lines.Count || page.Roles[next] != LineRole.Text || !IsProse(page, next)
            || !Enumerable.Range(0, i).Any(j => page.Roles[j] == LineRole.Text && IsProse(page, j)))
        {
            return null;
        }

        return new DatelineMatch(line.TrimStart, line.TrimEnd, line.TrimStart, line.TrimEnd, 0, 0, null, null, true);
    }

    private static bool IsProse(PageModel page, int line) => LineShape.CountWords(page.Lines[line].Content(page.Text), ProseWords) >= ProseWords;

    /// <summary>Merges the noise lines (in line order) with the caption sentences (already in text order).</summary>
    private static List<NoiseLine> CollectNoiseLines(PageModel page, List<NoiseLine> sentenceNoise)
    {
        var merged = new List<NoiseLine>(sentenceNoise.Count);
        var next = 0;
        for (var i = 0; i < page.Lines.Count; i++)
        {
            if (page.Roles[i] != LineRole.Noise)
            {
                continue;
            }

            var line = page.Lines[i];
            while (next < sentenceNoise.Count && sentenceNoise[next].Start < line.TrimStart)
            {
                merged.Add(sentenceNoise[next++]);
            }

            merged.Add(new NoiseLine(page.NoiseKinds[i], line.TrimStart, line.TrimEnd, page.Text));
        }

        merged.AddRange(sentenceNoise.Skip(next));
        return merged;
    }

    private static ArticleText Build(
        string id, PageModel page, PageFacts facts, SentenceCollector collector, List<NoiseLine> noise, ArticleReaderOptions options)
    {
        var headline = page.HeadlineLine >= 0 ? page.Lines[page.HeadlineLine].Trimmed : (TextRange?)null;
        var reference = facts.PublishedAt is { } published ? DateOnly.FromDateTime(published.DateTime) : options.ReferenceDate;
        var dateline = page.Dateline is { } match ? DatelineBuilder.Build(page.Text, match, reference) : null;
        var (outlet, source) = ChooseOutlet(facts, dateline);
        return new ArticleText(id, page.Text)
        {
            Headline = headline?.GetText(page.Text),
            HeadlineRange = headline,
            Outlet = outlet,
            OutletSource = source,
            PublishedAt = facts.PublishedAt,
            Byline = facts.Byline,
            Dateline = dateline,
            Paragraphs = collector.Paragraphs.AsReadOnly(),
            Sentences = collector.Sentences.AsReadOnly(),
            RemovedNoise = noise.AsReadOnly(),
        };
    }

    private static (string? Outlet, OutletSource Source) ChooseOutlet(PageFacts facts, Dateline? dateline)
    {
        if (facts.UpdatedOutlet is { } updated)
        {
            return (updated, OutletSource.UpdatedLine);
        }

        if (dateline?.OutletTag is { } tag)
        {
            return (tag, OutletSource.DatelineTag);
        }

        if (facts.BylineOutlet is { } byline)
        {
            return (byline, OutletSource.Byline);
        }

        return facts.SourceOutlet is { } source ? (source, OutletSource.SourceLine) : (null, OutletSource.None);
    }
}
