using RelationsGraph.Extraction.Mentions;

namespace RelationsGraph.Extraction.Rules;

/// <summary>
/// What <see cref="MeetingTriggers"/> asks of a host's verb ("hosted", "welcomed", "received"): whether a guest follows
/// it, who the host is in the passive ("was received ... by the Chinese president"), and whether the hosting is a
/// meal's rather than a meeting's.
/// </summary>
internal static class HostingPhrases
{
    /// <summary>
    /// The "by" of a passive "received ... by the Chinese president": at most a date and a place between the verb and it
    /// ("on Friday", "in Beijing", "at the Elysee"), and one leader or role after it. Null for "was received by cheering
    /// crowds", "was welcomed as a step by Beijing", "was received by President Murmu and Prime Minister Modi" (a
    /// ceremony of welcome by two hosts) or "was received at the airport by the foreign minister" (an arrival).
    /// </summary>
    public static int? PassiveAgent(AnalyzedSentence s, int i)
    {
        var k = i + 1;
        while (k < s.Tokens.Count && k <= i + 10 && !s.Is(k, "by"))
        {
            if (PlacePhrases.PlaceAdverbial(s, k) is { } place)
            {
                if (PlacePhrases.IsAirport(place))
                {
                    return null; // "received at the Julius Nyerere International Airport by the foreign minister": an arrival
                }

                k = s.TokenAt(place.End);
            }
            else if (s.MentionStartingAt(k, MentionKind.Date) is { } date)
            {
                k = s.TokenAt(date.End);
            }
            else if (s.IsAny(k, "today", "yesterday", "here", "there", "warmly"))
            {
                k++;
            }
            else
            {
                return null;
            }
        }

        if (!s.Is(k, "by"))
        {
            return null;
        }

        // The host's phrase starts within a few words ("by Mr Biden", "by the Chinese president, Xi Jinping"), and is
        // the only one: "where he was received by President Murmu and Prime Minister Modi" is a ceremony of welcome,
        // unless the hosts received the guest "for" talks or a summit ("was received by ... Charles Michel and ... Ursula
        // von der Leyen for the annual EU-Japan summit").
        foreach (var m in s.MentionSpan)
        {
            if (m.Kind is MentionKind.Leader or MentionKind.Role && s.TokenAt(m.PhraseStart) > k && s.TokenAt(m.PhraseStart) <= k + 4)
            {
                return !s.Is(s.TokenAt(m.PhraseEnd), "and") || ForAMeeting(s, k) ? k : null;
            }
        }

        return null;
    }

    /// <summary>Whether "for" and a meeting, talks or a summit follow token <paramref name="k"/> in its clause: "for the annual EU-Japan summit".</summary>
    private static bool ForAMeeting(AnalyzedSentence s, int k)
    {
        var end = Grammar.ClauseEnd(s, k);
        for (var f = k + 1; f < end; f++)
        {
            if (s.Is(f, "for") && s.MentionsIn(s.Tokens[f].End, s.Tokens[Math.Min(f + 6, s.Tokens.Count - 1)].End)
                .Any(m => (m.Kind == MentionKind.EventNoun && m.Head is "summit" or "talks" or "meeting")
                    || (m.Kind == MentionKind.Series && m.Text.Contains("summit", StringComparison.OrdinalIgnoreCase))))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether a meal ("banquet", "dinner") comes after token <paramref name="i"/> in its clause.</summary>
    public static bool MealInClause(AnalyzedSentence s, int i)
    {
        var end = Grammar.ClauseEnd(s, i);
        for (var k = i + 1; k <= end && k < s.Tokens.Count; k++)
        {
            if (HostedMeal.IsMeal(s, k))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Whether a person or a party follows <paramref name="i"/>, past places, dates, "today", commas, determiners and honorifics: "welcomed Kishida",
    /// "hosted the Japanese prime minister", "received his counterpart", "welcomed the two leaders", "hosted Japan".
    /// </summary>
    public static bool GuestAfter(AnalyzedSentence s, int i)
    {
        var k = i + 1;
        while (true)
        {
            // "received at Al-Yamamah Palace in Riyadh today President Xi": where and when may come before the guest.
            if (PlacePhrases.PlaceAdverbial(s, k) is { } place)
            {
                if (PlacePhrases.IsAirport(place))
                {
                    return false; // "received at the airport the visiting president": an arrival
                }

                k = s.TokenAt(place.End);
            }
            else if (s.MentionStartingAt(k, MentionKind.Date) is { } date)
            {
                k = s.TokenAt(date.End); // "received, on Wednesday at Carthage Palace, Prime Minister ... Meloni"
            }
            else if (s.IsAny(k, "today", "yesterday", "tonight", "here", ","))
            {
                k++;
            }
            else
            {
                break;
            }
        }

        var lead = k;
        // "the visiting president", "the new German Chancellor Friedrich Merz", "the newly elected president".
        while (k < s.Tokens.Count && k <= lead + 2 && (s.IsAny(k, "the", "his", "her", "their", "both") || Words.OfficeQualifiers.Contains(s.Word(k)) || Words.Honorifics.Contains(s.Word(k))))
        {
            k++;
        }

        var party = s.MentionStartingAt(k, MentionKind.Leader, MentionKind.Title, MentionKind.Role, MentionKind.Demonym, MentionKind.Country,
            MentionKind.LeaderGroup, MentionKind.SideGroup, MentionKind.Pronoun);
        var named = party is null ? null : s.MentionStartingAt(k, MentionKind.Leader) ?? s.MentionStartingAt(s.TokenAt(party.End), MentionKind.Leader) ?? party;
        if (named is not null && s.TokenAt(named.End) is var after && after < s.Tokens.Count && s.Tokens[after].Kind == TokenKind.Possessive)
        {
            // "welcomed Milei's victory at the polls", "welcomed Japan's decision": what the party did, not the party;
            // "hosted Japan's Prime Minister Kishida" and "hosted Prabowo's predecessor, Joko Widodo" are still guests.
            return s.MentionStartingAt(after + 1, MentionKind.Leader, MentionKind.Title, MentionKind.Role) is not null
                || s.IsAny(after + 1, "predecessor", "successor", "counterpart", "envoy", "deputy", "delegation", "leader", "leaders", "wife", "husband");
        }

        return party is not null
            || s.MentionCovering(k, MentionKind.Leader, MentionKind.Role, MentionKind.LeaderGroup) is not null
            || s.IsAny(k, "counterpart", "counterparts", "him", "them", "leaders", "delegation", "delegations")
            || (s.Is(lead, "her") && Words.IsObjectHer(s, lead));
    }
}
