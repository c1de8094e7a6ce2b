using RelationsGraph.Extraction.Mentions;

namespace RelationsGraph.Extraction.Resolution;

/// <summary>
/// Who "his guest", "her guest" or "the visitor" is (<see cref="RolePattern.Guest"/>): the leader of the story's pair
/// who is not the host.
/// </summary>
internal static class GuestResolution
{
    /// <summary>
    /// The leader of the story's pair (in focus, else the first two serving leaders named) other than the host: the
    /// leader of the pair the sentence names last before a possessive ("Saikhanbileg and his guest", "Erdogan greeted
    /// his guest"), else, after "the", the one of <paramref name="datelineCountry"/>. Null when the pair is not of two
    /// countries or no host of it is found.
    /// </summary>
    public static string? Guest(Mention role, AnalyzedSentence s, Discourse discourse, ArticleEntities entities, string? datelineCountry)
    {
        var pair = discourse.PairFocus.Count == 2 ? discourse.PairFocus : discourse.Serving(discourse.Leaders.Count).Take(2).ToList();
        if (pair is not [var first, var second] || entities.CountryOf(first) is not { } one || entities.CountryOf(second) is not { } other || one == other)
        {
            return null;
        }

        var hostCountry = s.Is(s.TokenAt(role.Start), "the") ? datelineCountry : null;
        if (hostCountry is null)
        {
            foreach (var m in s.MentionSpan)
            {
                if (m.End <= role.Start && ReferenceResolution.IsLeaderReference(m) && m.NodeId is { } id && pair.Contains(id))
                {
                    hostCountry = entities.CountryOf(id);
                }
            }
        }

        return hostCountry == one ? second : hostCountry == other ? first : null;
    }
}
