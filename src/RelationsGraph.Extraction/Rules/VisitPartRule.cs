namespace RelationsGraph.Extraction.Rules;

/// <summary>
/// A meeting of a visiting leader with a leader of the country visited, held while the visit lasts, is part of
/// the visit: "Albanese ... on his four-day visit to China ... met Xi in Beijing". The meeting must not already
/// belong to a summit (a meeting on the sidelines of APEC is part of APEC, not of the trip to it), unless one sentence
/// tells it with the visit ("during the Prime Minister's official visit to China and on the sidelines of ..."), and its date
/// must fall in the visit's week (the day of the visit or the six days after it, the same month or year when
/// either is less precise, or either undated when the other is the article's main event, or the meeting undated and
/// told after a visit of the story's time, which then makes it the main event if there is none), and its city, when
/// known, must be in the country visited. A meeting told in one sentence with an undated visit to a city ("visited
/// Beijing and held talks with ...") is part of it and held in that city. An occasion or a speech of the visitor (a
/// state dinner, an address to Congress), held while the visit lasts and not in another country, is part of the visit
/// too (a welcome ceremony, whatever its date, of the visit to the country that welcomes), as is an undated second meeting with a host leader on the visit the main meeting belongs to (held in the
/// visit's one city when it names no place of its own).
/// </summary>
public sealed class VisitPartRule : IExtractionRule
{
    private const int MaxVisitDays = 7;

    /// <inheritdoc />
    public void Apply(ExtractionContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var frames = context.Events.Frames;
        foreach (var visit in frames)
        {
            if (HostOf(visit) is not { } host)
            {
                continue;
            }

            foreach (var meeting in frames)
            {
                if (meeting.Kind is EventKind.Meeting or EventKind.Summit && !IsMultilateralEdition(context, meeting) && (meeting.Parents.Count == 0 || AlsoOfTheVisit(meeting, visit))
                    && MeetsHost(context, meeting, visit.ParticipantIds[0], host) && InHostCountry(context, meeting, host))
                {
                    var told = Told(context, meeting, visit);
                    if (told || During(meeting, visit))
                    {
                        meeting.Parents.Add((visit, visit.Trigger));
                        InVisitedCity(context, meeting, visit);

                        // The story's visit frames its undated meeting, which is the story's main one when the lead told none.
                        meeting.IsMain |= told && context.Events.Main is null;
                    }
                }
            }
        }

        // Occasions and speeches once the meetings are placed: an undated visit is dated by the main meeting within it.
        foreach (var visit in frames)
        {
            if (HostOf(visit) is not { } host)
            {
                continue;
            }

            foreach (var other in frames)
            {
                if (other.Kind == EventKind.Other && other.Parents.Count == 0 && Attachment.Contains(other.ParticipantIds, visit.ParticipantIds[0])
                    && (other.HostCountryId is null ? (During(other, visit) && !OfAnotherVisit(context, other, visit)) || DuringMainOf(context, other, visit) : other.HostCountryId == host)
                    && InHostCountry(context, other, host))
                {
                    // The visitor's speech, dinner or funeral in the country visited; a welcome in the country that
                    // welcomes the visitor, which WelcomeCeremony found from the visit itself.
                    other.Parents.Add((visit, visit.Trigger));
                }
                else if (other.Kind is EventKind.Meeting && other.Parents.Count == 0 && other.Date is null && !other.IsMain
                    && MeetsHost(context, other, visit.ParticipantIds[0], host) && OfTheMainMeeting(context, visit) && InHostCountry(context, other, host))
                {
                    // "Later in the day, Scholz sat down with Premier Li Keqiang": an undated second meeting of the visit
                    // the main meeting is part of; with no place of its own, it was held in the visit's one city.
                    other.Parents.Add((visit, visit.Trigger));
                    InVisitedCity(context, other, visit);
                }
            }
        }
    }

    /// <summary>
    /// Whether <paramref name="frame"/> is an edition of a summit of many countries, which a visit may be made for but which
    /// is never part of one ("the 2024 Quad Leaders' Summit" during Modi's visit to the United States): one convened by
    /// an organization the knowledge base knows, or a named gathering with none. A session of two countries' commission
    /// ("the 13th session of the Georgian-Armenian Intergovernmental Commission") may be the visit's own.
    /// </summary>
    private static bool IsMultilateralEdition(ExtractionContext context, EventFrame frame) =>
        frame.IsEdition && (frame.Organizers.Count == 0 || frame.Organizers.Exists(o => context.KnowledgeBase.Get<Organization>(o.Id) is not null));

    /// <summary>The country visited, when <paramref name="frame"/> is a visit with a visitor and a host country.</summary>
    private static string? HostOf(EventFrame frame) =>
        frame.Kind == EventKind.Visit && frame.ParticipantIds.Count > 0 ? frame.HostCountryId : null;

    /// <summary>The one city the visit was held in, when the text names one and only one (however often).</summary>
    private static (string Id, Evidence Evidence)? OneCity(EventFrame visit)
    {
        (string Id, Evidence Evidence)? city = null;
        foreach (var place in visit.Places)
        {
            if (!place.Id.StartsWith("place:", StringComparison.Ordinal) || (city is { } found && found.Id != place.Id))
            {
                return null;
            }

            city ??= place;
        }

        return city;
    }

    /// <summary>
    /// Whether an undated occasion and an undated <paramref name="visit"/> that the main meeting is not part of are
    /// told where the main meeting is part of another visit: "From Astana he will travel to Tajikistan on a state
    /// visit" does not take in the signing after the talks in Astana.
    /// </summary>
    private static bool OfAnotherVisit(ExtractionContext context, EventFrame occasion, EventFrame visit) =>
        occasion.Date is null && visit.Date is null && !OfTheMainMeeting(context, visit) && context.Events.Main is { } main && main.Parents.Exists(p => p.Parent.Kind == EventKind.Visit);

