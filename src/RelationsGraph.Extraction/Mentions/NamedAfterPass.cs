namespace RelationsGraph.Extraction.Mentions;

/// <summary>
/// Leaders' names that are part of the name of something named after them: "the Jawaharlal Nehru Port Authority", "the
/// Harry S. Truman Presidential Library", "Jomo Kenyatta International Airport", "the President Sukarno Hall". The
/// gazetteers find the leader; a capitalised word after the name that makes it the name of a place, a body or an idea
/// drops the leader's mention, so that the place and organization patterns read the whole name.
/// </summary>
/// <remarks>Runs right after the gazetteers, over the mentions of one sentence, in linear time.</remarks>
internal static class NamedAfterPass
{
    /// <summary>Capitalised words that, after a leader's name, make it the name of a place, a body or an idea.</summary>
    private static readonly HashSet<string> NamedAfterWords = new(StringComparer.Ordinal)
    {
        "International", "Presidential", "Port", "City", "Doctrine", "Library", "Foundation", "Institute", "Avenue", "Street",
        "Road", "Boulevard", "Highway", "Bridge", "Dam", "Prize", "Award", "School", "College", "Convention", "Conference",
        "Authority", "Thought", "Peace", "Trust",
    };

    public static void Find(AnalyzedSentence s)
    {
        // Most sentences name no leader, or none so: the removal, and its closure, only for one that does.
        foreach (var leader in s.MentionSpanOf(MentionKind.Leader))
        {
            if (IsNamedAfter(s, leader))
            {
                s.RemoveAll(m => m.Kind == MentionKind.Leader && IsNamedAfter(s, m));
                return;
            }
        }
    }

    /// <summary>Whether <paramref name="leader"/> is a knowledge-base leader's name that a noun of something named after him follows.</summary>
    private static bool IsNamedAfter(AnalyzedSentence s, Mention leader) => leader.Candidates.Count > 0 && IsNamedAfter(s, s.TokenAt(leader.End));

    /// <summary>Whether token <paramref name="next"/> is a capitalised noun of a place, a body or an idea named after a person.</summary>
    private static bool IsNamedAfter(AnalyzedSentence s, int next) =>
        s.IsCapitalized(next)
        && (NamedAfterWords.Contains(s.Word(next)) || VenuePattern.IsVenueNoun(s.Word(next)) || OrganizationPattern.IsHead(s.Word(next)));
}
