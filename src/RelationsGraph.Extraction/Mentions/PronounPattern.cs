namespace RelationsGraph.Extraction.Mentions;

/// <summary>Marks personal pronouns: he, him, his, she, her (one person) and they, them, their (a group of leaders).</summary>
internal static class PronounPattern
{
    public static void Find(AnalyzedSentence s)
    {
        for (var i = 0; i < s.Tokens.Count; i++)
        {
            if (s.IsAny(i, "he", "him", "his", "she", "her") && !IsExcellency(s, i) && !IsHonorific(s, i) && !s.OverlapsAny(s.Tokens[i].Start, s.Tokens[i].End))
            {
                s.Add(s.Create(MentionKind.Pronoun, s.Tokens[i].Start, s.Tokens[i].End));
            }
            else if (s.IsAny(i, "they", "them", "their"))
            {
                s.Add(s.Create(MentionKind.LeaderGroup, s.Tokens[i].Start, s.Tokens[i].End));
            }
        }
    }

    /// <summary>
    /// Whether token <paramref name="i"/> is "HE", the abbreviation of "His Excellency" before a title or a name ("HE
    /// President of the United States of America Joe Biden"), as Gulf news agencies write it: no pronoun.
    /// </summary>
    private static bool IsExcellency(AnalyzedSentence s, int i) =>
        s.Word(i) == "HE" && s.IsCapitalized(i + 1);

    /// <summary>
    /// Whether token <paramref name="i"/> opens a style of address ("His Majesty King Hamad", "His Royal Highness Prince
    /// Salman", "Her Excellency", "His Holiness"): part of how the person after it is named, no pronoun.
    /// </summary>
    private static bool IsHonorific(AnalyzedSentence s, int i) =>
        s.IsAny(i, "his", "her") && s.IsCapitalized(i + 1)
        && (Words.AddressStyleNouns.Contains(s.Word(i + 1)) || (s.Is(i + 1, "Royal") && s.Is(i + 2, "Highness")));
}
