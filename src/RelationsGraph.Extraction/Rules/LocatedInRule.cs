using RelationsGraph.Extraction.Mentions;

namespace RelationsGraph.Extraction.Rules;

/// <summary>
/// Places in countries, where the text says so: "Bali, Indonesia", "San Francisco, the United States of America",
/// "CAMP DAVID, U.S." (the place followed by its country), "Beijing, capital of China", "the Lithuanian capital", "the Indonesian island of Bali"
/// (the place qualified by its country's demonym). A capital merely named in a sentence with its country
/// ("arrived in Bangkok ... a visit to Thailand") is left alone: readers of such a sentence disagree on whether it
/// states the location, and the rules prefer precision.
/// </summary>
public sealed class LocatedInRule : IExtractionRule
{
    /// <inheritdoc />
    public void Apply(ExtractionContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        foreach (var s in context.Sentences)
        {
            foreach (var mention in s.MentionSpan)
            {
                if (!(mention.Kind is MentionKind.Place or MentionKind.Capital && mention.NodeId is { } id && id.StartsWith("place:", StringComparison.Ordinal)))
                {
                    continue;
                }

                var place = context.Node<Place>(mention.NodeId)!;
                var k = s.TokenAt(mention.End);
                var apposition = s.Word(k) == "," ? s.MentionStartingAt(s.Is(k + 1, "the") ? k + 2 : k + 1, MentionKind.Country) ?? CapitalOf(s, k + 1) : null;
                if (apposition is not null && SubjectOfAClause(s, s.TokenAt(apposition.End)))
                {
                    apposition = null; // "Hours before Yoon's plane landed at Haneda Airport, North Korea fired a missile"
                }

                var known = context.KnowledgeBase.CountryOfPlace(place.Name);
                if (apposition?.NodeId is { } stated && (known is null || known == stated))
                {
                    Add(context, place, stated, context.Evidence(s.Index, mention.Start, apposition.End));
                }
                else if (Qualified(s, mention) is { NodeId: { } country } demonym && (known is null || known == country))
                {
                    Add(context, place, country, context.Evidence(s.Index, Math.Min(demonym.Start, mention.Start), mention.End));
                }
            }
        }
    }

    /// <summary>
    /// Whether the country before token <paramref name="next"/> is the subject of a clause, not a place's country: a
    /// lower-case word that is no preposition, conjunction, word of time or kind of place follows it ("..., North Korea
    /// fired"; not "Abu Dhabi, the UAE capital, under ...").
    /// </summary>
    private static bool SubjectOfAClause(AnalyzedSentence s, int next) =>
        s.IsLowerCaseWord(next) && !Words.Prepositions.Contains(s.Word(next))
        && !s.IsAny(next, "and", "or", "but", "last", "this", "next", "earlier", "later", "capital", "city", "island", "province", "region", "state");

    /// <summary>
    /// The country of "(the) capital of &lt;country&gt;" from token <paramref name="k"/>, set off after a city: "Beijing,
    /// capital of China", "Astana, the capital of Kazakhstan"; not "Kazan, the capital of Russia's Tatarstan republic",
    /// whose capital is a region's.
    /// </summary>
    private static Mention? CapitalOf(AnalyzedSentence s, int k)
    {
        var capital = s.Is(k, "the") ? k + 1 : k;
        if (!s.Is(capital, "capital") || !s.Is(capital + 1, "of") || s.MentionStartingAt(capital + 2, MentionKind.Country) is not { } country)
        {
            return null;
        }

        var after = s.TokenAt(country.End);
        return after < s.Tokens.Count && s.Tokens[after].Kind == TokenKind.Possessive ? null : country;
    }

    /// <summary>
    /// The demonym that says which country <paramref name="place"/> is in: "the Lithuanian capital" (a capital named by
    /// its country) or "the Indonesian island of Bali", "the Chinese city of Tianjin".
    /// </summary>
    private static Mention? Qualified(AnalyzedSentence s, Mention place)
    {
        if (place.Kind == MentionKind.Capital)
        {
            return s.MentionStartingAt(s.TokenAt(place.Start), MentionKind.Demonym);
        }

        var of = s.TokenAt(place.Start) - 1;
        return s.Is(of, "of") && s.IsAny(of - 1, "island", "city", "port", "town", "resort", "province", "region")
            ? s.MentionStartingAt(of - 2, MentionKind.Demonym)
            : null;
    }

    private static void Add(ExtractionContext context, Place place, string countryId, Evidence evidence)
    {
        if ((context.Node<Country>(countryId) ?? context.Entities.AddKnown<Country>(countryId)) is { } country)
        {
            context.Graph.AddLocatedIn(place, country, evidence);
        }
    }
}
