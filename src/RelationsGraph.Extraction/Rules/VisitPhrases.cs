using RelationsGraph.Extraction.Mentions;

namespace RelationsGraph.Extraction.Rules;

/// <summary>The phrases <see cref="VisitRule"/> reads: its visitors, nouns and destinations, by token.</summary>
internal static class VisitPhrases
{
    /// <summary>
    /// The first of <paramref name="references"/> (with a single node when <paramref name="resolvedOnly"/>) whose phrase
    /// starts at token <paramref name="token"/>: a loop, where a lambda cost a closure for every sentence.
    /// </summary>
    public static Mention? StartingAt(AnalyzedSentence s, List<Mention> references, int token, bool resolvedOnly = false)
    {
        foreach (var r in references)
        {
            if (s.TokenAt(r.PhraseStart) == token && (!resolvedOnly || r.NodeId is not null))
            {
                return r;
            }
        }

        return null;
    }

    /// <summary>The last of <paramref name="references"/> whose phrase ends at token <paramref name="token"/>.</summary>
    public static Mention? EndingAt(AnalyzedSentence s, List<Mention> references, int token)
    {
        for (var k = references.Count - 1; k >= 0; k--)
        {
            if (s.TokenAt(references[k].PhraseEnd) == token)
            {
                return references[k];
            }
        }

        return null;
    }

    /// <summary>
    /// Whether the infinitive "to visit" at token <paramref name="verb"/> is what someone invited or asked
    /// <paramref name="visitor"/> to do ("Lula invited Xi to visit Brazil", "he had invited Kim to visit the White
    /// House"): an invitation is no visit, made or planned.
    /// </summary>
    public static bool IsInvitation(AnalyzedSentence s, int verb, Mention visitor) =>
        s.Is(verb - 1, "to") && s.IsAny(s.TokenAt(visitor.PhraseStart) - 1, "invited", "invites", "invite", "inviting", "asked", "urged", "encouraged");

    /// <summary>
    /// Whether the visit noun at token <paramref name="noun"/> is what someone invited <paramref name="visitor"/> to make:
    /// "inviting the Chinese leader to make a state visit to Japan", "invited Lula to pay an official visit".
    /// </summary>
    public static bool IsInvitedToMake(AnalyzedSentence s, Mention visitor, int noun)
    {
        var to = s.TokenAt(visitor.PhraseEnd);
        return s.IsAny(s.TokenAt(visitor.PhraseStart) - 1, "invited", "invites", "invite", "inviting", "asked", "urged")
            && s.Is(to, "to") && s.IsAny(to + 1, "make", "pay") && to + 2 <= noun && noun <= to + 3;
    }

    /// <summary>The event noun "visit" that starts at token <paramref name="token"/>, if any.</summary>
    public static Mention? VisitNounAt(AnalyzedSentence s, int token)
    {
        foreach (var n in s.MentionSpanOf(MentionKind.EventNoun))
        {
            if (n.Head == "visit" && s.TokenAt(n.Start) == token)
            {
                return n;
            }
        }

        return null;
    }

    /// <summary>
    /// The place arrived in by the verb at token <paramref name="i"/>: "arrived in Perth", "landed in Tokyo", "came to
    /// Beirut on Thursday"; null when it is no such verb or no place follows.
    /// </summary>
    public static Mention? Arrival(AnalyzedSentence s, int i) =>
        (s.IsAny(i, "arrived", "arrives", "landed") && s.Is(i + 1, "in")) || (s.IsAny(i, "came", "comes") && s.Is(i + 1, "to")) ? Destination(s, i + 2) : null;

    /// <summary>The place or country (resolved) at token <paramref name="k"/>, after an optional "the".</summary>
    public static Mention? Destination(AnalyzedSentence s, int k) =>
        s.MentionStartingAt(s.Is(k, "the") ? k + 1 : k, MentionKind.Capital, MentionKind.Place, MentionKind.Country) is { NodeId: not null } m ? m : null;

