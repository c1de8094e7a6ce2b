namespace RelationsGraph.Extraction.Rules;

/// <summary>
/// Two leaders of one country told together as if they met ("was received by President Droupadi Murmu and Prime
/// Minister Narendra Modi", "Duda and Tusk flew to Washington together") are one side of a diplomatic story, not a
/// meeting of its own: a meeting of exactly those two, with no side of another country, is not built.
/// </summary>
internal static class DomesticMeeting
{
    /// <summary>Whether <paramref name="frame"/> is a meeting of two leaders of the same known country and no other side.</summary>
    public static bool Is(ExtractionContext context, EventFrame frame)
    {
        if (frame.Kind != EventKind.Meeting || frame.ParticipantIds.Count != 2
            || context.Entities.CountryOf(frame.ParticipantIds[0]) is not { } country
            || context.Entities.CountryOf(frame.ParticipantIds[1]) != country)
        {
            return false;
        }

        return !frame.Sides.Exists(side => side.Id != country);
    }
}
