using RelationsGraph.Extraction.Mentions;

namespace RelationsGraph.Extraction.Rules;

/// <summary>
/// More places events were held in. "The summit at the prime minister's office in Tokyo", "After talks in the Great
/// Hall of the People, the two men signed", "The meeting, held at the Great Hall of the People, was ...": a definite
/// noun for an event, or a bare one after a word of time opening the sentence, followed by "at" or "in" (or "held at",
/// "were held at", "took place at", ", which took place at") a place (a venue the lexicon lacks counts when it is named or possessed: "the
/// prime minister's office"). And the dateline: when the main meeting's city is not written, the dateline's
/// city is where it was held (wire copy files from where the leaders met), provided no other city was given. And
/// a "where" clause after a city ("Kyiv, where Kishida ... met Zelensky"), and the venue before that city ("at the Great
/// Hall of the People in Beijing, where"), places the events it tells.
/// </summary>
public sealed class VenueRule : IExtractionRule
{
    private static readonly HashSet<string> VenueNouns = new(StringComparer.OrdinalIgnoreCase)
    {
        "office", "residence", "palace", "estate", "house", "hall", "hotel", "retreat", "guesthouse", "compound", "villa", "center", "centre", "building",
    };

    /// <inheritdoc />
    public void Apply(ExtractionContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        foreach (var s in context.Sentences)
        {
            foreach (var noun in s.MentionSpanOf(MentionKind.EventNoun))
            {
                if (noun.Head is not ("meeting" or "talks" or "summit"))
                {
                    continue;
                }

                var frame = context.Events.DescribedIn(s.Index).FirstOrDefault(f => f.ParticipantIds.Count >= 2) ?? context.Events.Main;
                if (frame is not null && EventAliasRule.ToldAgainst(s, noun, frame) is { } time)
                {
                    // "The meeting at the Great Hall of the People came a day after Mr Wong held talks with Premier Li
                    // Qiang": the noun is the event told against the later one, and so is its place.
                    frame = EventAliasRule.Meant(context, s, noun, time, frame);
                }

                if (frame is null || frame.Kind == EventKind.Call || !((noun.IsDefinite && s.Is(s.TokenAt(noun.Start), "the")) || OpensSentenceAfterTime(s, noun)))
                {
                    continue;
                }

                var k = s.TokenAt(noun.End);
                if (s.Is(k, "of") && s.MentionStartingAt(k + 1, MentionKind.LeaderGroup) is { } owners && s.Is(k + 1, "the"))
                {
                    k = s.TokenAt(owners.End); // "the summit meeting of the two leaders at Malacañan Palace"
                }

                k = AfterHolding(s, k);

                while (s.IsAny(k, "at", "in"))
                {
                    var place = Venue(context, s, k + 1);
                    if (place is null)
                    {
                        break;
                    }

                    frame.AddPlace(place.Value.Id, context.Evidence(s.Index, noun.Start, s.Tokens[place.Value.Last].End));
                    k = place.Value.Last + 1;
                }
            }
        }

        Where(context);
        Dateline(context);

        // "held a bilateral meeting here today on the sidelines of the sixth BIMSTEC Summit": the city the dateline gave the
        // meeting is its summit's too (the sidelines rule, which ran before, shared the cities written by then).
        SidelinesRule.ShareCities(context, EventKind.Summit);
    }

    /// <summary>
    /// The token after the words of holding that start at token <paramref name="k"/>, right after an event noun, or
    /// <paramref name="k"/> when none do: "The meeting, held at ...", "The talks were held at ...", "The talks took place
    /// at ...", "The talks, which took place at the Great Hall of the People, were ...".
    /// </summary>
    private static int AfterHolding(AnalyzedSentence s, int k)
    {
        var at = s.Word(k) == "," ? k + 1 : k;
        if (at > k && s.Is(at, "which"))
        {
            at++;
        }

        if (s.IsAny(at, "was", "were"))
        {
            at++;
        }

        return s.IsAny(at, "held", "conducted") ? at + 1 : s.IsAny(at, "took", "takes") && s.Is(at + 1, "place") ? at + 2 : k;
    }

    /// <summary>"After talks in the Great Hall of the People, the two men signed ...": a bare noun of the talks told, after a word of time opening the sentence.</summary>
    private static bool OpensSentenceAfterTime(AnalyzedSentence s, Mention noun)
    {
        var before = s.TokenAt(noun.Start) - 1;
        return before == s.FirstBodyToken && s.IsAny(before, "After", "Before", "During", "Following");
    }

