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
internal static class EventReconciler
{
    public static Dictionary<ExtractionContext, Dictionary<EventFrame, (string Key, PartialDate? Date)>> Reconcile(IReadOnlyList<ExtractionContext> contexts)
    {
        var entries = contexts.SelectMany(c => c.Events.Frames.Where(f => f.Key is null && f.ParticipantIds.Count > 0).Select(f => (Context: c, Frame: f))).ToList();
        var result = new Dictionary<ExtractionContext, Dictionary<EventFrame, (string, PartialDate?)>>();
        foreach (var group in entries.GroupBy(e => Family(e.Frame), StringComparer.Ordinal))
        {
            var members = group.ToList();
            foreach (var (context, frame) in members.Where(m => m.Frame.Date?.ExactDate is null))
            {
                var fits = members.Where(m => m.Frame.Date is { } date && Precision(date) > Precision(frame.Date) && EventRegistry.Compatible(frame.Date, date)
                    && Places(m.Context, m.Frame, context, frame)).ToList();
                var best = fits.Select(m => Precision(m.Frame.Date)).DefaultIfEmpty(-1).Max();
                var dates = fits.Where(m => Precision(m.Frame.Date) == best).Select(m => m.Frame.Date!.Value).Distinct().ToList();
                if (dates.Count != 1)
                {
                    continue;
                }

                var target = fits.Where(m => m.Frame.Date == dates[0]).OrderBy(m => m.Context.ArticleId, StringComparer.Ordinal).First();
                if (!result.TryGetValue(context, out var map))
                {
                    result[context] = map = [];
                }

                map[frame] = (EventMaterializer.Key(target.Frame), target.Frame.Date);
            }
        }

        return result;
    }

    /// <summary>The kind of event and its parties: what two descriptions of one event share.</summary>
    private static string Family(EventFrame frame) =>
        (frame.Kind switch { EventKind.Call => "call", EventKind.Visit => "visit " + frame.HostCountryId, _ => "meeting" })
        + " " + string.Join(' ', frame.ParticipantIds.Order(StringComparer.Ordinal));

    private static int Precision(PartialDate? date) => date is not { } d ? 0 : d.Day is not null ? 3 : d.Month is not null ? 2 : 1;

    /// <summary>Whether the places of two descriptions agree: no two different cities; an undated one must share a place.</summary>
    private static bool Places(ExtractionContext targetContext, EventFrame target, ExtractionContext context, EventFrame frame)
    {
        var (targetCity, _) = EventMaterializer.Location(targetContext, target);
        var (city, _) = EventMaterializer.Location(context, frame);
        if (targetCity is not null && city is not null && !string.Equals(targetCity, city, StringComparison.Ordinal))
        {
            return false;
        }

        return frame.Date is not null || target.Places.Select(p => p.Id).Intersect(frame.Places.Select(p => p.Id), StringComparer.Ordinal).Any()
            || (targetCity is not null && string.Equals(targetCity, city, StringComparison.Ordinal));
    }
}
