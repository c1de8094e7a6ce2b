using RelationsGraph.Extraction.Mentions;

namespace RelationsGraph.Extraction.Resolution;

/// <summary>
/// Where a pronoun stands in its sentence's clauses, for <see cref="ReferenceResolution"/>: in a leader's relative
/// clause, after a possessed noun set beside a leader, or as the object "him" of a clause whose subject is named.
/// </summary>
internal static class PronounClauses
{
    /// <summary>Words after which a clause's subject may stand: "where Yoon greeted him", "said Xi had invited him".</summary>
    private static readonly HashSet<string> ClauseOpeners = new(StringComparer.OrdinalIgnoreCase)
    {
        ",", ";", ":", "where", "when", "while", "that", "after", "before", "as", "because", "said", "says", "and", "but",
    };

    /// <summary>
    /// The leader whose relative clause holds <paramref name="pronoun"/>: "For Kishida, whose approval ratings ... have
    /// sagged amid a political funding scandal in his Liberal Democratic Party, ..." (his is Kishida's). Null when the
    /// pronoun is past the clause's closing comma or no such clause opens before it.
    /// </summary>
    public static Mention? RelativeClauseOwner(AnalyzedSentence s, Mention pronoun)
    {
        var at = s.TokenAt(pronoun.Start);
        for (var k = at - 1; k >= 1; k--)
        {
            if (s.Is(k, ","))
            {
                if (!s.IsAny(k + 1, "whose", "who"))
                {
                    return null; // a comma closes the clause, or opens another
                }

                var owner = s.MentionCovering(k - 1, MentionKind.Leader, MentionKind.Role);
                return owner is { NodeId: not null } && owner.End == s.Tokens[k - 1].End ? owner : null;
            }
        }

        return null;
    }

    /// <summary>
    /// "Trump's predecessor, Barack Obama, ... during his state visit": the leader set beside what
    /// <paramref name="possessor"/> owns is the subject, not the possessor; null when no such apposition follows.
    /// </summary>
    public static Mention? AppositiveOfPossessed(AnalyzedSentence s, Mention possessor, Mention pronoun)
    {
        var k = s.TokenAt(possessor.End);
        if (k >= s.Tokens.Count || s.Tokens[k].Kind != TokenKind.Possessive)
        {
            return null;
        }

        for (var j = k + 2; j < s.Tokens.Count && j <= k + 4; j++)
        {
            if (s.Word(j) != ",")
            {
                continue;
            }

            foreach (var m in s.MentionSpan)
            {
                if (m.Kind is MentionKind.Leader or MentionKind.Role && m.NodeId is not null && s.TokenAt(m.PhraseStart) == j + 1 && m.End <= pronoun.Start)
                {
                    return m;
                }
            }

            return null;
        }

        return null;
    }

    /// <summary>
    /// Whether <paramref name="pronoun"/> ("him", or "her" as an object) is the object of the verb right after
    /// <paramref name="subject"/>'s phrase, one verb and at most one adverb between: "Museveni received her", "the Ugandan
    /// leader warmly welcomed him". Such a pronoun is not the subject itself, which would be "herself".
    /// </summary>
    public static bool ObjectOfTheSubjectsVerb(AnalyzedSentence s, Mention subject, Mention pronoun)
    {
        var i = s.TokenAt(pronoun.Start);
        if (!s.Is(i, "him") && !(s.Is(i, "her") && Words.IsObjectHer(s, i)))
        {
            return false;
        }

        var verb = s.TokenAt(subject.PhraseEnd);
        if (i - verb is < 1 or > 2)
        {
            return false;
        }

        for (var k = verb; k < i; k++)
        {
            if (!s.IsLowerCaseWord(k))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// Who "him" is when its clause's subject is named before it: not that subject, who would be "himself" ("Biden
    /// called Lula again ... and invited him to Washington", "where Yoon greeted him", "Kishida said Xi had invited
    /// him"), but the last other leader named before it. The clause's subject is taken to be the last leader named
    /// before "him" where a clause may start: at the sentence's start, or after a comma or a word that opens a clause.
    /// Null when there is none, or no other leader is named before "him".
    /// </summary>
    public static Mention? OtherThanTheSubject(AnalyzedSentence s, Mention pronoun)
    {
        Mention? local = null;
        foreach (var m in s.MentionSpan)
        {
            var before = s.TokenAt(m.PhraseStart) - 1;
            if (m.End <= pronoun.Start && ReferenceResolution.IsLeaderReference(m) && m.NodeId is not null && (before < s.FirstBodyToken || ClauseOpeners.Contains(s.Word(before))))
            {
                local = m;
            }
        }

        if (local is null)
        {
            return null;
        }

        Mention? other = null;
        foreach (var m in s.MentionSpan)
        {
            if (m.End <= pronoun.Start && ReferenceResolution.IsLeaderReference(m) && m.NodeId is not null && !m.NodeIds.SequenceEqual(local.NodeIds))
            {
                other = m;
            }
        }

        return other;
    }
}
