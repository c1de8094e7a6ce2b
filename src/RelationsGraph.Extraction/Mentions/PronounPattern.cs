namespace RelationsGraph.Extraction.Mentions;

/// <summary>Marks personal pronouns: he, him, his, she, her (one person) and they, them, their (a group of leaders).</summary>
internal static class PronounPattern
{
    public static void Find(AnalyzedSentence s)
    {
        for (var i = 0; i < s.Tokens.Count; i++)
        {
            if (s.IsAny(i, "he", "him", "his", "she", "her"))
            {
                s.Add(s.Create(MentionKind.Pronoun, s.Tokens[i].Start, s.Tokens[i].End));
            }
            else if (s.IsAny(i, "they", "them", "their"))
            {
                s.Add(s.Create(MentionKind.LeaderGroup, s.Tokens[i].Start, s.Tokens[i].End));
            }
        }
    }
}
