using RelationsGraph.Extraction.Mentions;

namespace RelationsGraph.Extraction.Rules;

/// <summary>Reads what a clause says about an event: its date, and the places it was held in.</summary>
internal static class FrameText
{
    /// <summary>
    /// The date of the event whose words end at token <paramref name="last"/>: a date mention within the words, else the first after them (or
    /// just before them, in the same clause) that no other event word stands between, nor a clause of its own time
    /// ("his first meeting with Xi since assuming office in October": October dates the office, not the meeting).
    /// </summary>
    /// <param name="s">The sentence.</param>
    /// <param name="first">The event words' first token.</param>
    /// <param name="last">Their last token.</param>
    /// <param name="otherTriggers">First tokens of other events of the sentence.</param>
    /// <param name="datelineEnd">Where the dateline ends, when the sentence opens with it: its date is the filing date, not the event's.</param>
    public static Mention? DateOf(AnalyzedSentence s, int first, int last, IEnumerable<int> otherTriggers, int datelineEnd = -1)
    {
        var others = otherTriggers.ToList();
        var clauseStart = Grammar.ClauseStart(s, first);
        Mention? dateBefore = null;
        foreach (var date in s.MentionSpanOf(MentionKind.Date))
        {
            if (!((date.Date is not null || date.Head == "same day") && date.Start >= datelineEnd))
            {
                continue;
            }

            var at = s.TokenAt(date.Start);
            if (SinceDate(s, at))
            {
                continue; // "the first summit between them since December 2019": a span's start dates no event
            }

            if (at > first && at < last)
            {
                return date; // within the event's own words: "was received on Friday in Beijing by", "sat down ... on Monday night for a virtual summit"
            }

            if (at > last && !AnyBetween(others, last, at) && !EventNounBetween(s, last, at) && !FrameClauses.TimeClauseBetween(s, last, at) && !Attributive(s, date, at)
                && !FrameClauses.ClauseWithItsSubjectBetween(s, last, at))
            {
                return date; // the words' own date follows them ("shook hands ... on Monday"), before one that precedes them
            }

            if (dateBefore is null && at < first && (at >= clauseStart || at <= 1) && !AnyBetween(others, at, first) && !RelativeClauses.Contains(s, at, first))
            {
                dateBefore = date;
            }
        }

        return dateBefore ?? DateBeforeWhen(s, first, datelineEnd);
    }

    /// <summary>
    /// Whether the date is a year that describes the noun after it ("a memorial to the victims of the 1945 atomic
    /// bombing", "under their 2008 joint statement"): it dates that, not an event told before it.
    /// </summary>
    private static bool Attributive(AnalyzedSentence s, Mention date, int at) =>
        date.Head == "year" && s.TokenAt(date.End) == at + 1 && Words.Determiners.Contains(s.Word(at - 1))
        && s.Tokens.Count > at + 1 && s.Tokens[at + 1].Kind == TokenKind.Word;

