using RelationsGraph.Extraction.Rules;

namespace RelationsGraph.Extraction.Pipeline;

/// <summary>
/// One frame named from its parties, as <see cref="EventReconciler"/> compares it with the frames of other articles:
/// everything it reads of the frame and its article, taken when the article has been analysed, so that the batch
/// need not keep the article's analysis (or its context, once its graph is built) until every article has been read.
/// </summary>
internal sealed class EventCandidate
{
    private EventCandidate(string articleId, EventFrame frame, string key, string? city, string[] placeIds)
    {
        ArticleId = articleId;
        Family = EventReconciler.Family(frame);
        Date = frame.Date;
        Frame = MayTakeAnotherIdentity ? frame : null;
        Key = key;
        City = city;
        PlaceIds = placeIds;
    }

    /// <summary>The article that describes the frame.</summary>
    public string ArticleId { get; }

    /// <summary>The kind of event and its parties (<see cref="EventReconciler.Family"/>): only candidates of one family are compared.</summary>
    public string Family { get; }

    /// <summary>
    /// The frame, the key <see cref="EventReconciler.Reconcile"/> gives another identity under; null for a frame that
    /// keeps its own (an exact date), whose article's graph may then be built at once.
    /// </summary>
    public EventFrame? Frame { get; }

    /// <summary>The frame's date, as precisely as its article gives it.</summary>
    public PartialDate? Date { get; }

    /// <summary>The key of the frame's own identity (<see cref="EventMaterializer.Key"/>), which a less precise description may take.</summary>
    public string Key { get; }

    /// <summary>The city the frame was held in (<see cref="EventMaterializer.Location"/>), if known.</summary>
    public string? City { get; }

    /// <summary>The ids of the frame's places, in order.</summary>
    public string[] PlaceIds { get; }

    /// <summary>Whether another article's description may give the frame another identity: it has no exact date.</summary>
    public bool MayTakeAnotherIdentity => Date?.ExactDate is null;

    /// <summary>
    /// The frames of <paramref name="context"/> that reconciliation compares (named from their parties: no key of
    /// their own, and participants), in frame order; an empty list when there are none.
    /// </summary>
    /// <remarks>
    /// Reads the frames, their places and what <see cref="EventMaterializer.Location"/> reads (the context's place
    /// nodes, the knowledge base and the dateline): none of it changes once the rules have run, so taking it now
    /// gives what reconciling the finished analyses did.
    /// </remarks>
    public static List<EventCandidate> Of(ExtractionContext context)
    {
        var candidates = new List<EventCandidate>();
        foreach (var frame in context.Events.Frames)
        {
            if (frame.Key is not null || frame.ParticipantIds.Count == 0)
            {
                continue;
            }

            var placeIds = new string[frame.Places.Count];
            for (var i = 0; i < placeIds.Length; i++)
            {
                placeIds[i] = frame.Places[i].Id;
            }

            var (city, _) = EventMaterializer.Location(context, frame);
            candidates.Add(new EventCandidate(context.ArticleId, frame, EventMaterializer.Key(frame), city, placeIds));
        }

        return candidates;
    }
}
