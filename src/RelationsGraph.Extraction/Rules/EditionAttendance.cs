using RelationsGraph.Extraction.Mentions;

namespace RelationsGraph.Extraction.Rules;

/// <summary>
/// Who attends an edition <see cref="SeriesRule"/> found: the leaders who "attend" it, "arrived ... for" it, "joined"
/// others for it or "hosted" it, not those who "did not attend"; and the leader phrase a host is named by.
/// </summary>
internal static class EditionAttendance
{
    /// <summary>The most tokens from "joined" to the "for" of the edition: "joined Biden, Australian Prime Minister Anthony Albanese and Japanese Prime Minister Fumio Kishida for".</summary>
    private const int MaxJoinGap = 20;

    /// <summary>Adds to <paramref name="frame"/> the leaders the sentence says attend the edition <paramref name="mention"/>.</summary>
    public static void Add(ExtractionContext context, AnalyzedSentence s, Mention mention, EventFrame frame)
    {
        var at = s.TokenAt(mention.Start);
        var verb = AttendanceVerb(s, at);
        if (verb < 0 || IsNegated(s, verb))
        {
            return; // "Xi did not attend the BRICS Business Forum"
        }

        if (s.Is(at - 1, "for") && Joined(s, at) is { } join)
        {
            // "PM Modi also joined Biden, Albanese and Kishida for the Quad summit": who joined, and whom.
            var named = Grammar.LeaderReferences(s).Where(r => r.NodeIds.Count > 0 && r.End <= mention.Start).ToList();
            foreach (var leader in Grammar.Subject(s, join, named).Concat(Grammar.Objects(s, join, named)))
            {
                foreach (var id in leader.NodeIds)
                {
                    frame.AddParticipant(id, context.Evidence(s.Index, Math.Min(leader.PhraseStart, s.Tokens[join].Start), Math.Max(leader.PhraseEnd, mention.End)));
                }
            }

            return;
        }

        if (s.Is(at - 1, "for") && !Enumerable.Range(Math.Max(0, at - 12), 12).Any(i => s.IsAny(i, "arrived", "arriving", "traveled", "left", "flew")))
        {
            return;
        }

        // "he had accepted Mr. Kishida's invitation to attend the G7 summit": the possessor invited; the subject attends.
        // "Both presidents are expected to attend the G20 summit": a group attends as each of its leaders.
        // A chair is named ("the two prime ministers co-chaired"): "he chaired" is left to the meetings the story tells.
        var chaired = IsChair(s, verb);
        var references = Grammar.LeaderReferences(s)
            .Where(r => r.NodeIds.Count > 0 && r.End <= mention.Start && !Grammar.IsPossessor(s, r) && !(chaired && r.Kind == MentionKind.Pronoun)).ToList();
        var subject = references.Count > 0 ? Coordination.Joined(s, references) : [];
        foreach (var leader in subject)
        {
            foreach (var id in leader.NodeIds)
            {
                frame.AddParticipant(id, context.Evidence(s.Index, leader.PhraseStart, mention.End));
            }
        }
    }

    /// <summary>The "join", "joins" or "joined" of "joined X and Y for the Quad summit" in the clause before the edition at <paramref name="at"/>; null when none.</summary>
    private static int? Joined(AnalyzedSentence s, int at)
    {
        for (var k = at - 2; k >= 0 && at - k <= MaxJoinGap && s.Word(k) is not (";" or "."); k--)
        {
            if (s.IsAny(k, "join", "joins", "joined"))
            {
                return k;
            }
        }

        return null;
    }

    /// <summary>
    /// The token of the verb by which the series at token <paramref name="at"/> is attended, or -1: "attended the G20
    /// summit", "co-chaired the 9th session of the Committee", "arrived ... for the APEC summit", "will take part in the Riyadh Arab-China Summit", "are expected at the
    /// G20 summit", "attend the opening session of the G20 summit", "attended the opening of the sixth China
    /// International Import Expo".
    /// </summary>
    private static int AttendanceVerb(AnalyzedSentence s, int at)
    {
        if (IsAttend(s, at - 1) || s.Is(at - 1, "for") || (s.Is(at - 1, "at") && s.Is(at - 2, "expected"))
            || IsChair(s, at - 1))
        {
            return at - 1; // "attended the G20 summit", "the two prime ministers co-chaired the 13th session of the Commission"
        }

        if (s.Is(at - 1, "in") && s.Is(at - 2, "part") && s.IsAny(at - 3, "take", "takes", "took", "taking", "taken"))
        {
            return at - 3;
        }

        if (s.Is(at - 1, "in") && s.IsAny(at - 2, "participate", "participates", "participated", "participating"))
        {
            return at - 2;
        }

        if (s.Is(at - 1, "of") && s.IsAny(at - 2, "session", "ceremony", "plenary") && s.IsAny(at - 3, "opening", "closing") && s.Is(at - 4, "the") && IsAttend(s, at - 5))
        {
            return at - 5;
        }

        return s.Is(at - 1, "of") && s.IsAny(at - 2, "opening", "closing") && s.Is(at - 3, "the") && IsAttend(s, at - 4) ? at - 4 : -1;
    }

    /// <summary>Whether token <paramref name="k"/> is a form of "attend".</summary>
    private static bool IsChair(AnalyzedSentence s, int k) =>
        s.IsAny(k, "chaired", "co-chaired", "chair", "co-chair", "chairs", "co-chairs", "chairing", "co-chairing");

    private static bool IsAttend(AnalyzedSentence s, int k) => s.IsAny(k, "attend", "attending", "attended", "attends");

    /// <summary>Whether a "not" or "never" stands before the verb at <paramref name="verb"/> ("did not attend", "won't attend", "never attended").</summary>
    private static bool IsNegated(AnalyzedSentence s, int verb) =>
        s.IsAny(verb - 1, "not", "never", "n't") || s.Word(verb - 1).EndsWith("n't", StringComparison.OrdinalIgnoreCase)
        || s.Word(verb - 1).EndsWith("n\u2019t", StringComparison.OrdinalIgnoreCase);
}
