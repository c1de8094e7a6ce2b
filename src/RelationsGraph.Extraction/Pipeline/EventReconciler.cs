using RelationsGraph.Extraction.Rules;

namespace RelationsGraph.Extraction.Pipeline;

/// <summary>
/// Across the articles of one batch, gives one meeting one node when one article dates it less precisely than
/// another ("in November", or no date, against "on Nov. 15"): a meeting, call or visit with the same kind of
/// event and the same parties takes the key and date of the most precise description that fits its date (one
/// contains the other), provided exactly one date fits and no place contradicts (different cities). An undated
/// description must share a place with the one it joins. Only frames named from their parties are concerned;
/// summit editions, anniversaries and dialogues already have keys of their own.
/// </summary>
/// <remarks>
/// Works on <see cref="EventCandidate"/>s, what it reads of each frame taken when its article was analysed, so
/// that the articles' analyses need not be kept until every article of the batch has been read.
/// </remarks>
internal static class EventReconciler
{
    /// <summary>The identities that the frames of <paramref name="candidates"/> take from other descriptions of their events.</summary>
    /// <param name="candidates">The candidates of every article of the batch, in article-id order, each article's in frame order.</param>
    /// <returns>For each frame that takes another identity, the key and date of the description it joins.</returns>
    public static Dictionary<EventFrame, (string Key, PartialDate? Date)> Reconcile(IReadOnlyList<EventCandidate> candidates)
    {
        var result = new Dictionary<EventFrame, (string, PartialDate?)>();
        foreach (var group in candidates.GroupBy(c => c.Family, StringComparer.Ordinal))
        {
            var members = group.ToList();
            foreach (var candidate in members.Where(m => m.MayTakeAnotherIdentity))
            {
                var fits = members.Where(m => m.Date is { } date && Precision(date) > Precision(candidate.Date) && EventRegistry.Compatible(candidate.Date, date)
                    && Places(m, candidate)).ToList();
                var best = fits.Select(m => Precision(m.Date)).DefaultIfEmpty(-1).Max();
                var dates = fits.Where(m => Precision(m.Date) == best).Select(m => m.Date!.Value).Distinct().ToList();
                if (dates.Count != 1)
                {
                    continue;
                }

                var target = fits.Where(m => m.Date == dates[0]).OrderBy(m => m.ArticleId, StringComparer.Ordinal).First();
                result[candidate.Frame!] = (target.Key, target.Date);
            }
        }

        return result;
    }

    /// <summary>The kind of event and its parties: what two descriptions of one event share.</summary>
    public static string Family(EventFrame frame) =>
        (frame.Kind switch { EventKind.Call => "call", EventKind.Visit => "visit " + frame.HostCountryId, _ => "meeting" })
        + " " + string.Join(' ', frame.ParticipantIds.Order(StringComparer.Ordinal));

    private static int Precision(PartialDate? date) => date is not { } d ? 0 : d.Day is not null ? 3 : d.Month is not null ? 2 : 1;

    /// <summary>Whether the places of two descriptions agree: no two different cities; an undated one must share a place.</summary>
    private static bool Places(EventCandidate target, EventCandidate candidate)
    {
        if (target.City is not null && candidate.City is not null && !string.Equals(target.City, candidate.City, StringComparison.Ordinal))
        {
            return false;
        }

        return candidate.Date is not null || target.PlaceIds.Intersect(candidate.PlaceIds, StringComparer.Ordinal).Any()
            || (target.City is not null && string.Equals(target.City, candidate.City, StringComparison.Ordinal));
    }
}
