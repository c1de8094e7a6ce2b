using RelationsGraph.Extraction.Mentions;

namespace RelationsGraph.Extraction.Rules;

/// <summary>Which visit a noun that names no visitor or destination points to: "the visit", "the trip", "that trip".</summary>
internal static class VisitReferences
{
    /// <summary>
    /// The visit "the visit" names: the visit of the story's main event for a bare "the trip" or "the visit", else the
    /// last one found that is not of an earlier year than the article ("the Chinese leader's visit to Kuala Lumpur in
    /// 2013" is not the visit the story is about), else the last one when this or the sentence before told it.
    /// </summary>
    public static EventFrame? Current(ExtractionContext context, AnalyzedSentence s, Mention noun)
    {
        // "the trip", "the visit": a bare noun is the story's own visit; "the Beijing trip" or "the tour" may be another.
        if (s.TokenAt(noun.End) - s.TokenAt(noun.Start) == 2 && s.IsAny(s.TokenAt(noun.End) - 1, "trip", "visit") && OfMainEvent(context) is { } story)
        {
            return story;
        }

        EventFrame? last = null;
        for (var i = context.Events.Frames.Count - 1; i >= 0; i--)
        {
            var frame = context.Events.Frames[i];
            if (frame.Kind != EventKind.Visit)
            {
                continue;
            }

            if (frame.Date is not { } date || context.Date is not { } today || date.Year >= today.Year)
            {
                return frame;
            }

            last ??= frame;
        }

        // An earlier year's visit told sentences before ("... was revived last November, when Albanese travelled to
        // Beijing") is no antecedent of "The visit" that follows a later story line.
        return last is not null && last.DescribedIn.Max >= s.Index - 1 ? last : null;
    }

    /// <summary>
    /// The one visit to the country where the story's main event was held, by one of its participants: "Announcing
    /// the trip on Aug. 12" in a story of talks at the White House is the visit to the United States, not the stop in
    /// Tokyo told since. Null when there is no such visit or more than one.
    /// </summary>
    private static EventFrame? OfMainEvent(ExtractionContext context)
    {
        if (context.Events.Main is not { } main || main.Places.Count == 0 || context.CountryOfNode(main.Places[0].Id) is not { } country)
        {
            return null;
        }

        EventFrame? found = null;
        foreach (var frame in context.Events.Frames)
        {
            if (frame.Kind == EventKind.Visit && frame.HostCountryId == country && frame.ParticipantIds.Any(main.ParticipantIds.Contains))
            {
                if (found is not null)
                {
                    return null;
                }

                found = frame;
            }
        }

        return found;
    }

    /// <summary>
    /// The visit "that trip" points back to: the one a sentence up to <paramref name="sentence"/> told last ("His trip
    /// follows Albanese's own visit to China last November. ... That trip marked 50 years since ..."), whatever its year.
    /// </summary>
    public static EventFrame? LastTold(ExtractionContext context, int sentence) =>
        context.Events.LastTold(sentence, static f => f.Kind == EventKind.Visit);
}