    /// <summary>
    /// "talks ... at State House in Dar es Salaam yesterday, the main event of the Kenyan leader's two-day state visit to
    /// the country": "the country" at token <paramref name="i"/> is the one of the place or country the sentence names
    /// last before the visit's noun (at token <paramref name="noun"/>); nothing when the sentence names none ("During
    /// his state visit to the country in 2014" speaks of a country named sentences before).
    /// </summary>
    public static Mention? CountryNamedBefore(AnalyzedSentence s, int i, int noun)
    {
        if (!s.Is(i, "the") || !s.IsAny(i + 1, "country", "nation") || s.Is(i + 2, "of")
            || (i + 2 < s.Tokens.Count && s.Tokens[i + 2].Kind == TokenKind.Possessive)) // "the country's north" is a place in it
        {
            return null;
        }

        Mention? named = null;
        foreach (var m in s.Mentions)
        {
            if (m.Kind is MentionKind.Country or MentionKind.Capital or MentionKind.Place && m.NodeId is not null && s.TokenAt(m.End) <= noun)
            {
                named = m;
            }
        }

        return named;
    }

    /// <summary>
    /// Whether the words just before the visit's noun, from the verb before <paramref name="visitor"/> (a possessive,
    /// "his") on, say it ended: "Abe ended his official visit to China on Saturday", "Xi wrapped up a state visit": a
    /// date written after it is the visit's last day.
    /// </summary>
    public static bool IsEnding(AnalyzedSentence s, Mention visitor, Mention noun)
    {
        for (var k = Math.Min(s.TokenAt(visitor.PhraseStart), s.TokenAt(noun.Start)) - 2; k < s.TokenAt(noun.Start); k++)
        {
            if (s.IsAny(k, "ended", "ends", "ending", "concluded", "concludes", "concluding", "wrapped", "wraps", "wrapping", "finished", "finishes", "closed", "closes"))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether the visit's noun says it came before another ("his last trip", "a previous visit").</summary>
    public static bool IsEarlier(AnalyzedSentence s, Mention noun)
    {
        for (var k = s.TokenAt(noun.Start); k < s.TokenAt(noun.End); k++)
        {
            if (s.IsAny(k, "last", "previous", "earlier", "prior"))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Where the visit noun of a relative clause after "who" at token <paramref name="k"/> would start: after "is on",
    /// "was on", "is paying", "is making", "paid" or "made"; null for any other clause.
    /// </summary>
    public static int? RelativeVisitNoun(AnalyzedSentence s, int k)
    {
        if (s.IsAny(k, "is", "was"))
        {
            return s.IsAny(k + 1, "on", "paying", "making") ? k + 2 : null;
        }

        return s.IsAny(k, "paid", "made") ? k + 1 : null;
    }

    /// <summary>"a state visit to Japan by then President Truong Tan Sang": the leader after "by" right after the destination.</summary>
    public static Mention? By(AnalyzedSentence s, Mention? destination, List<Mention> references)
    {
        var by = destination is null ? -1 : s.TokenAt(destination.End);
        return by >= 0 && s.Is(by, "by") ? StartingAt(s, references, by + 1, resolvedOnly: true) : null;
    }

    /// <summary>"Russia on an official visit" from token <paramref name="k"/>: the place and the visit noun after "on".</summary>
    public static (Mention Destination, Mention Noun)? StayIn(AnalyzedSentence s, int k)
    {
        if (Destination(s, k) is not { } destination)
        {
            return null;
        }

        var on = s.TokenAt(destination.End);
        var noun = s.Is(on, "on") ? s.MentionStartingAt(on + 1, MentionKind.EventNoun) : null;
        return noun is { Head: "visit" } ? (destination, noun) : null;
    }

    /// <summary>
    /// The visit phrase without the visitor after its destination: "a state visit to Rome" of "a state visit to Rome by
    /// Chinese President Xi Jinping"; null when the phrase has no "by" after a "to".
    /// </summary>
    public static string? WithoutVisitor(string phrase)
    {
        var to = phrase.IndexOf(" to ", StringComparison.Ordinal);
        var by = to < 0 ? -1 : phrase.IndexOf(" by ", to + 4, StringComparison.Ordinal);
        return by > 0 ? phrase[..by] : null;
    }

    /// <summary>
    /// Whether "on a" (or "on an") stands before the visit noun at token <paramref name="first"/>, past a few describing
    /// words: "on a one-day working visit", "on a two-day state visit".
    /// </summary>
    public static bool OnAVisit(AnalyzedSentence s, int first)
    {
        if (s.IsAny(first, "a", "an"))
        {
            return s.Is(first - 1, "on"); // the noun holds its article: "on [a two-day state visit]"
        }

        for (var k = first - 1; k > 0 && first - k <= 5; k--)
        {
            if (s.IsAny(k, "a", "an"))
            {
                return s.Is(k - 1, "on");
            }

            if (!(s.IsLowerCaseWord(k) || s.Word(k) == "-" || s.Tokens[k].Kind == TokenKind.Number))
            {
                return false;
            }
        }

        return false;
    }

    /// <summary>
    /// The destination of "travelled to", "flew to", "went to" at token <paramref name="i"/> when the clause ends after it
    /// and its date ("travelled to India in January 2017, when ...", "flew to Manila on Thursday night."), or null: a trip
    /// "for talks", "to meet" someone, "to attend" a summit or that "met" someone there is told by the rules of those.
    /// </summary>
    public static Mention? TravelledTo(AnalyzedSentence s, int i)
    {
        if (!s.IsAny(i, "travelled", "traveled", "flew", "went") || !s.Is(i + 1, "to") || s.IsAny(i - 1, "never", "not")
            || VisitPhrases.Destination(s, i + 2) is not { } destination)
        {
            return null;
        }

        var k = s.TokenAt(destination.End);
        while (k < s.Tokens.Count)
        {
            if (s.MentionStartingAt(k, MentionKind.Date) is { } date)
            {
                k = s.TokenAt(date.End);
            }
            else if (s.IsAny(k, "in", "on", "last", "earlier") && s.MentionStartingAt(k + 1, MentionKind.Date) is { } dated)
            {
                k = s.TokenAt(dated.End);
            }
            else if (s.IsAny(k, "again", "separately", "twice", "morning", "afternoon", "evening", "night"))
            {
                k++;
            }
            else
            {
                break;
            }
        }

        return k >= s.Tokens.Count || s.Word(k) is "." or "," or ";" || s.IsAny(k, "when", "where") ? destination : null;
    }

    /// <summary>Whether the words after token <paramref name="i"/> attend a summit: "traveled to San Francisco, where he is attending the 30th APEC ...".</summary>
    public static bool AttendsLater(AnalyzedSentence s, int i)
    {
        for (var k = i + 1; k < s.Tokens.Count; k++)
        {
            if (s.IsAny(k, "attend", "attends", "attending", "attended") || s.MentionStartingAt(k, MentionKind.Series) is { Candidates.Count: > 0 })
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Who travels by the verb at token <paramref name="i"/>: the leader a ", who" clause follows ("Li Keqiang, who travelled
    /// to Australia", "Modi, who is in Russia on an official visit"), else the verb's subject.
    /// </summary>
    public static Mention? Traveller(AnalyzedSentence s, int i, List<Mention> references) =>
        s.Is(i - 1, "who") && s.Word(i - 2) == "," ? EndingAt(s, references, i - 2) : Grammar.Subject(s, i, references).LastOrDefault();

    /// <summary>Whether the clause after the verb at token <paramref name="i"/> goes "to attend" or "to join" something, or names an organization's summit: a trip to a summit, not a visit.</summary>
    public static bool IsSummitTrip(AnalyzedSentence s, int i)
    {
        var end = Grammar.ClauseEnd(s, i);
        for (var k = i + 1; k < end && k < i + 14; k++)
        {
            if ((s.Is(k, "to") && s.IsAny(k + 1, "attend", "join")) || s.MentionStartingAt(k, MentionKind.Series) is { Candidates.Count: > 0 })
            {
                return true;
            }
        }

        return false;
    }
}
