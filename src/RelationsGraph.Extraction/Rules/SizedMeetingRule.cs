using RelationsGraph.Extraction.Mentions;

namespace RelationsGraph.Extraction.Rules;

/// <summary>
/// A later sentence that names a meeting by its number of sides speaks about the meeting of that many leaders told
/// before it, not about the story's main event: after "Li attended the seventh China-Japan-ROK leaders' meeting with
/// Abe and Moon", "The trilateral meeting ... was chaired by Abe" and "At the trilateral meeting, the three leaders
/// discussed the situation on the Korean Peninsula" are about that meeting, so what they say is attached to it.
/// "The bilateral talks" need no such rule: the main event is a meeting of two, and <see cref="Attachment"/> finds it.
/// </summary>
public sealed class SizedMeetingRule : IExtractionRule
{
    /// <inheritdoc />
    public void Apply(ExtractionContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        foreach (var s in context.Sentences)
        {
            foreach (var noun in s.MentionSpanOf(MentionKind.EventNoun))
            {
                if (!noun.IsDefinite || noun.Head is not ("meeting" or "talks" or "summit") || MeetingSize.Of(s, noun) is not (>= 3 and var size))
                {
                    continue;
                }

                if (Earlier(context, s.Index, size) is { } frame)
                {
                    frame.DescribedIn.Add(s.Index);
                }
            }
        }
    }

    /// <summary>
    /// The meeting of <paramref name="size"/> leaders told last before sentence <paramref name="sentence"/>, when no
    /// meeting of that size is told in it already.
    /// </summary>
    private static EventFrame? Earlier(ExtractionContext context, int sentence, int size)
    {
        EventFrame? latest = null;
        foreach (var frame in context.Events.Frames)
        {
            if (frame.Kind is not (EventKind.Meeting or EventKind.Summit) || frame.ParticipantIds.Count != size)
            {
                continue;
            }

            if (frame.Sentence == sentence)
            {
                return null; // the sentence tells it itself
            }

            if (frame.Sentence < sentence && (latest is null || frame.Sentence > latest.Sentence))
            {
                latest = frame;
            }
        }

        return latest;
    }
}
