using RelationsGraph.Extraction.Mentions;

namespace RelationsGraph.Extraction.Rules;

/// <summary>
/// Visits: "Yoon's visit to Tokyo", "Yoon paid a visit to Japan", "to make a bilateral visit to Japan", "arrived in
/// Bangkok ... for ... a visit to Thailand" (the visitor is the subject), "Kishida arrived in Perth on Friday" (unless
/// the article puts a summit in Perth), "Biden welcomed Kishida to the White House" (Kishida visits the United States),
/// and "Modi's visit" or "Erdogan arrived ... on a one-day working visit" with no destination, from a foreign
/// participant of the main meeting (a visit to the country it was held in). The visit is held in the city visited, when
/// a city is named; a later "the visit" names the same visit.
/// </summary>
public sealed class VisitRule : IExtractionRule
{
    /// <summary>Verbs of going somewhere, followed by "to" and the destination.</summary>
    private static readonly string[] TravelVerbs = ["head", "heads", "headed", "heading", "travel", "travels", "traveled", "travelled", "traveling", "travelling", "fly", "flies", "flew", "flying"];

    /// <inheritdoc />
    public void Apply(ExtractionContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        foreach (var s in context.Sentences)
        {
            var references = Grammar.LeaderReferences(s);
            foreach (var noun in s.MentionSpanOf(MentionKind.EventNoun))
            {
                if (noun.Head == "visit")
                {
                    Visit(context, s, noun, references);
                }
            }

            Welcomed(context, s, references);
            Visited(context, s, references);
        }
    }

    /// <summary>
    /// The visit named by <paramref name="noun"/> ("his visit to Japan"): its lambdas' closure is made for a visit
    /// noun only, not for every sentence.
    /// </summary>
    private static void Visit(ExtractionContext context, AnalyzedSentence s, Mention noun, List<Mention> references)
    {
        var first = s.TokenAt(noun.Start);
        var to = s.TokenAt(noun.End);
        var arrived = ArrivedIn(context, s, first);
        var owner = s.Mentions.FirstOrDefault(r => r.Kind is MentionKind.Leader or MentionKind.Role or MentionKind.Pronoun && r.NodeId is not null && r.End > noun.Start && r.End <= noun.End);
        if (owner is not null && owner.Start < noun.Start)
        {
            // "the Chinese leader's visit": the noun found "leader's visit"; the visit is named from the role on.
            noun = new Mention(MentionKind.EventNoun, s.Index, owner.Start, noun.End, s.Slice(owner.Start, noun.End)) { Head = noun.Head, IsDefinite = true };
            first = s.TokenAt(noun.Start);
        }

        if (owner is null && s.Is(to, "of") && VisitPhrases.StartingAt(s, references, to + 1, resolvedOnly: true) is { } traveller)
        {
            // "the trip of Chinese President Xi Jinping to Moscow": the visitor after "of", the destination after the name.
            owner = traveller;
            to = s.TokenAt(traveller.PhraseEnd);
        }

        arrived ??= PlacePhrases.WhereCity(s, first);
        var destination = s.Is(to, "to") ? VisitPhrases.Destination(s, to + 1) : null;
        var namedBefore = s.Is(to, "to") && destination is null ? VisitPhrases.CountryNamedBefore(s, to + 1, first) : null;
        destination ??= namedBefore;
        if (destination is null && !s.Is(to, "to") && arrived is null)
        {
            if (owner is not null && ImpliedVisit.TryRecord(context, s, noun, owner, owned: true))
            {
                return;
            }

            // "Erdogan arrived in the Black Sea resort city on a one-day working visit": the subject's visit, where the
            // sentence names no destination, is to the country of the main meeting as a possessive's is.
            if (owner is null && VisitPhrases.OnAVisit(s, first) && Grammar.Subject(s, first, references) is [{ NodeId: not null } arriving]
                && ImpliedVisit.TryRecord(context, s, noun, arriving))
            {
                return;
            }

            // "Scott Morrison's official visit in September 2019" in a story of Albanese's: another leader's visit is no
            // name of the visit told before.
            if (noun.IsDefinite && (s.Is(first, "that") ? VisitReferences.LastTold(context, s.Index) : VisitReferences.Current(context, s, noun)) is { } earlier
                && (owner is null || Attachment.AllIn(owner.NodeIds, earlier.ParticipantIds)))
            {
                EventAliases.Add(earlier, noun);
            }
            else if (owner is null && noun.IsDefinite && s.Is(first, "the"))
            {
                ImpliedVisit.TryRecordOfGuest(context, s, noun); // "The visit came days after ...": the one guest's
            }

            return;
        }

        destination ??= arrived;
        var by = owner is null ? VisitPhrases.By(s, destination, references) : null;
        var visitor = owner ?? by ?? Grammar.Subject(s, first, references).LastOrDefault();
        if (owner is null && by is null && destination is not null && CountryOf(context, destination) is { } visited
            && (visitor?.NodeId is not { } subject || context.Entities.CountryOf(subject) == visited)
            && s.IsAny(first - 1, "during", "of", "on") && ForeignGuest(context, s, references, first, visited) is { } guest)
        {
            visitor = guest; // "Sisi held talks with Xi in Beijing on Wednesday, as part of a state visit to China": the guest's
        }

        if (destination is null || visitor?.NodeId is not { } leader)
        {
            return;
        }

        if (by is not null)
        {
            noun = new Mention(MentionKind.EventNoun, s.Index, noun.Start, by.PhraseEnd, s.Slice(noun.Start, by.PhraseEnd)) { Head = noun.Head, IsDefinite = noun.IsDefinite };
        }

        // A destination named before the noun ("at Malacañan Palace, the first engagement of Kishida's two-day official
        // visit to the country") tells the country visited, not where the visit was held.
        var visit = Record(context, s, leader, destination, visitor, noun, s.Tokens[first].Start, destination.End, heldIn: namedBefore is null, arrived: arrived == destination ? null : arrived);
        if (visit is not null && visit.DescribedIn.Count == 1 && VisitPhrases.IsInvitedToMake(s, visitor, first))
        {
            visit.IsInvitation = true;
        }
    }

