using RelationsGraph.Extraction.Mentions;

namespace RelationsGraph.Extraction.Rules;

/// <summary>The words of a telephone call or a call on someone, for <see cref="MeetingTriggers"/>.</summary>
internal static class CallTriggers
{
    /// <summary>Words after "called &lt;leader&gt;" that make it a telephone call: "called Lula again to condemn ...", "called Xi on Monday".</summary>
    private static readonly HashSet<string> AfterCalled = new(StringComparer.OrdinalIgnoreCase)
    {
        "again", "to", "on", "in", "after", "last", "late", "early", "this", "earlier", "later", "and", ",", ".", ";",
    };

    /// <summary>
    /// "called on Barack Obama at the White House" or "called on him" (a meeting) and "called Lula again to condemn the violence" (a
    /// call): "called" before a leader. Not "called on Pakistan to take action" or "called on Xi to ..." (urged), nor
    /// "called Xi a friend" (named).
    /// </summary>
    public static MeetingTriggers.Trigger? CalledLeader(AnalyzedSentence s, int i)
    {
        var on = s.Is(i + 1, "on");
        var start = on ? i + 2 : i + 1;
        var leader = s.MentionStartingAt(start, MentionKind.Leader) ?? Grammar.LeaderPhraseAt(s, start) // or its title: "called Brazilian President ..."
            ?? (on && s.IsAny(start, "him", "her") ? s.MentionStartingAt(start, MentionKind.Pronoun) : null); // "had called on him"
        if (leader is null)
        {
            return null;
        }

        var after = s.TokenAt(leader.End);
        if (on)
        {
            return s.Is(after, "to") ? null : new MeetingTriggers.Trigger(i, i + 1, EventKind.Meeting, null);
        }

        return after >= s.Tokens.Count || AfterCalled.Contains(s.Word(after)) ? new MeetingTriggers.Trigger(i, i, EventKind.Call, null) : null;
    }

    /// <summary>
    /// The kind of event a noun followed by its parties names: a call for "call" and "conversation", else a meeting; but
    /// "the conversation between the two heads of state", not by telephone, after a meeting of the same leaders was told,
    /// is that meeting ("Milei received Macron ... for a private dinner. ... the conversation between the two heads of
    /// state revolved around ...").
    /// </summary>
    public static EventKind KindOf(ExtractionContext context, Mention noun, List<Mention> parties)
    {
        if (noun.Head != "conversation" || !noun.IsDefinite || IsByPhone(noun.Text))
        {
            return noun.Head is "call" or "conversation" ? EventKind.Call : EventKind.Meeting;
        }

        var leaders = Grammar.Leaders(parties);
        foreach (var frame in context.Events.Frames)
        {
            if (frame.Kind == EventKind.Meeting && leaders.Count >= 2 && leaders.TrueForAll(frame.ParticipantIds.Contains))
            {
                return EventKind.Meeting;
            }
        }

        return EventKind.Call;
    }

    /// <summary>Whether an event noun's words say it was held by telephone or video: "a phone call", "telephone talks", "a video call".</summary>
    public static bool IsByPhone(string noun) =>
        noun.Contains("phone", StringComparison.OrdinalIgnoreCase) || noun.Contains("video", StringComparison.OrdinalIgnoreCase);

    /// <summary>"spoke with Xi by phone": a word of telephoning in the ten tokens after <paramref name="i"/>, after "by", "the", "via" or "a".</summary>
    public static bool ByPhone(AnalyzedSentence s, int i)
    {
        var end = Math.Min(i + 11, s.Tokens.Count);
        for (var k = i + 1; k < end; k++)
        {
            if (s.IsAny(k, "telephone", "phone", "videoconference", "video") && s.IsAny(k - 1, "by", "the", "via", "a"))
            {
                return true;
            }
        }

        return false;
    }
}
