using System.Globalization;
using RelationsGraph.Extraction.Mentions;
using RelationsGraph.Extraction.Reading;

namespace RelationsGraph.Extraction.Resolution;

/// <summary>
/// Gives date mentions their dates, relative to the article's date: a weekday is the latest such day on or
/// before the dateline; a month without a year is the latest such month on or before the article's month
/// ("last August" strictly before it); "today" and "yesterday" count from its day; "this year", "last year" and
/// "a year ago" count from the article's year.
/// "The same day", "the following day", "later that month", "that same year" and "in June that year" take the
/// previous date of the text that does not follow "since". Without an article date only written years are resolved.
/// </summary>
internal static class DateResolver
{
    public static void Resolve(ArticleText article, IReadOnlyList<AnalyzedSentence> sentences)
    {
        var reference = ArticleDates.Of(article);
        PartialDate? previous = null;
        foreach (var sentence in sentences)
        {
            foreach (var mention in sentence.MentionSpanOf(MentionKind.Date))
            {
                mention.Date = IsFuture(sentence, mention) && reference is { } day
                    ? Ahead(mention, day) ?? Resolve(article, mention, reference, previous)
                    : Resolve(article, mention, reference, previous);
                if (!sentence.Is(sentence.TokenAt(mention.Start), "since"))
                {
                    previous = mention.Date ?? previous; // "the blockade ... since December 12, 2022" starts a span, no day the story goes on from
                }
            }
        }
    }

    /// <summary>
    /// Whether the clause before the date speaks of the future ("will meet on Thursday", "is expected to attend in
    /// September", "prepares to sit down with Trump on Saturday", "accepted the invitation to attend the summit in May", "looked forward to hosting him in September").
    /// A date that opens the sentence takes the tense of the clause after it ("On Saturday, Kishida is set to address ...").
    /// </summary>
    private static bool IsFuture(AnalyzedSentence s, Mention date)
    {
        var first = s.TokenAt(date.Start);
        var body = first >= s.FirstBodyToken ? s.FirstBodyToken : 0; // a dateline before the story is no clause of it
        for (var k = first - 1; k >= body; k--)
        {
            if (Tense(s, k) is { } future)
            {
                return future;
            }
        }

        if (first > body + 1 && !AfterOpeningEvent(s, body, first))
        {
            return false;
        }

        var after = s.TokenAt(date.End);
        for (var k = s.Is(after, ",") ? after + 1 : after; k < s.Tokens.Count; k++)
        {
            if (Tense(s, k) is { } future)
            {
                return future;
            }
        }

        return false;
    }

    /// <summary>
    /// Whether the date at token <paramref name="first"/> follows the event noun that opens the sentence, and its place:
    /// "The three-way summit on Tuesday will also bring ...", whose verb after the date gives the tense.
    /// </summary>
    private static bool AfterOpeningEvent(AnalyzedSentence s, int body, int first)
    {
        if (s.MentionStartingAt(body, MentionKind.EventNoun) is not { } noun)
        {
            return false;
        }

        return first == EventPlaces.TokenAfter(s, s.TokenAt(noun.End) - 1);
    }

    /// <summary>Whether token <paramref name="k"/> marks the future (true), the past or another clause (false), or neither (null).</summary>
    private static bool? Tense(AnalyzedSentence s, int k)
    {
        // "Later on Thursday, Biden was to host Kishida and Marcos": what was still to come when the story was filed.
        if (s.IsAny(k, "was", "were") && s.Is(k + 1, "to"))
        {
            return true;
        }

        // The date's own clause decides: "will recall that they met in March" is about March past.
        if (s.Word(k) is "." or ";" or "," || s.IsAny(k, "after", "since", "ago", "last", "that", "when", "which", "who", "where", "met", "held",
                "was", "were", "had", "did", "signed", "visited", "said", "agreed", "spoke", "talked", "told", "discussed", "called", "attended",
                "announced", "travelled", "traveled"))
        {
            return false;
        }

        // "which Widodo is hosting from Tuesday": a present progressive before the date speaks of what is to come.
        if (s.IsAny(k, "will", "would", "expected", "scheduled", "plans", "planned", "due", "upcoming", "next", "invitation", "invited", "invites", "forward",
                "prepares", "preparing", "poised", "slated")
            || (s.IsAny(k, "to") && s.IsAny(k - 1, "is", "are", "set"))
            || (s.IsAny(k - 1, "is", "are") && s.Word(k).EndsWith("ing", StringComparison.OrdinalIgnoreCase) && s.Word(k).Length > 5))
        {
            return true;
        }

        return null;
    }