    /// <summary>Whether a token of <paramref name="tokens"/> lies strictly between <paramref name="low"/> and <paramref name="high"/> (a loop: a lambda here cost a closure per date).</summary>
    private static bool AnyBetween(List<int> tokens, int low, int high)
    {
        foreach (var t in tokens)
        {
            if (t > low && t < high)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>"since September 2018, when they met in New York": the date that a clause of time opening before <paramref name="first"/> hangs on.</summary>
    internal static Mention? DateBeforeWhen(AnalyzedSentence s, int first, int datelineEnd)
    {
        for (var k = first - 1; k >= 1 && first - k <= 8; k--)
        {
            if (!s.Is(k, "when"))
            {
                continue;
            }

            if (!s.Is(k - 1, ","))
            {
                return null;
            }

            foreach (var date in s.MentionSpanOf(MentionKind.Date))
            {
                if (date.Date is not null && date.Start >= datelineEnd && s.TokenEndingAt(date.End) == k - 2)
                {
                    return date;
                }
            }

            return null;
        }

        return null;
    }

    /// <summary>
    /// Whether the words at token <paramref name="first"/> sit in a clause set a span of time apart: "It came just 52
    /// days after Yoon traveled to Tokyo for a summit with Kishida", "two months before they met in Lima". Such a
    /// meeting is another one than those described before; "after meeting Xi, Biden said" is not set apart.
    /// </summary>
    public static bool SpanApart(AnalyzedSentence s, int first)
    {
        for (var k = first - 1; k >= 1 && first - k <= 12; k--)
        {
            if (s.Word(k) is "." or ";")
            {
                return false;
            }

            if (s.IsAny(k, "after", "before") && s.IsAny(k - 1, "days", "weeks", "months", "years", "day", "week", "month", "year"))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// "who had spoken five times since early 2021", "since returning to power on January 1": a date that opens a span of
    /// time, or dates the act a "since" phrase leads to, dates no single event. The "since" stands a few words before the
    /// date, with no comma between.
    /// </summary>
    public static bool SinceDate(AnalyzedSentence s, int at)
    {
        for (var k = at; k >= 0 && at - k <= 5 && s.Word(k) != ","; k--)
        {
            if (s.Is(k, "since"))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Whether an event noun other than a participle of the same event comes between the tokens: "held their first
    /// structured bilateral talks in five years, meeting in the Russian city of Kazan" tells one meeting and its city.
    /// </summary>
    private static bool EventNounBetween(AnalyzedSentence s, int from, int to) =>
        s.MentionsOf(MentionKind.EventNoun).Any(m => s.TokenAt(m.Start) > from && s.TokenAt(m.Start) < to && m.Head is "meeting" or "talks" or "summit" or "visit" && !IsParticiple(s, m) && !FollowsOn(s, from, m));

    /// <summary>
    /// Whether <paramref name="noun"/> is the second part of the meeting that ends at token <paramref name="from"/>: "held a
    /// one-to-one meeting followed by delegation-level talks at Hyderabad House", where the place is both parts'.
    /// </summary>
    private static bool FollowsOn(AnalyzedSentence s, int from, Mention noun) =>
        s.Is(from + 1, "followed") && s.Is(from + 2, "by") && s.TokenAt(noun.Start) <= from + 4 && noun.Head is "meeting" or "talks";

    /// <summary>A bare "meeting" after a comma and before a place: ", meeting in Kazan", ", meeting at the Kremlin".</summary>
    private static bool IsParticiple(AnalyzedSentence s, Mention noun)
    {
        var k = s.TokenAt(noun.Start);
        return s.Is(k, "meeting") && s.TokenAt(noun.End) == k + 1 && s.Is(k - 1, ",") && s.IsAny(k + 1, "in", "at");
    }

    /// <summary>
    /// Places introduced by "in" or "at" (the, nearby and similar words may come between; "at the US presidential
    /// retreat of Camp David" too) after token <paramref name="last"/> in its clause, before the next event word
    /// ("met ... in Bangkok", "at the Filoli Estate in Woodside"); with <paramref name="allowTo"/>, "to" as well
    /// ("welcomed Kishida to the White House"). When none follows, places introduced the same way earlier in the
    /// clause count ("Xi arrived in Bali on Monday, and held talks with ...").
    /// </summary>
    public static List<Mention> PlacesAfter(AnalyzedSentence s, int last, IEnumerable<int> otherTriggers, bool allowTo = false, int first = -1)
    {
        var others = otherTriggers.ToList();
        var next = others.Where(o => o > last).DefaultIfEmpty(s.Tokens.Count).Min();
        var end = Math.Min(next, s.Tokens.Count);
        for (var k = last + 1; k < end; k++)
        {
            if (s.IsAny(k, "in", "at") && Negated(s, k))
            {
                end = k; // "at his family home rather than at the White House, a gesture widely read in New Delhi": the place was none of those after
                break;
            }
        }

        end = Math.Min(end, FrameClauses.FrontedParticipleEnd(s, last));
        var places = new List<Mention>();
        var before = new List<Mention>();
        var clauseStart = Grammar.ClauseStart(s, first < 0 ? last : first);
        foreach (var place in s.Mentions.Where(m => m.Kind is MentionKind.Place or MentionKind.Capital && m.NodeId is not null && m.NodeId.StartsWith("place:", StringComparison.Ordinal)))
        {
            var at = s.TokenAt(place.Start);
            if (at > last && at < end && !EventNounBetween(s, last, at) && !FrameClauses.TimeClauseBetween(s, last, at) && InClauseAfter(s, last, at)
                && !FrameClauses.PredicateBetween(s, last, at)
                && Introduced(s, at, last, allowTo, capital: place.Kind == MentionKind.Capital))
            {
                places.Add(place);
            }
            else if (first >= 0 && at < first && at >= clauseStart && !others.Any(o => o > at && o < first) && !EventNounBetween(s, at, first) && Introduced(s, at, clauseStart - 1, TravelledTo(s, at)))
            {
                before.Add(place);
            }
        }

        if (places.Count == 0 && before.Count == 0 && first >= 0 && CleftPlace(s, clauseStart) is { } cleft)
        {
            before.Add(cleft);
        }

        return places.Count > 0 ? places : before;
    }

    /// <summary>
    /// The place a cleft sentence puts first, when the clause starting at <paramref name="clauseStart"/> is its "that"
    /// clause: "It was in San Francisco, on the margins of the APEC meeting, that Rabuka and Xi held their first talks".
    /// </summary>
    private static Mention? CleftPlace(AnalyzedSentence s, int clauseStart)
    {
        var it = s.FirstBodyToken;
        if (!(s.Is(clauseStart - 1, "that") && s.Is(it, "it") && s.IsAny(it + 1, "was", "is") && s.IsAny(it + 2, "in", "at")))
        {
            return null;
        }

        return s.MentionStartingAt(it + 3, MentionKind.Place, MentionKind.Capital) is { NodeId: { } id } place
            && id.StartsWith("place:", StringComparison.Ordinal) ? place : null;
    }

    /// <summary>
    /// Whether token <paramref name="at"/> is in the clause that token <paramref name="last"/> ends, a relative clause set
    /// off by commas left out: "talks between Trong and Xi, who is also general secretary of the party, at the
    /// headquarters ... in Hanoi".
    /// </summary>
    private static bool InClauseAfter(AnalyzedSentence s, int last, int at)
    {
        var end = Grammar.ClauseEnd(s, last);
        if (at <= end)
        {
            return true;
        }

        if (!s.Is(end, ",") || !s.IsAny(end + 1, "who", "which"))
        {
            return false;
        }

        var close = end + 2;
        while (close < s.Tokens.Count && close < at && !s.Is(close, ","))
        {
            close++;
        }

        return close < at && s.Is(close, ",") && Grammar.ClauseEnd(s, close) >= at;
    }

    /// <summary>"Fidan traveled to Moscow for talks with Lavrov": a place reached by a verb of travel hosts what follows.</summary>
    private static bool TravelledTo(AnalyzedSentence s, int at) =>
        s.Is(at - 1, "to") && s.IsAny(at - 2, "traveled", "travelled", "flew", "went", "came", "headed", "travels", "travelling", "traveling");

    /// <summary>
    /// Whether the place at token <paramref name="at"/> is introduced by a locative preposition after token
    /// <paramref name="floor"/>; a <paramref name="capital"/> also by a comma after an introduced place ("in Yongsan,
    /// central Seoul"), where a region would only say where that place is ("in Woodside, California").
    /// </summary>
    private static bool Introduced(AnalyzedSentence s, int at, int floor, bool allowTo, bool capital = false)
    {
        var k = at - 1;
        if (s.Is(k, "of"))
        {
            // "at the US presidential retreat of Camp David": walk back over the noun phrase to its preposition.
            k--;
            while (k > floor && at - k < 8 && (s.Is(k, "the") || (s.Tokens[k].Kind == TokenKind.Word && !s.IsCapitalized(k) && !s.IsAny(k, "in", "at", "to", "near"))
                || s.Overlaps(s.Tokens[k].Start, s.Tokens[k].End, MentionKind.Country, MentionKind.Demonym)))
            {
                k--;
            }

            return s.IsAny(k, "at", "in");
        }

        // "in the Turkish capital Ankara", "in the Indian capital, New Delhi": the city named after what it is.
        if (s.Is(k, ",") && s.IsAny(k - 1, "capital", "city"))
        {
            k--;
        }

        if (s.IsAny(k, "capital", "city") && k - 1 > floor)
        {
            k -= s.Is(k, "city") && s.Is(k - 1, "capital") ? 2 : 1; // "the capital city Ankara"
            while (k > floor && s.Overlaps(s.Tokens[k].Start, s.Tokens[k].End, MentionKind.Country, MentionKind.Demonym))
            {
                k--;
            }
        }

        while (k > floor && s.IsAny(k, "the", "nearby", "neighboring", "neighbouring", "downtown", "central", "secluded"))
        {
            k--;
        }

        // "at the presidential office in Yongsan, central Seoul": the city of a place introduced just before.
        if (capital && s.Word(k) == "," && k - 1 > floor && Resolution.PlaceResolution.PlaceBeforeComma(s, k) is { } before)
        {
            return Introduced(s, s.TokenAt(before.Start), floor, allowTo);
        }

        return s.IsAny(k, "in", "at") || (allowTo && s.Is(k, "to"));
    }

    /// <summary>Whether the preposition at <paramref name="k"/> says where the event was not: "rather than at the White House", "instead of in Beijing", "not in Seoul".</summary>
    private static bool Negated(AnalyzedSentence s, int k) =>
        (s.Is(k - 1, "than") && s.Is(k - 2, "rather")) || (s.Is(k - 1, "of") && s.Is(k - 2, "instead")) || s.Is(k - 1, "not");
}
