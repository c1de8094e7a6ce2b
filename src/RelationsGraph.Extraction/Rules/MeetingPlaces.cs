using RelationsGraph.Extraction.Knowledge;
using RelationsGraph.Extraction.Mentions;

namespace RelationsGraph.Extraction.Rules;

/// <summary>Whether a meeting's places set it apart from a frame already told: <see cref="MeetingRule"/>'s test of "another city".</summary>
internal static class MeetingPlaces
{
    /// <summary>Whether <paramref name="frame"/> was held in a city and none of <paramref name="places"/> is in it: "talks in Tokyo" are not "their summit in Perth".</summary>
    public static bool InOtherCity(ExtractionContext context, EventFrame frame, List<Mention> places)
    {
        if (places.Count == 0 || EventMaterializer.Location(context, frame).City is not { } city)
        {
            return false;
        }

        foreach (var place in places)
        {
            if (context.Node<Place>(place.NodeId) is not { } node)
            {
                continue;
            }

            // A venue is in its lexicon city; one neither the lexicon nor the capitals know ("the prime minister's
            // office") may be in any city, as EventMaterializer.Location reads it.
            var entry = context.KnowledgeBase.Lexicon.FindPlace(node.Name);
            var placeCity = entry is { Kind: PlaceKind.Venue } ? entry.City
                : entry is null && context.KnowledgeBase.CountryWithCapital(node.Name) is null
                    && !string.Equals(node.Name, context.Article.DatelinePlace, StringComparison.OrdinalIgnoreCase) ? null
                : node.Name;
            if (placeCity is null || string.Equals(placeCity, city, StringComparison.Ordinal) || Within(context, placeCity, city) || Within(context, city, placeCity))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Whether the lexicon has <paramref name="place"/> in the region <paramref name="region"/>: Nusa Dua is on Bali.</summary>
    private static bool Within(ExtractionContext context, string place, string region) =>
        string.Equals(context.KnowledgeBase.Lexicon.FindPlace(place)?.Region, region, StringComparison.Ordinal);
}