    /// <summary>A weekday or month named for the future: the next one on or after the article's date.</summary>
    private static PartialDate? Ahead(Mention mention, DateOnly reference)
    {
        foreach (var word in mention.Text.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            if (mention.Head == "weekday" && WeekdayResolver.TryParse(word, out var day))
            {
                return PartialDate.FromDate(reference.AddDays(((int)day - (int)reference.DayOfWeek + 7) % 7));
            }

            if (mention.Head == "month" && MonthNames.TryParse(word.TrimEnd('.'), out var month))
            {
                return Month(month >= reference.Month ? reference.Year : reference.Year + 1, month);
            }
        }

        return null;
    }

    private static PartialDate? Year(int year) => year is >= 1 and <= 9999 ? new PartialDate(year) : null;

    private static PartialDate? Month(int year, int month) => year is >= 1 and <= 9999 && month is >= 1 and <= 12 ? new PartialDate(year, month) : null;

    private static PartialDate? Resolve(ArticleText article, Mention mention, DateOnly? reference, PartialDate? previous)
    {
        var words = mention.Text.Split([' ', ',', '\u00A0'], StringSplitOptions.RemoveEmptyEntries)
            .Where(w => !w.Equals("on", StringComparison.OrdinalIgnoreCase) && !w.Equals("in", StringComparison.OrdinalIgnoreCase)
                && !w.Equals("since", StringComparison.OrdinalIgnoreCase)).ToArray();
        var year = words.Select(w => int.TryParse(w, NumberStyles.None, CultureInfo.InvariantCulture, out var y) && y is >= 1800 and <= 2200 ? y : 0).FirstOrDefault(y => y > 0);
        var month = words.Select(w => MonthNames.TryParse(w.TrimEnd('.'), out var m) ? m : 0).FirstOrDefault(m => m > 0);
        var day = words.Select(w => w.Length <= 2 && int.TryParse(w, NumberStyles.None, CultureInfo.InvariantCulture, out var d) ? d : 0).FirstOrDefault(d => d > 0);
        var day0 = reference;
        return mention.Head switch
        {
            "weekday" => words.Select(w => WeekdayResolver.TryParse(w, out var wd) ? (DayOfWeek?)wd : null).FirstOrDefault(w => w is not null) is { } wday
                && article.ResolveWeekday(wday) is { } resolved ? PartialDate.FromDate(resolved) : null,
            "month-day-year" or "day-month-year" => CalendarDates.Create(year, month, day) is { } exact ? PartialDate.FromDate(exact) : null,
            "month-day" or "day-month" => day0 is { } r && month > 0 && CalendarDates.Nearest(month, day, r) is { } near ? PartialDate.FromDate(near) : null,
            "month-year" => Month(year, month),
            "month-last-year" => day0 is { } r2 ? Month(r2.Year - 1, month) : null,
            "month" => day0 is { } r3 ? Month(month <= r3.Month ? r3.Year : r3.Year - 1, month) : null,
            "last-month" => day0 is { } r4 ? Month(month < r4.Month ? r4.Year : r4.Year - 1, month) : null,
            "year" => Year(year),
            "today" => day0 is { } r11 ? PartialDate.FromDate(r11) : null,
            "yesterday" => day0 is { } r12 ? PartialDate.FromDate(r12.AddDays(-1)) : null,
            "this year" => day0 is { } r5 ? Year(r5.Year) : null,
            "last year" or "year ago" => day0 is { } r6 ? Year(r6.Year - 1) : null,
            "next year" => day0 is { } r7 ? Year(r7.Year + 1) : null,
            "this month" => day0 is { } r8 ? Month(r8.Year, r8.Month) : null,
            "last month" => day0 is { } r9 ? (r9.Month == 1 ? Month(r9.Year - 1, 12) : Month(r9.Year, r9.Month - 1)) : null,
            "next month" => day0 is { } r10 ? (r10.Month == 12 ? Month(r10.Year + 1, 1) : Month(r10.Year, r10.Month + 1)) : null,
            "same day" => previous is { Day: not null } same ? same : null,
            "next day" => previous?.ExactDate is { } told ? PartialDate.FromDate(told.AddDays(1)) : null,
            "that month" => previous is { Month: { } m } p ? Month(p.Year, m) : null,
            "that year" => previous is { } y ? Year(y.Year) : null,
            "month-that-year" => previous is { } y2 ? Month(y2.Year, month) : null,
            _ => null,
        };
    }
}
