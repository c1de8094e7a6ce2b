using RelationsGraph.Extraction.Mentions;

namespace RelationsGraph.Extraction.Rules;

/// <summary>
/// One leader who "attended the meeting" (or "the talks") told before: "His Royal Highness Crown Prince Al Hussein bin
/// Abdullah II attended the meeting, the first between His Majesty and the US president". The leader is one more
/// participant of that meeting, the latest one of two or more leaders told in an earlier sentence.
/// </summary>
internal static class MeetingAttendance
{
    /// <summary>Adds the attendee to the meeting <paramref name="trigger"/> names; false when it names none or is no attendance.</summary>
    public static bool Add(ExtractionContext context, AnalyzedSentence s, MeetingTriggers.Trigger trigger, List<Mention> subject, List<Mention> objects)
    {
        if (!s.IsAny(trigger.First, "attend", "attends", "attended", "attending") || trigger.Noun is not { IsDefinite: true, Head: "meeting" or "talks" } noun
            || objects.Count > 0 || !s.Is(s.TokenAt(noun.Start), "the") || Grammar.Leaders(subject) is not [var attendee])
        {
            return false;
        }

        EventFrame? told = null;
        foreach (var frame in context.Events.Frames)
        {
            if (frame.Kind == EventKind.Meeting && frame.Sentence < s.Index && frame.ParticipantIds.Count >= 2 && (told is null || frame.Sentence > told.Sentence))
            {
                told = frame;
            }
        }

        if (told is null)
        {
            return false;
        }

        told.AddParticipant(attendee, context.Evidence(s.Index, subject[0].PhraseStart, noun.End));
        told.DescribedIn.Add(s.Index);
        return true;
    }
}
