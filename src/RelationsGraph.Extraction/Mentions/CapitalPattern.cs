namespace RelationsGraph.Extraction.Mentions;

/// <summary>
/// A capital named by its country's adjective or short name: "arrived in the Indian capital", "the gatherings in the
/// Indonesian capital", "in the South Korean capital", "is in the US capital". The mention is a
/// <see cref="MentionKind.Capital"/> of that country, so it resolves as the capital's name would: the city where a word
/// of place comes before it, the government otherwise.
/// </summary>
internal static class CapitalPattern
{
    /// <summary>Adds a capital mention for each "the &lt;demonym or country&gt; capital" of <paramref name="s"/>.</summary>
    public static void Find(AnalyzedSentence s)
    {
        for (var k = 2; k < s.Tokens.Count; k++)
        {
            if (!s.Is(k, "capital") || !EndsPhrase(s, k + 1)
                || s.MentionCovering(k - 1, MentionKind.Demonym, MentionKind.Country) is not { Candidates.Count: 1 } demonym
                || s.TokenAt(demonym.End) != k || !s.Is(s.TokenAt(demonym.Start) - 1, "the"))
            {
                continue;
            }

            s.Add(new Mention(MentionKind.Capital, s.Index, demonym.Start, s.Tokens[k].End, s.Slice(demonym.Start, s.Tokens[k].End))
            {
                Candidates = [demonym.Candidates[0]],
            });
        }
    }

    /// <summary>Whether the noun phrase ends before token <paramref name="k"/>: "the Indian capital market" is no city.</summary>
    private static bool EndsPhrase(AnalyzedSentence s, int k) =>
        k >= s.Tokens.Count || s.Tokens[k].Kind != TokenKind.Word || Words.Prepositions.Contains(s.Word(k))
        || s.IsAny(k, "and", "or", "where", "which", "that", "was", "is", "has", "had", "will", "said", "says");
}