    /// <summary>
    /// The one leader named before the visit noun at token <paramref name="first"/> who is not of the country visited:
    /// the guest whose visit "during a state visit to China" or "as part of a state visit to China" is.
    /// </summary>
    private static Mention? ForeignGuest(ExtractionContext context, AnalyzedSentence s, List<Mention> references, int first, string country)
    {
        Mention? guest = null;
        foreach (var r in references)
        {
            if (s.TokenAt(r.PhraseEnd) > first || r.NodeId is not { } id || context.Entities.CountryOf(id) is not { } own || own == country)
            {
                continue;
            }

            if (guest is not null && guest.NodeId != id)
            {
                return null;
            }

            guest = r;
        }

        return guest;
    }

    /// <summary>
    /// "Abe visited Beijing", "Moon, who is on a state visit to China", "Modi, who is in Russia on an official visit",
    /// "Tinubu is in Beijing on a state visit", "talks with visiting Prime Minister Abe"
    /// (a visit to the country where the talks were held). A trip "to attend" a summit is not a visit.
    /// </summary>
    private static void Visited(ExtractionContext context, AnalyzedSentence s, List<Mention> references)
    {
        for (var i = 0; i < s.Tokens.Count; i++)
        {
            if (s.IsAny(i, "visited", "visits", "visit", "visiting") && !s.Is(i + 1, "to") && !VisitPhrases.IsSummitTrip(s, i))
            {
                var destination = VisitPhrases.Destination(s, i + 1);
                var visitor = s.Is(i, "visiting")
                    ? VisitPhrases.StartingAt(s, references, i + 1)
                    : Grammar.Subject(s, i, references).LastOrDefault();
                if (s.Is(i, "visiting") && visitor is not null && destination is null)
                {
                    destination = VenueOfTalks(context, s);
                }

                if (visitor?.NodeId is { } leader && destination is not null && !(s.Is(i, "visit") && !s.IsAny(i - 1, "will", "to", "would"))
                    && !VisitPhrases.IsInvitation(s, i, visitor))
                {
                    Record(context, s, leader, destination, visitor, null, Math.Min(visitor.PhraseStart, s.Tokens[i].Start), Math.Max(destination.End, visitor.PhraseEnd));
                }
            }

            if (VisitPhrases.Arrival(s, i) is { } arrival && !VisitPhrases.IsSummitTrip(s, i)
                && Grammar.Subject(s, i, references).LastOrDefault() is { NodeId: { } arriving } traveller && !SummitIn(context, arrival.NodeId!))
            {
                // "Kishida arrived in Perth on Friday evening", "Macron came to Beirut on Thursday": a leader abroad is on
                // a visit, unless the article puts a summit there ("Xi arrived in Bali on Monday" for the G20 summit "in Bali").
                Record(context, s, arriving, arrival, traveller, null, traveller.PhraseStart, arrival.End);
            }

            if (VisitPhrases.TravelledTo(s, i) is { } travelled && !SummitIn(context, travelled.NodeId!) && !VisitPhrases.AttendsLater(s, i))
            {
                // "Kagame travelled to India in January 2017", "Li Keqiang, who travelled to Australia and New Zealand in
                // 2017": a trip there that the clause gives no other purpose is a visit.
                var visitor = VisitPhrases.Traveller(s, i, references);
                if (visitor?.NodeId is { } leader)
                {
                    Record(context, s, leader, travelled, visitor, null, visitor.PhraseStart, travelled.End);
                }
            }

            if (s.IsAny(i, "is", "was") && s.Is(i + 1, "in") && VisitPhrases.StayIn(s, i + 2) is { } stay)
            {
                // ", who is in Russia on an official visit", "Tinubu is in the Chinese capital on a state visit": the visit
                // is to where the visitor is.
                var visitor = VisitPhrases.Traveller(s, i, references);
                if (visitor?.NodeId is { } leader)
                {
                    Record(context, s, leader, stay.Destination, visitor, stay.Noun, visitor.PhraseStart, stay.Noun.End);
                }
            }

            if (s.Word(i) == "," && s.Is(i + 1, "who") && VisitPhrases.RelativeVisitNoun(s, i + 2) is { } at)
            {
                // ", who is on an official visit to China", ", who is paying an official visit to Japan from November 27".
                var noun = VisitPhrases.VisitNounAt(s, at);
                var destination = noun is null || !s.Is(s.TokenAt(noun.End), "to") ? null : VisitPhrases.Destination(s, s.TokenAt(noun.End) + 1);
                var visitor = VisitPhrases.EndingAt(s, references, i);
                if (visitor?.NodeId is { } leader && destination is not null)
                {
                    Record(context, s, leader, destination, visitor, noun, visitor.PhraseStart, destination.End);
                }
            }
        }
    }