    /// <summary>Whether the article's main meeting is part of <paramref name="visit"/>.</summary>
    private static bool OfTheMainMeeting(ExtractionContext context, EventFrame visit) =>
        context.Events.Main is { } main && main.Parents.Exists(p => p.Parent == visit);

    /// <summary>
    /// Whether the occasion falls in the week of the article's main meeting, which is part of
    /// <paramref name="visit"/> ("On Saturday, Kishida is set to address ...", told of a visit whose talks were on
    /// Friday); an undated occasion ("After the talks, the two leaders witnessed the signing ...") falls in it.
    /// </summary>
    private static bool DuringMainOf(ExtractionContext context, EventFrame occasion, EventFrame visit)
    {
        if (!OfTheMainMeeting(context, visit))
        {
            return false;
        }

        var main = context.Events.Main!;

        if (occasion.Date?.ExactDate is not { } day || main.Date?.ExactDate is not { } talks)
        {
            return occasion.Date is null;
        }

        return Math.Abs(day.DayNumber - talks.DayNumber) < MaxVisitDays;
    }

    /// <summary>Whether the meeting has the visitor and a leader of the host country among its participants.</summary>
    private static bool MeetsHost(ExtractionContext context, EventFrame meeting, string visitor, string host)
    {
        var withVisitor = false;
        var withHost = false;
        foreach (var id in meeting.ParticipantIds)
        {
            withVisitor |= string.Equals(id, visitor, StringComparison.Ordinal);
            withHost |= string.Equals(context.Entities.CountryOf(id), host, StringComparison.Ordinal);
        }

        return withVisitor && withHost;
    }

    /// <summary>Whether the meeting's city, when the text gives one the knowledge base places, is in the country visited.</summary>
    private static bool InHostCountry(ExtractionContext context, EventFrame meeting, string host)
    {
        var (city, _) = EventMaterializer.Location(context, meeting);
        if (city is null)
        {
            return true;
        }

        var country = context.KnowledgeBase.CountryOfPlace(city);
        return country is null || string.Equals(country, host, StringComparison.Ordinal);
    }

    /// <summary>
    /// A meeting with no place of its own that is part of a visit to one city was held in that city, when it is told
    /// in the sentence that names the city ("Cho visited Beijing and held talks with Wang Yi"), is the article's main
    /// meeting ("Modi ... before sitting down with President Emmanuel Macron for talks", of a visit to Paris) or is
    /// undated ("Later in the day, Scholz sat down with Premier Li Keqiang"); not when it is told in a city's ", where"
    /// clause ("Modi moved on to Tokyo, where he and Abe held their summit"): <see cref="VenueRule"/> holds it there.
    /// </summary>
    private static void InVisitedCity(ExtractionContext context, EventFrame meeting, EventFrame visit)
    {
        var told = context.Sentences[meeting.Trigger.Sentence];
        if (meeting.Places.Count == 0 && OneCity(visit) is var (city, evidence)
            && (meeting.DescribedIn.Contains(evidence.Sentence) || meeting.IsMain || meeting.Date is null)
            && PlacePhrases.WhereCity(told, told.TokenAt(meeting.Trigger.Start)) is null)
        {
            meeting.AddPlace(city, evidence);
        }
    }

    /// <summary>
    /// Whether a meeting on the sidelines of a summit is part of the visit as well, told in one sentence with it: "held
    /// talks ... during the Prime Minister's official visit to China and on the sidelines of the third Belt and Road Forum".
    /// </summary>
    private static bool AlsoOfTheVisit(EventFrame meeting, EventFrame visit) =>
        meeting.DescribedIn.Overlaps(visit.DescribedIn) && meeting.Parents.TrueForAll(p => p.Parent.Kind == EventKind.Summit);

    /// <summary>
    /// Whether an undated meeting is told after the visit of the story's time that it would be part of: "Macron arrived
    /// in the Moroccan capital on Monday afternoon for a three-day state visit ... At the Royal Palace in Rabat, the King
    /// and Macron held talks."
    /// </summary>
    private static bool Told(ExtractionContext context, EventFrame meeting, EventFrame visit) =>
        meeting.Date is null && !visit.IsInvitation && MainMeeting.IsCurrent(context, visit.Date)
        && meeting.DescribedIn.Count > 0 && visit.DescribedIn.Count > 0 && meeting.DescribedIn.Min > visit.DescribedIn.Min;

    /// <summary>
    /// Whether the meeting's date falls within the visit as the text dates both. An undated visit told in a sentence
    /// that tells the meeting too ("visited Beijing and held talks ... on May 13") lasts over it.
    /// </summary>
    private static bool During(EventFrame meeting, EventFrame visit)
    {
        if (visit.IsInvitation && visit.Date is null)
        {
            return false; // "inviting the Chinese leader to make a state visit to Japan next spring" has not happened
        }

        if (meeting.Date is not { } day || visit.Date is not { } start)
        {
            return meeting.IsMain || visit.IsMain || (meeting.Date is null && visit.Date is null) || (visit.Date is null && meeting.DescribedIn.Overlaps(visit.DescribedIn));
        }

        if (day.ExactDate is { } exact && start.ExactDate is { } first)
        {
            return exact.DayNumber >= first.DayNumber && exact.DayNumber < first.DayNumber + MaxVisitDays;
        }

        return EventRegistry.Compatible(day, start);
    }
}
