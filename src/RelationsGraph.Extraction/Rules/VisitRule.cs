using RelationsGraph.Extraction.Mentions;

namespace RelationsGraph.Extraction.Rules;

/// <summary>
/// Visits: "Yoon's visit to Tokyo", "Yoon paid a visit to Japan", "to make a bilateral visit to Japan", "arrived
/// in Bangkok ... for ... a visit to Thailand" (the visitor is the subject), and "Biden welcomed Kishida to the
/// White House" (Kishida visits the United States). The visit is held in the city visited, when a city is named;
/// a later "the visit" names the same visit.
/// </summary>
public sealed class VisitRule : IExtractionRule
{
    /// <inheritdoc />
    public void Apply(ExtractionContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        foreach (var s in context.Sentences)
        {
            var references = Grammar.LeaderReferences(s);
            foreach (var noun in s.MentionsOf(MentionKind.EventNoun).Where(n => n.Head == "visit").ToList())
            {
                var first = s.TokenAt(noun.Start);
                var to = s.TokenAt(noun.End);
                if (!s.Is(to, "to"))
                {
                    if (noun.IsDefinite && context.Events.Frames.LastOrDefault(f => f.Kind == EventKind.Visit) is { } earlier)
                    {
                        EventAliases.Add(earlier, noun);
                    }

                    continue;
                }

                var destination = s.Mentions.FirstOrDefault(m => s.TokenAt(m.Start) == to + 1 && m.NodeId is not null && m.Kind is MentionKind.Country or MentionKind.Capital or MentionKind.Place);
                var visitor = s.Mentions.FirstOrDefault(r => r.Kind is MentionKind.Leader or MentionKind.Pronoun && r.NodeId is not null && r.Start >= noun.Start && r.End <= noun.End)
                    ?? Grammar.Subject(s, first, references).LastOrDefault();
                if (destination is null || visitor?.NodeId is not { } leader)
                {
                    continue;
                }

                Record(context, s, leader, destination, visitor, noun, s.Tokens[first].Start, destination.End);
            }

            Welcomed(context, s, references);
        }
    }

    private static void Welcomed(ExtractionContext context, AnalyzedSentence s, List<Mention> references)
    {
        for (var i = 0; i < s.Tokens.Count; i++)
        {
            if (!s.IsAny(i, "welcomed", "welcomes", "welcome"))
            {
                continue;
            }

            var guest = references.FirstOrDefault(r => s.TokenAt(r.PhraseStart) == i + 1 && r.NodeId is not null);
            var to = guest is null ? -1 : s.TokenAt(guest.PhraseEnd);
            var k = s.Is(to, "to") ? (s.Is(to + 1, "the") ? to + 2 : to + 1) : -1;
            var place = k < 0 ? null : s.MentionStartingAt(k, MentionKind.Place, MentionKind.Capital, MentionKind.Country);
            if (guest is not null && place?.NodeId is not null)
            {
                var host = Grammar.Subject(s, i, references).LastOrDefault();
                Record(context, s, guest.NodeId!, place, host ?? guest, null, (host ?? guest).PhraseStart, place.End, heldIn: false);
            }
        }
    }

    private static void Record(ExtractionContext context, AnalyzedSentence s, string leader, Mention destination, Mention visitor, Mention? noun, int start, int end, bool heldIn = true)
    {
        var country = CountryOf(context, destination);
        if (country is null || context.Entities.CountryOf(leader) == country)
        {
            return;
        }

        start = Math.Min(start, visitor.PhraseStart);
        var evidence = context.Evidence(s.Index, start, end);
        var frame = context.Events.Frames.FirstOrDefault(f => f.Kind == EventKind.Visit && f.HostCountryId == country && f.ParticipantIds.Contains(leader))
            ?? context.Events.Add(EventKind.Visit, s.Index, evidence);
        frame.HostCountryId = country;
        frame.AddParticipant(leader, evidence);
        frame.DescribedIn.Add(s.Index);
        var date = s.MentionsOf(MentionKind.Date).FirstOrDefault(d => d.Date is not null && d.Start >= destination.End && s.TokenAt(d.Start) - s.TokenAt(destination.End) <= 2);
        frame.Date ??= date?.Date;
        if (noun is not null)
        {
            EventAliases.Add(frame, noun);
            frame.Aliases.Add(s.Slice(noun.Start, destination.End));
        }

        if (heldIn && destination.NodeId!.StartsWith("place:", StringComparison.Ordinal))
        {
            frame.AddPlace(destination.NodeId, evidence);
        }
    }

    private static string? CountryOf(ExtractionContext context, Mention destination)
    {
        var id = destination.NodeId!;
        if (id.StartsWith("country:", StringComparison.Ordinal))
        {
            return id;
        }

        var name = context.Node<Place>(id)?.Name;
        return name is null ? null : context.KnowledgeBase.CountryWithCapital(name)?.Id ?? context.KnowledgeBase.Lexicon.FindPlace(name)?.CountryId;
    }
}
