using RelationsGraph.Extraction.Mentions;

namespace RelationsGraph.Extraction.Rules;

/// <summary>
/// Who the subject of a meeting's trigger is where <see cref="Grammar.Subject"/> alone does not say: the leaders that open
/// the main clause after a phrase with the trigger ("After a one-on-one meeting, the two presidents co-chaired ..."), and
/// none for a passive with no leader before it ("the Ukrainian couple ... were met by the prime minister and Foreign
/// Minister X": the hosts did not meet each other).
/// </summary>
internal static class MeetingSubjects
{
    /// <summary>The most tokens from a trigger that opens the sentence to the comma that ends its phrase ("After a one-on-one meeting at the palace,").</summary>
    private const int MaxOpeningPhrase = 8;

    /// <summary>Whether token <paramref name="first"/> is a verb of meeting or hosting in the passive: "were met by", "was received by".</summary>
    public static bool IsPassive(AnalyzedSentence s, int first) =>
        s.IsAny(first, "met", "received", "welcomed", "hosted", "greeted") && AfterAuxiliary(s, first);

    /// <summary>Whether a form of "be" stands right before the participle at token <paramref name="verb"/>: "was received", "were met".</summary>
    public static bool AfterAuxiliary(AnalyzedSentence s, int verb) => s.IsAny(verb - 1, "was", "were", "is", "are", "been", "being");

    /// <summary>
    /// The leaders whose event a copula says the noun is: "Their only previous conversation was a telephone call in October
    /// 2021", "Their last meeting was a summit in Lima". The sentence opens with the possessive group, and nothing but a
    /// noun phrase stands between it and "was" before the noun; null otherwise.
    /// </summary>
    public static List<Mention>? CopularOwners(AnalyzedSentence s, Mention noun)
    {
        var was = s.TokenAt(noun.Start) - 1;
        if (!s.IsAny(was, "was", "is") || !s.IsAny(s.FirstBodyToken, "their") || was - s.FirstBodyToken > 5
            || s.MentionStartingAt(s.FirstBodyToken, MentionKind.LeaderGroup) is not { NodeIds.Count: >= 2 } group)
        {
            return null;
        }

        for (var k = s.FirstBodyToken + 1; k < was; k++)
        {
            if (s.Tokens[k].Kind != TokenKind.Word || !s.IsLowerCaseWord(k))
            {
                return null;
            }
        }

        return [group];
    }

    /// <summary>
    /// The leaders that open the main clause after a phrase the sentence opens with, right after its comma: "After a
    /// one-on-one meeting, the two presidents co-chaired ..."; none when the comma is not followed by them.
    /// </summary>
    public static List<Mention> MainClauseSubject(AnalyzedSentence s, int last, List<Mention> references)
    {
        var comma = last + 1;
        while (comma < s.Tokens.Count && s.Word(comma) != "," && comma - last <= MaxOpeningPhrase)
        {
            comma++;
        }

        var run = new List<Mention>();
        if (s.Word(comma) != ",")
        {
            return run;
        }

        foreach (var reference in references)
        {
            if (run.Count == 0 ? s.TokenAt(reference.PhraseStart) == comma + 1 : reference.PhraseStart > run[^1].PhraseEnd && Coordination.Joins(s, run[^1], reference))
            {
                run.Add(reference); // "Xi and Putin": the run of joined references that opens the clause
            }
            else if (run.Count > 0 && reference.PhraseStart > run[^1].PhraseEnd)
            {
                break;
            }
        }

        return run;
    }
}
