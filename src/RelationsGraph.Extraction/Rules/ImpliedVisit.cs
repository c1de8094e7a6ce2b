using RelationsGraph.Extraction.Mentions;

namespace RelationsGraph.Extraction.Rules;

/// <summary>The visits of <see cref="VisitRule"/> whose destination goes without saying.</summary>
internal static class ImpliedVisit
{
    /// <summary>
    /// "Mr Modi's visit was planned around ...", "on the last day of his three-day state visit": a visit whose
    /// destination goes without saying is, for a participant of the article's main meeting from another country, a
    /// visit to the country that meeting was held in. Whether it was one.
    /// </summary>
    /// <param name="context">The article's context.</param>
    /// <param name="s">The sentence of the noun.</param>
    /// <param name="noun">The visit's noun.</param>
    /// <param name="owner">Whose visit it is.</param>
    /// <param name="owned">
    /// Whether the owner is the noun's possessor ("Xi Jinping's state visit"), which names the visit surely enough that
    /// a main meeting in a venue the lexicon does not locate is taken to be in the dateline's country.
    /// </param>
    public static bool TryRecord(ExtractionContext context, AnalyzedSentence s, Mention noun, Mention owner, bool owned = false)
    {
        if (context.Events.Main is not { } main)
        {
            return false;
        }

        // A main meeting placed in a venue the lexicon does not locate ("the Presidential Palace") was held in the
        // dateline's country ("NAYPYITAW—").
        var country = CountryOf(context, main) ?? (owned ? DatelineCountry(context) : null);
        var leader = owner.NodeId!;
        if (owner.Kind == MentionKind.Pronoun && context.Entities.CountryOf(leader) == country && OnlyGuest(context, main, country) is { } guest)
        {
            leader = guest; // "Xi hosted Macron ..., on the last day of his state visit": a host pays no visit at home
        }

        return Record(context, s, noun, main, country, leader, context.Evidence(s.Index, Math.Min(noun.Start, owner.PhraseStart), Math.Max(noun.End, owner.PhraseEnd)));
    }

    /// <summary>
    /// "The visit came days after ...": a definite visit with no one named, when no other visit was told before it,
    /// is the visit of the main meeting's one participant from another country to the country it was held in.
    /// </summary>
    public static bool TryRecordOfGuest(ExtractionContext context, AnalyzedSentence s, Mention noun)
    {
        // Before the venue rule has placed the main meeting, a dateline ("SOCHI, Russia") tells where it was held.
        if (context.Events.Main is not { } main || (CountryOf(context, main) ?? DatelineCountry(context)) is not { } country
            || OnlyGuest(context, main, country) is not { } guest)
        {
            return false;
        }

        return Record(context, s, noun, main, country, guest, context.Evidence(noun));
    }

    private static string? DatelineCountry(ExtractionContext context) =>
        context.DatelinePlace()?.NodeId is { } place ? context.CountryOfNode(place) : null;

    private static string? CountryOf(ExtractionContext context, EventFrame main)
    {
        string? country = null;
        foreach (var place in main.Places)
        {
            country ??= context.CountryOfNode(place.Id);
        }

        return country;
    }

    private static bool Record(ExtractionContext context, AnalyzedSentence s, Mention noun, EventFrame main, string? country, string leader, Evidence evidence)
    {
        if (country is null || !main.ParticipantIds.Contains(leader) || context.Entities.CountryOf(leader) is not { } own || own == country)
        {
            return false;
        }

        var frame = context.Events.Frames.FirstOrDefault(f => f.Kind == EventKind.Visit && f.HostCountryId == country && f.ParticipantIds.Contains(leader))
            ?? context.Events.Add(EventKind.Visit, s.Index, evidence);
        frame.HostCountryId = country;
        frame.AddParticipant(leader, evidence);
        frame.DescribedIn.Add(s.Index);
        EventAliases.Add(frame, noun);
        return true;
    }

    /// <summary>The one participant of <paramref name="frame"/> from outside <paramref name="country"/>, if there is exactly one.</summary>
    private static string? OnlyGuest(ExtractionContext context, EventFrame frame, string? country)
    {
        string? guest = null;
        foreach (var id in frame.ParticipantIds)
        {
            if (context.Entities.CountryOf(id) is { } other && other != country)
            {
                if (guest is not null)
                {
                    return null;
                }

                guest = id;
            }
        }

        return guest;
    }
}
