using RelationsGraph.Extraction.Mentions;

namespace RelationsGraph.Extraction.Rules;

/// <summary>Relative clauses set off by commas (", who is on an official visit to China from June 4 to 8,"), which tell of something else than the clause around them.</summary>
internal static class RelativeClauses
{
    /// <summary>
    /// Whether token <paramref name="at"/> lies in a relative clause set off by commas that closes before the words at
    /// <paramref name="first"/>: "PM Shehbaz, who is on an official visit to China from June 4 to 8, was received by
    /// Premier Li" dates the visit, not the reception; in "the Tanzanian leader, who is in India at the invitation of
    /// President Droupadi Murmu, was accorded a ceremonial welcome", Murmu is not the one welcomed.
    /// </summary>
    public static bool Contains(AnalyzedSentence s, int at, int first) => Opener(s, at, first) >= 0;

    /// <summary>The "who" or "which" that opens the relative clause of <see cref="Contains"/>, or -1.</summary>
    public static int Opener(AnalyzedSentence s, int at, int first)
    {
        var open = at - 1;
        while (open > 0 && s.Word(open) != "," && !s.IsAny(open, "who", "which"))
        {
            open--;
        }

        if (!s.IsAny(open, "who", "which") || s.Word(open - 1) != ",")
        {
            return -1;
        }

        for (var k = at + 1; k < first; k++)
        {
            if (s.Word(k) == ",")
            {
                return open;
            }
        }

        return -1;
    }
}
