using RelationsGraph.Extraction.Mentions;

namespace RelationsGraph.Extraction.Rules;

/// <summary>
/// How many sides a noun of meeting says its event had: "the bilateral talks" two, "the trilateral meeting" and "a
/// three-way summit" three, "the quadrilateral meeting" four; null when its words give no number.
/// </summary>
internal static class MeetingSize
{
    /// <summary>The number of sides the words of <paramref name="noun"/> give, or null.</summary>
    public static int? Of(AnalyzedSentence s, Mention noun)
    {
        for (var k = s.TokenAt(noun.Start); k < s.Tokens.Count && s.Tokens[k].Start < noun.End; k++)
        {
            if (s.IsAny(k, "bilateral", "two-way", "one-on-one"))
            {
                return 2;
            }

            if (s.IsAny(k, "trilateral", "three-way", "three-nation", "three-country"))
            {
                return 3;
            }

            if (s.IsAny(k, "quadrilateral", "four-way", "four-nation", "four-country"))
            {
                return 4;
            }
        }

        return null;
    }

    /// <summary>
    /// Whether <paramref name="noun"/> gives a number of sides that <paramref name="frame"/>, a meeting of two or more
    /// named leaders, does not have: "the bilateral talks" are not a meeting of three leaders.
    /// </summary>
    public static bool Contradicts(AnalyzedSentence s, Mention noun, EventFrame frame) =>
        frame.ParticipantIds.Count >= 2 && Of(s, noun) is { } size && size != frame.ParticipantIds.Count;
}