    /// <summary>
    /// "arrived in Tokyo earlier in the day for a two-day visit", "arrived here on a three-day state visit", "will head
    /// to Poland next for an official visit": the place arrived in or travelled to, for a visit noun after "for" or
    /// "on"; "here" is the dateline's place.
    /// </summary>
    private static Mention? ArrivedIn(ExtractionContext context, AnalyzedSentence s, int noun)
    {
        var k = s.IsAny(noun - 1, "a", "an", "the", "his", "her") ? noun - 2 : noun - 1;
        if (!s.IsAny(k, "for", "on"))
        {
            return null;
        }

        for (var i = k - 1; i >= 0 && k - i < 10; i--)
        {
            if (!s.IsAny(i, "arrived", "arrives", "arriving", "landed") && !s.IsAny(i, TravelVerbs))
            {
                continue;
            }

            if (s.Is(i + 1, "in"))
            {
                return VisitPhrases.Destination(s, i + 2);
            }

            if (s.Is(i + 1, "to") && s.IsAny(i, TravelVerbs))
            {
                return VisitPhrases.Destination(s, i + 2); // "is scheduled to head to Poland next for an official visit"
            }

            if (s.Is(i + 1, "here") && context.DatelinePlace() is { } dateline)
            {
                var here = s.Tokens[i + 1];
                return new Mention(MentionKind.Place, s.Index, here.Start, here.End, s.Slice(here.Start, here.End)) { NodeIds = dateline.NodeIds };
            }
        }

        return null;
    }

    /// <summary>Where the talks of the sentence were held: a place named after "in", else the dateline's.</summary>
    private static Mention? VenueOfTalks(ExtractionContext context, AnalyzedSentence s)
    {
        var dateline = context.Article.Dateline;
        return s.Mentions.FirstOrDefault(m => m.Kind is MentionKind.Capital or MentionKind.Place && m.NodeId is { } id && id.StartsWith("place:", StringComparison.Ordinal)
            && (s.Is(s.TokenAt(m.Start) - 1, "in") || (dateline is not null && m.Start == dateline.PlaceRange.Start)));
    }

    /// <summary>
    /// Whether a sentence of the article names an organization's summit and the place <paramref name="placeId"/>. A
    /// gathering of no organization ("the China International Import Expo") is no such summit: a leader who goes to
    /// one is on a visit.
    /// </summary>
    private static bool SummitIn(ExtractionContext context, string placeId)
    {
        foreach (var sentence in context.Sentences)
        {
            if (!HasOrganizationSummit(sentence))
            {
                continue;
            }

            foreach (var m in sentence.MentionSpan)
            {
                if (m.NodeIds.Contains(placeId))
                {
                    return true;
                }
            }
        }

        return false;
    }

