using RelationsGraph.Extraction.Text;

namespace RelationsGraph.Extraction.Reading;

/// <summary>
/// The dateline that opens a wire story ("SAN FRANCISCO, Nov. 16 (Xinhua) --"). It stays in the text of
/// the first paragraph and first sentence; this records where it is and what it says.
/// </summary>
public sealed class Dateline
{
    /// <summary>Creates a dateline record.</summary>
    /// <param name="range">The whole dateline, through its dash, in the original text.</param>
    /// <param name="placeRange">The place name in the original text.</param>
    /// <param name="place">The place as written ("SAN FRANCISCO").</param>
    /// <param name="date">The date, its year inferred when the dateline has none; null when unknown.</param>
    /// <param name="yearInferred">Whether the year of <paramref name="date"/> was inferred.</param>
    /// <param name="outletTag">The outlet in parentheses ("Xinhua"), if any.</param>
    public Dateline(TextRange range, TextRange placeRange, string place, DateOnly? date, bool yearInferred, string? outletTag)
    {
        ArgumentNullException.ThrowIfNull(place);
        Range = range;
        PlaceRange = placeRange;
        Place = place;
        Date = date;
        YearInferred = yearInferred;
        OutletTag = outletTag;
    }

    /// <summary>The whole dateline, from the place through the dash that ends it, in the original text.</summary>
    public TextRange Range { get; }

    /// <summary>Where the place name is, in the original text.</summary>
    public TextRange PlaceRange { get; }

    /// <summary>The place as written, usually in capitals ("SAN FRANCISCO").</summary>
    public string Place { get; }

    /// <summary>
    /// The date the story was filed. A dateline rarely gives the year ("Nov. 16"): it is then taken from
    /// the page's date (or <see cref="ArticleReaderOptions.ReferenceDate"/>), choosing the year that puts
    /// the dateline nearest to it, so "Dec. 31" on a page of 2 January falls in the previous year. Null
    /// when the dateline has no date, or no year can be found.
    /// </summary>
    public DateOnly? Date { get; }

    /// <summary>Whether the year of <see cref="Date"/> was inferred rather than written.</summary>
    public bool YearInferred { get; }

    /// <summary>The outlet named in parentheses after the date ("Xinhua", "AP"), or null.</summary>
    public string? OutletTag { get; }
}