    /// <summary>
    /// "Observers were also watching Kyiv, where Kishida made an unannounced visit and met Zelensky": an event first
    /// told inside a "where" clause after a city, with no city of its own, was held in that city.
    /// </summary>
    private static void Where(ExtractionContext context)
    {
        foreach (var s in context.Sentences)
        {
            for (var k = 2; k < s.Tokens.Count; k++)
            {
                if (PlacePhrases.CityBeforeWhere(s, k) is not { NodeId: { } id } city)
                {
                    continue;
                }

                // "at the Great Hall of the People in Beijing, where Xi received his counterpart": the venue before the city too.
                var @in = s.TokenAt(city.Start) - 1;
                var venue = s.Is(@in, "in") && s.MentionCovering(@in - 1, MentionKind.Place) is { NodeId: { } venueId } v
                    && venueId.StartsWith("place:", StringComparison.Ordinal) && s.TokenAt(v.End) == @in ? v : null;
                foreach (var frame in context.Events.DescribedIn(s.Index))
                {
                    if (frame.Kind != EventKind.Call && frame.Sentence == s.Index && frame.Trigger.Start > s.Tokens[k].Start
                        && EventMaterializer.Location(context, frame).City is null)
                    {
                        frame.AddPlace(id, context.Evidence(s.Index, city.Start, frame.Trigger.End));
                        if (venue is not null)
                        {
                            frame.AddPlace(venue.NodeId!, context.Evidence(s.Index, venue.Start, frame.Trigger.End));
                        }
                    }
                }
            }
        }
    }

    /// <summary>
    /// Whether every event <paramref name="frame"/> is part of is a visit to the country of <paramref name="city"/> or a
    /// summit: a meeting during a visit to the Philippines is held in the "MANILA" of the dateline, and so is one on
    /// the sidelines of a summit the text gives no place ("KAZAN, Oct. 22 -- ... on the sidelines of the 16th BRICS
    /// summit"); where the text places the summit, its place is already the meeting's (<see cref="SidelinesRule"/>).
    /// </summary>
    private static bool OnlyVisitsTo(ExtractionContext context, EventFrame frame, string city)
    {
        var country = context.KnowledgeBase.CountryOfPlace(city);
        foreach (var (parent, _) in frame.Parents)
        {
            if (parent.Kind == EventKind.Summit)
            {
                continue; // a summit's place, where the text gives one, is already the meeting's on its sidelines
            }

            if (parent.Kind != EventKind.Visit || country is null || parent.HostCountryId != country)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>A known place starting at token <paramref name="k"/> (after "the"), or a venue phrase ending in a venue noun.</summary>
    private static (string Id, int Last)? Venue(ExtractionContext context, AnalyzedSentence s, int k)
    {
        var start = s.Is(k, "the") ? k + 1 : k;
        var known = s.MentionStartingAt(start, MentionKind.Place, MentionKind.Capital);
        if (known?.NodeId is { } id && id.StartsWith("place:", StringComparison.Ordinal))
        {
            return (id, s.TokenAt(known.End) - 1);
        }

        if (!s.Is(k, "the"))
        {
            return null;
        }

        for (var j = start; j < s.Tokens.Count && j - start < 5; j++)
        {
            if (VenueNouns.Contains(s.Word(j)))
            {
                var named = Enumerable.Range(start, j - start + 1).Any(x => s.Tokens[x].Kind == TokenKind.Possessive || s.IsCapitalized(x));
                if (!named)
                {
                    return null;
                }

                var name = s.Slice(s.Tokens[start].Start, s.Tokens[j].End);
                var place = context.Entities.Add(new Place { Id = NodeId.Create(Place.IdPrefix, name), Name = name });
                context.Entities.AddAlias(place.Id, s.Slice(s.Tokens[k].Start, s.Tokens[j].End));
                return (place.Id, j);
            }

            if (s.Tokens[j].Kind == TokenKind.Punctuation || Words.Prepositions.Contains(s.Word(j)))
            {
                return null;
            }
        }

        return null;
    }

    private static void Dateline(ExtractionContext context)
    {
        var main = context.Events.Main;
        var dateline = context.Article.Dateline;
        if (main is null || dateline is null || main.Kind == EventKind.Call)
        {
            return;
        }

        var mention = context.DatelinePlace();
        if (mention is null)
        {
            return;
        }

        var (city, venue) = EventMaterializer.Location(context, main);
        var datelineCity = context.Node<Place>(mention.NodeId)!.Name;
        if ((city is null && venue is null && OnlyVisitsTo(context, main, datelineCity)) || string.Equals(city, datelineCity, StringComparison.Ordinal)
            || (city is null && venue is not null && string.Equals(context.KnowledgeBase.Lexicon.FindPlace(venue)?.City, datelineCity, StringComparison.Ordinal)))
        {
            main.AddPlace(mention.NodeId!, context.Evidence(mention.Sentence, dateline.PlaceRange.Start, dateline.Range.End));
        }
    }
}
