using System.Globalization;

namespace RelationsGraph.Extraction.Rules;

/// <summary>
/// The short names of an event of another day with its date: "Erdoğan-Xi meeting in Samarkand September 2022",
/// "Macron's visit to China in April 2023", "2023 NATO Summit in Vilnius". Readers tell an earlier meeting from
/// the day's one by its date ("the Merkel-Ramaphosa talks in February 2020", "Aliyev-Xi meeting in Samarkand
/// (2022)"); punctuation aside (names compare without it), these are the forms they write.
/// </summary>
/// <remarks>
/// Only the short names are dated (a pair's surnames with the meeting's word, a visitor's visit, a summit's name), not
/// the long "meeting between ... and ..." ones, and only for an event of another month than the article's: the
/// story's own meetings need no date to be told apart, and their names are most of an article's (dating those of
/// the article's month too found one more event on development and wrote twice as many names).
/// </remarks>
internal static class DatedEventNames
{
    private static readonly string[] Long = ["meeting between ", "talks between ", "summit between ", "visit by ", "state visit by ", "official visit by ", "phone call between ", "address by ", "trilateral ", "multilateral "];

    /// <summary>
    /// The dated forms of <paramref name="names"/>, the names of an event dated <paramref name="date"/>; none when it is
    /// undated, of the month of <paramref name="articleDay"/> (or of its year, dated by the year alone), or an
    /// anniversary (whose name says its year already).
    /// </summary>
    /// <param name="names">The event's names.</param>
    /// <param name="date">The event's date.</param>
    /// <param name="articleDay">The article's day.</param>
    /// <param name="kind">The event's kind.</param>
    /// <param name="named">Whether the event has a name of its own (a summit's), which is also written after its year.</param>
    public static IEnumerable<string> Of(IReadOnlyList<string> names, PartialDate? date, DateOnly? articleDay, EventKind kind, bool named)
    {
        if (date is not { } when || kind == EventKind.Anniversary
            || (articleDay is { } day && when.Year == day.Year && (when.Month is null || when.Month == day.Month)))
        {
            yield break;
        }

        var year = when.Year.ToString(CultureInfo.InvariantCulture);
        var month = when.Month is { } m ? CultureInfo.InvariantCulture.DateTimeFormat.GetMonthName(m) : null;
        foreach (var name in names)
        {
            if (IsLong(name) || name.StartsWith(year, StringComparison.Ordinal))
            {
                continue;
            }

            yield return $"{name} {year}";
            if (month is not null)
            {
                yield return $"{name} {month} {year}";
                yield return $"{name} in {month} {year}";
            }

            if (named && !char.IsAsciiDigit(name[0])) // not "2022 29th APEC Economic Leaders' Meeting"
            {
                yield return $"{year} {name}";
            }
        }
    }

    private static bool IsLong(string name)
    {
        foreach (var start in Long)
        {
            if (name.StartsWith(start, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }
}
