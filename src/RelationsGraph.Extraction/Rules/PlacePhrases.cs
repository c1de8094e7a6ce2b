using RelationsGraph.Extraction.Mentions;

namespace RelationsGraph.Extraction.Rules;

/// <summary>
/// Phrases that say where, for the rules: a place after "in" or "at", and the city whose ", where" clause a word
/// stands in ("watching Kyiv, where Kishida made an unannounced visit").
/// </summary>
internal static class PlacePhrases
{
    /// <summary>Whether <paramref name="place"/> is an airport, where a guest is received on arrival rather than met.</summary>
    public static bool IsAirport(Mention place) => place.Text.Contains("Airport", StringComparison.OrdinalIgnoreCase);

    /// <summary>The place of "in/at (the) &lt;place&gt;" starting at token <paramref name="k"/>, or null.</summary>
    public static Mention? PlaceAdverbial(AnalyzedSentence s, int k)
    {
        if (!s.IsAny(k, "in", "at"))
        {
            return null;
        }

        var at = s.Is(k + 1, "the") ? k + 2 : k + 1;
        return s.MentionStartingAt(at, MentionKind.Place, MentionKind.Capital);
    }

    /// <summary>
    /// "watching Kyiv, where Kishida made an unannounced visit": the city whose ", where" clause holds token
    /// <paramref name="token"/> (the nearest ", where" before it, within its part of the sentence), if any.
    /// </summary>
    public static Mention? WhereCity(AnalyzedSentence s, int token)
    {
        for (var k = token - 1; k >= 2; k--)
        {
            if (s.Is(k, "where") && s.Word(k - 1) == ",")
            {
                return CityBeforeWhere(s, k);
            }

            if (s.Word(k) is ";" or ":")
            {
                return null;
            }
        }

        return null;
    }

    /// <summary>"watching Kyiv, where ...": the city (a place node) that ends just before the ", where" at token <paramref name="where"/>, if any.</summary>
    public static Mention? CityBeforeWhere(AnalyzedSentence s, int where) =>
        where >= 2 && s.Is(where, "where") && s.Word(where - 1) == "," && s.MentionCovering(where - 2, MentionKind.Place, MentionKind.Capital) is { NodeId: { } id } city
            && id.StartsWith("place:", StringComparison.Ordinal) && s.TokenAt(city.End) == where - 1 ? city : null;
}
