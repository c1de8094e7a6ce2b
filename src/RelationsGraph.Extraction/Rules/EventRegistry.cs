namespace RelationsGraph.Extraction.Rules;

/// <summary>
/// The events of one article. Rules find or add frames here; two descriptions of one meeting (the same
/// participants, no conflicting date or place) share a frame, so each meeting becomes one node per article.
/// </summary>
public sealed class EventRegistry
{
    private readonly List<EventFrame> frames = [];

    /// <summary>The frames, in the order they were added.</summary>
    public IReadOnlyList<EventFrame> Frames => frames;

    /// <summary>The article's main event, once a rule has chosen it.</summary>
    public EventFrame? Main => frames.FirstOrDefault(f => f.IsMain);

    /// <summary>
    /// The frame that <paramref name="fits"/> and that the sentences up to <paramref name="lastSentence"/> told last, or
    /// null; on a tie, the one whose participant the sentence names last ("His trip follows Albanese's own visit to
    /// China" tells both, Albanese's last), else the one added later.
    /// </summary>
    public EventFrame? LastTold(int lastSentence, Func<EventFrame, bool> fits)
    {
        ArgumentNullException.ThrowIfNull(fits);
        EventFrame? last = null;
        var (at, end) = (-1, -1);
        for (var i = 0; i < frames.Count && lastSentence >= 0; i++)
        {
            var frame = frames[i];
            if (!fits(frame) || frame.DescribedIn.GetViewBetween(0, lastSentence) is not { Count: > 0 } told || told.Max < at)
            {
                continue;
            }

            // Of two told in one sentence, the one whose participant the sentence names later ("His trip follows
            // Albanese's own visit to China last November"); else the one found later.
            var named = LastNamedIn(frame, told.Max);
            if (told.Max > at || named >= end)
            {
                (last, at, end) = (frame, told.Max, named);
            }
        }

        return last;
    }

    /// <summary>Where the last evidence of a participant of <paramref name="frame"/> in sentence <paramref name="sentence"/> ends; -1 when there is none.</summary>
    private static int LastNamedIn(EventFrame frame, int sentence)
    {
        var end = -1;
        foreach (var (_, evidence) in frame.Participants)
        {
            if (evidence.Sentence == sentence && evidence.End > end)
            {
                end = evidence.End;
            }
        }

        return end;
    }

    /// <summary>Adds a new frame.</summary>
    public EventFrame Add(EventKind kind, int sentence, Evidence trigger)
    {
        ArgumentNullException.ThrowIfNull(trigger);
        var frame = new EventFrame(kind, sentence, trigger);
        frames.Add(frame);
        return frame;
    }

    /// <summary>
    /// The frame of a meeting, call or summit with exactly <paramref name="participants"/> whose date and kind do not
    /// conflict with <paramref name="date"/> and <paramref name="kind"/>; a new frame when there is none.
    /// </summary>
    /// <param name="kind">Meeting, summit or call.</param>
    /// <param name="participants">The leaders' ids.</param>
    /// <param name="date">The date the text gives, if any.</param>
    /// <param name="sentence">The sentence that describes it.</param>
    /// <param name="trigger">The words that describe it.</param>
    /// <param name="accept">A further test an existing frame must pass to be the same event (null: none).</param>
    public EventFrame FindOrAddMeeting(EventKind kind, IReadOnlyCollection<string> participants, PartialDate? date, int sentence, Evidence trigger, Func<EventFrame, bool>? accept = null)
    {
        ArgumentNullException.ThrowIfNull(participants);
        var found = frames.FirstOrDefault(f => f.Kind is EventKind.Meeting or EventKind.Summit or EventKind.Call && (accept is null || accept(f))
            && (f.Kind == EventKind.Call) == (kind == EventKind.Call)
            && f.ParticipantIds.Count == participants.Count && f.ParticipantIds.All(participants.Contains)
            && Compatible(f.Date, date));
        if (found is null)
        {
            var frame = Add(kind, sentence, trigger);
            frame.Date = date;
            return frame;
        }

        found.Date ??= date;
        if (date is { } d && found.Date is { } existing && d.CompareTo(existing) > 0 && IsWithin(existing, d))
        {
            found.Date = d; // the more precise of "in November" and "on Nov. 16"
        }

        if (kind == EventKind.Summit)
        {
            found.Kind = EventKind.Summit;
        }

        found.DescribedIn.Add(sentence);
        return found;
    }

    /// <summary>The frames whose own words appear in sentence <paramref name="sentence"/>.</summary>
    /// <remarks>
    /// The frames when asked, in an array: the rules ask this of every sentence, and most sentences describe no
    /// frame, which costs nothing (an iterator cost an object per call).
    /// </remarks>
    public IEnumerable<EventFrame> DescribedIn(int sentence)
    {
        var count = 0;
        foreach (var frame in frames)
        {
            if (frame.DescribedIn.Contains(sentence))
            {
                count++;
            }
        }

        if (count == 0)
        {
            return [];
        }

        var described = new EventFrame[count];
        count = 0;
        foreach (var frame in frames)
        {
            if (frame.DescribedIn.Contains(sentence))
            {
                described[count++] = frame;
            }
        }

        return described;
    }

    /// <summary>Whether two dates may be the same day: one is unknown or contains the other.</summary>
    public static bool Compatible(PartialDate? a, PartialDate? b) =>
        a is not { } x || b is not { } y || IsWithin(x, y) || IsWithin(y, x);

    private static bool IsWithin(PartialDate outer, PartialDate inner) =>
        outer.Year == inner.Year && (outer.Month is null || (outer.Month == inner.Month && (outer.Day is null || outer.Day == inner.Day)));
}
