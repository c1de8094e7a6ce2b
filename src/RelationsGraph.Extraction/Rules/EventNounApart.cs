using RelationsGraph.Extraction.Mentions;

namespace RelationsGraph.Extraction.Rules;

/// <summary>
/// The words of an event noun that set it apart from the event a sentence is about (<see cref="EventAliasRule"/>): another
/// month, city, week, organization or proper name, or countries that are not the event's sides.
/// </summary>
internal static class EventNounApart
{
    /// <summary>
    /// Whether the noun names a month other than the event's ("the May summit" of talks held in January) or is placed
    /// in another city ("this year's leaders' summit in Hiroshima" in a story of talks in Ottawa): another event.
    /// </summary>
    public static bool SetApart(ExtractionContext context, AnalyzedSentence s, Mention noun, EventFrame target)
    {
        if (target.Date?.Month is { } month)
        {
            for (var k = s.TokenAt(noun.Start); k < s.Tokens.Count && s.Tokens[k].Start < noun.End; k++)
            {
                if (s.IsCapitalized(k) && Reading.MonthNames.TryParse(s.Word(k), out var named) && named != month)
                {
                    return true;
                }
            }
        }

        return (EventPlaces.PlaceAfter(s, s.TokenAt(noun.End) - 1) is { } place && MeetingPlaces.InOtherCity(context, target, [place]))
            || OfOtherOrganization(s, noun, target) || ProperNameOfOther(s, noun, target) || OfAnotherWeek(context, s, noun, target)
            || BetweenOtherSides(context, s, noun, target);
    }

    /// <summary>
    /// Whether the noun is "between" countries one of which is no side of <paramref name="target"/>: "a summit between
    /// Washington and Moscow" is not the Finnish president's meeting with Trump that the sentence also tells.
    /// </summary>
    private static bool BetweenOtherSides(ExtractionContext context, AnalyzedSentence s, Mention noun, EventFrame target)
    {
        var between = s.TokenAt(noun.End);
        if (!s.Is(between, "between") || target.ParticipantIds.Count == 0)
        {
            return false;
        }

        foreach (var mention in s.MentionSpan)
        {
            var at = s.TokenAt(mention.Start);
            if (at > between && at <= between + 6 && mention.Kind is MentionKind.Country or MentionKind.Capital
                && mention.NodeId is { } country && country.StartsWith("country:", StringComparison.Ordinal) && !Attachment.IsSide(context, target, country))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Whether the noun names a weekday ("Wednesday's meeting", the day of that name in the week up to the article's
    /// date) on which <paramref name="target"/> was not held: talks dated June, or undated talks when the article's
    /// main event was held that day, are not "Wednesday's meeting" of a November story.
    /// </summary>
    private static bool OfAnotherWeek(ExtractionContext context, AnalyzedSentence s, Mention noun, EventFrame target)
    {
        if (context.Date is not { } day || NamedWeekday(s, noun) is not { } weekday)
        {
            return false;
        }

        var named = Reading.WeekdayResolver.Resolve(day, weekday);
        if (target.Date is { } date)
        {
            return date.ExactDate is { } exact ? exact != named
                : date.Month is { } month ? date.Year != named.Year || month != named.Month
                : date.Year != named.Year;
        }

        return context.Events.Main is { } main && main != target && main.Date?.ExactDate == named;
    }

    /// <summary>The weekday a capitalised word of <paramref name="noun"/> names, if any.</summary>
    private static DayOfWeek? NamedWeekday(AnalyzedSentence s, Mention noun)
    {
        for (var k = s.TokenAt(noun.Start); k < s.Tokens.Count && s.Tokens[k].Start < noun.End; k++)
        {
            if (s.IsCapitalized(k) && Reading.WeekdayResolver.TryParse(s.Word(k), out var weekday))
            {
                return weekday;
            }
        }

        return null;
    }

    /// <summary>
    /// Whether the noun is the proper name of an event of its own, "the Summit of the Americas" (a capital head
    /// inside the sentence, then "of" and a capitalized word), that <paramref name="target"/> is not named by.
    /// </summary>
    private static bool ProperNameOfOther(AnalyzedSentence s, Mention noun, EventFrame target)
    {
        var head = s.TokenAt(noun.End) - 1;
        var of = head + 1;
        var named = s.Is(of, "of") && (s.IsCapitalized(of + 1) || (s.Is(of + 1, "the") && s.IsCapitalized(of + 2)));
        return named && head > 0 && s.IsCapitalized(head) && !string.Equals(target.Name, noun.Text, StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>
    /// "the summit of the Group of 20 major economies" in a sentence about bilateral talks: the noun is an
    /// organization's gathering, another event unless <paramref name="target"/> is organized by it.
    /// </summary>
    private static bool OfOtherOrganization(AnalyzedSentence s, Mention noun, EventFrame target)
    {
        var of = s.TokenAt(noun.End);
        if (!s.Is(of, "of"))
        {
            return false;
        }

        var at = s.Is(of + 1, "the") ? of + 2 : of + 1;
        if (s.MentionStartingAt(at, MentionKind.Organization) is not { NodeId: { } organization })
        {
            return false;
        }

        foreach (var (id, _) in target.Organizers)
        {
            if (string.Equals(id, organization, StringComparison.Ordinal))
            {
                return false;
            }
        }

        return true;
    }
}
