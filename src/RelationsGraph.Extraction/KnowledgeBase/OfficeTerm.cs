namespace RelationsGraph.Extraction.Knowledge;

/// <summary>One term in office: who held which title of which country, from when until when.</summary>
/// <param name="LeaderId">The leader's node id (<c>leader:fumio-kishida</c>).</param>
/// <param name="CountryId">The country's node id (<c>country:jp</c>).</param>
/// <param name="Title">The office (<c>Prime Minister</c>).</param>
/// <param name="Since">When the term began; null when unknown.</param>
/// <param name="Until">When it ended; null for a sitting office holder.</param>
/// <remarks>
/// A term covers a day when the day is on or after <see cref="Since"/> and before <see cref="Until"/>: the day a
/// successor takes office belongs to the successor. A date known only to the month or year is taken at its
/// widest (a term "since 1972" covers the whole of 1972, "until 1974" all of 1974).
/// </remarks>
public sealed record OfficeTerm(string LeaderId, string CountryId, string Title, PartialDate? Since, PartialDate? Until)
{
    /// <summary>Whether the term covers <paramref name="date"/>; see the type's remarks.</summary>
    public bool Covers(DateOnly date)
    {
        if (Since is { } since && date < FirstDay(since))
        {
            return false;
        }

        if (Until is not { } until)
        {
            return true;
        }

        return until.ExactDate is { } exact ? date < exact : date <= LastDay(until);
    }

    /// <summary>Whether the term covers any day of <paramref name="date"/> (a year, a month or a day).</summary>
    public bool Overlaps(PartialDate date)
    {
        if (date.ExactDate is { } day)
        {
            return Covers(day);
        }

        var first = FirstDay(date);
        var last = LastDay(date);
        var startsBeforeEnd = Since is not { } since || FirstDay(since) <= last;
        var endsAfterStart = Until is not { } until || (until.ExactDate is { } exact ? exact > first : LastDay(until) >= first);
        return startsBeforeEnd && endsAfterStart;
    }

    private static DateOnly FirstDay(PartialDate date) => new(date.Year, date.Month ?? 1, date.Day ?? 1);

    private static DateOnly LastDay(PartialDate date)
    {
        var month = date.Month ?? 12;
        return new DateOnly(date.Year, month, date.Day ?? DateTime.DaysInMonth(date.Year, month));
    }
}
