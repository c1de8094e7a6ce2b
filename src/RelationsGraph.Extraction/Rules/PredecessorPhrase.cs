using RelationsGraph.Extraction.Mentions;

namespace RelationsGraph.Extraction.Rules;

/// <summary>
/// A leader named as another's predecessor or successor: "Scholz's predecessor, Angela Merkel", "his predecessor Moon
/// Jae-in", "Luxon's predecessor, Labour's Chris Hipkins" (a party's possessive may stand before the name).
/// </summary>
internal static class PredecessorPhrase
{
    /// <summary>
    /// The reference whose predecessor or successor the leader at <paramref name="named"/> is said to be (a leader, a
    /// role or a pronoun before "predecessor"); null when the name follows no such words.
    /// </summary>
    public static Mention? OwnerOf(AnalyzedSentence s, Mention named)
    {
        var k = s.TokenAt(named.PhraseStart) - 1;
        if (k >= 1 && s.Tokens[k].Kind == TokenKind.Possessive && s.IsCapitalized(k - 1) && s.MentionCovering(k - 1, MentionKind.Leader, MentionKind.Role) is null)
        {
            k -= s.Is(k - 2, "the") ? 3 : 2; // "Labour's Chris Hipkins", "the CDU's Angela Merkel": a party, not a leader whose predecessor one is
        }

        if (s.Word(k) == ",")
        {
            k--;
        }

        if (k < 1 || !s.IsAny(k, "predecessor", "successor"))
        {
            return null; // "Predecessor Angela Merkel ..." opening the sentence names no one whose predecessor she is
        }

        var owner = s.Tokens[k - 1].Kind == TokenKind.Possessive ? k - 2 : k - 1;
        return s.MentionCovering(owner, MentionKind.Leader, MentionKind.Role, MentionKind.Pronoun);
    }

    /// <summary>
    /// Which of <paramref name="candidates"/> (references in text order) a verb's object starting with the first of them
    /// means: 0, or, when the first is "Luxon's predecessor", the leader named after it ("hosted Luxon's predecessor,
    /// Labour's Chris Hipkins"), or -1 when none is named (the predecessor is not Luxon).
    /// </summary>
    public static int Named(AnalyzedSentence s, IReadOnlyList<Mention> candidates)
    {
        if (!Grammar.IsPossessor(s, candidates[0]) || !s.IsAny(s.TokenAt(candidates[0].PhraseEnd) + 1, "predecessor", "successor"))
        {
            return 0;
        }

        for (var i = 1; i < candidates.Count; i++)
        {
            if (OwnerOf(s, candidates[i]) is { } owner && owner.Start == candidates[0].Start)
            {
                return i;
            }
        }

        return -1;
    }
}