    private static bool HasOrganizationSummit(AnalyzedSentence s)
    {
        foreach (var series in s.MentionSpanOf(MentionKind.Series))
        {
            if (series.Candidates.Count > 0)
            {
                return true;
            }
        }

        return false;
    }

    private static void Welcomed(ExtractionContext context, AnalyzedSentence s, List<Mention> references)
    {
        for (var i = 0; i < s.Tokens.Count; i++)
        {
            if (!s.IsAny(i, "welcomed", "welcomes", "welcome"))
            {
                continue;
            }

            var guest = VisitPhrases.StartingAt(s, references, i + 1, resolvedOnly: true);
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

    /// <summary>
    /// Records the visit of <paramref name="leader"/> to <paramref name="destination"/>. A city <paramref name="arrived"/>
    /// in before a visit to its country ("landed in Hanoi on Tuesday for a two-day state visit to Vietnam") is a place
    /// of the visit, and a date between the two dates it.
    /// </summary>
    /// <returns>The visit's frame, or null when the destination is no foreign country.</returns>
    private static EventFrame? Record(ExtractionContext context, AnalyzedSentence s, string leader, Mention destination, Mention visitor, Mention? noun, int start, int end, bool heldIn = true, Mention? arrived = null)
    {
        var country = CountryOf(context, destination);
        if (country is null || context.Entities.CountryOf(leader) == country)
        {
            return null;
        }

        start = Math.Min(Math.Min(start, end), Math.Min(visitor.PhraseStart, destination.Start));
        end = Math.Max(Math.Max(start, end), Math.Max(visitor.PhraseEnd, destination.End));
        var evidence = context.Evidence(s.Index, start, end);
        // "Hasina's first trip to India since October 2019": a span's start dates no visit.
        var date = s.MentionsOf(MentionKind.Date).FirstOrDefault(d => d.Date is not null && d.Start >= destination.End && s.TokenAt(d.Start) - s.TokenAt(destination.End) <= 2
            && !FrameText.SinceDate(s, s.TokenAt(d.Start)))
            ?? FrameText.DateBeforeWhen(s, s.TokenAt(visitor.PhraseStart), context.Article.Dateline?.Range.End ?? -1); // "in December 2014, when Sisi paid his first state visit to China"

        // "Xi's last trip to France was in March 2019" is not the visit the story is about: an earlier visit, or one of an
        // earlier year, joins only a visit of its own date.
        var earlier = (noun is not null && VisitPhrases.IsEarlier(s, noun)) || (date?.Date is { } on && context.Date is { } today && on.Year < today.Year);
        var frame = context.Events.Frames.FirstOrDefault(f => f.Kind == EventKind.Visit && f.HostCountryId == country && f.ParticipantIds.Contains(leader)
                && (!earlier || (f.Date is not null && date?.Date is not null && EventRegistry.Compatible(f.Date, date.Date))))
            ?? context.Events.Add(EventKind.Visit, s.Index, evidence);
        frame.HostCountryId = country;
        frame.AddParticipant(leader, evidence);
        frame.DescribedIn.Add(s.Index);
        frame.Date ??= date?.Date is { Day: not null } last && noun is not null && VisitPhrases.IsEnding(s, visitor, noun)
            ? new PartialDate(last.Year, last.Month) // the visit's last day: it began in that month
            : date?.Date;
        if (noun is not null)
        {
            EventAliases.Add(frame, noun);
            if (VisitPhrases.WithoutVisitor(noun.Text) is { } bare)
            {
                EventAliases.AddForm(frame, bare); // "a state visit to Rome by Chinese President Xi Jinping" is "a state visit to Rome"
            }

            if (destination.Start > noun.End)
            {
                EventAliases.AddPhrase(frame, s, noun.Start, destination.End);
            }
        }

        if (heldIn && destination.NodeId!.StartsWith("place:", StringComparison.Ordinal))
        {
            frame.AddPlace(destination.NodeId, evidence);
        }

        if (arrived?.NodeId is { } city && city.StartsWith("place:", StringComparison.Ordinal) && CountryOf(context, arrived) == country && noun is not null)
        {
            frame.AddPlace(city, context.Evidence(s.Index, arrived.Start, destination.End));
            frame.Date ??= s.MentionsOf(MentionKind.Date).FirstOrDefault(d => d.Date is not null && d.Start >= arrived.End && d.End <= noun.Start)?.Date;
        }

        return frame;
    }

    private static string? CountryOf(ExtractionContext context, Mention destination) => context.CountryOfNode(destination.NodeId!);
}
