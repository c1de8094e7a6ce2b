using RelationsGraph.Extraction.Text;

namespace RelationsGraph.Extraction.Reading;

/// <summary>
/// An article as the reader understood it: headline, outlet, dates, dateline, and the story's
/// paragraphs and sentences, each located by character offsets into the original text.
/// </summary>
/// <remarks>
/// All offsets index <see cref="Text"/>, the text exactly as given, before any normalisation; so
/// <c>Text.Substring(s.Start, s.End - s.Start) == s.Text</c> for every sentence <c>s</c>, and evidence
/// quotes the original characters. The headline and removed noise are not part of the sentences.
/// </remarks>
public sealed class ArticleText
{
    internal ArticleText(string id, string text)
    {
        Id = id;
        Text = text;
    }

    /// <summary>The article id given to the reader; evidence names the article by it.</summary>
    public string Id { get; }

    /// <summary>The original text, unchanged.</summary>
    public string Text { get; }

    /// <summary>The headline as written, or null when none was recognised.</summary>
    public string? Headline { get; internal init; }

    /// <summary>Where the headline is in <see cref="Text"/>.</summary>
    public TextRange? HeadlineRange { get; internal init; }

    /// <summary>The news outlet ("Xinhua"), from the best source available (see <see cref="OutletSource"/>).</summary>
    public string? Outlet { get; internal init; }

    /// <summary>Where <see cref="Outlet"/> was found.</summary>
    public OutletSource OutletSource { get; internal init; }

    /// <summary>
    /// When the page was published or last updated, from its "Updated:" line. Pages seldom give a time
    /// zone: the wall-clock time is then kept as written with an offset of zero (it is not converted
    /// from any zone); a written "GMT+8" or "UTC-5" is honoured.
    /// </summary>
    public DateTimeOffset? PublishedAt { get; internal init; }

    /// <summary>The byline's name ("Jane Doe"), or null.</summary>
    public string? Byline { get; internal init; }

    /// <summary>The dateline, or null when the story has none.</summary>
    public Dateline? Dateline { get; internal init; }

    /// <summary>The dateline's place as written ("SAN FRANCISCO"), or null.</summary>
    public string? DatelinePlace => Dateline?.Place;

    /// <summary>The dateline's date, its year inferred when not written (see <see cref="Reading.Dateline.Date"/>), or null.</summary>
    public DateOnly? DatelineDate => Dateline?.Date;

    /// <summary>The story's paragraphs in order.</summary>
    public IReadOnlyList<Paragraph> Paragraphs { get; internal init; } = [];

    /// <summary>The story's sentences in order; <see cref="Sentence.Index"/> is the position in this list.</summary>
    public IReadOnlyList<Sentence> Sentences { get; internal init; } = [];

    /// <summary>Everything removed as noise, by offset, to explain what was dropped.</summary>
    public IReadOnlyList<NoiseLine> RemovedNoise { get; internal init; } = [];

    /// <summary>
    /// The date of a weekday named in the story ("on Thursday"): the most recent such day on or before
    /// the dateline date, or the publication date when there is no dateline date.
    /// </summary>
    /// <param name="day">The weekday.</param>
    /// <returns>The date, or null when the article has neither date.</returns>
    public DateOnly? ResolveWeekday(DayOfWeek day)
    {
        var reference = DatelineDate ?? (PublishedAt is { } published ? DateOnly.FromDateTime(published.DateTime) : null);
        return reference is { } date ? WeekdayResolver.Resolve(date, day) : null;
    }
}
