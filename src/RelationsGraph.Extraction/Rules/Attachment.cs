using RelationsGraph.Extraction.Mentions;

namespace RelationsGraph.Extraction.Rules;

/// <summary>
/// Which event a sentence speaks about: the meeting its own words describe, else a visit of an earlier month that
/// they describe, else the main event when the sentence refers to one of its participants, to its sides ("the two
/// sides"), or to the meeting itself ("during the talks"); else none (background).
/// </summary>
internal static class Attachment
{
    private static readonly HashSet<string> Speech = new(StringComparer.OrdinalIgnoreCase)
    {
        "said", "says", "say", "told", "tell", "urged", "urge", "urges", "stressed", "stresses", "raised", "raise", "agreed", "agree", "agrees",
        "called", "calls", "discussed", "discuss", "exchanged", "expressed", "conveyed", "explained", "requested", "proposed", "noted",
        "reaffirmed", "confirmed", "welcomed", "pledged", "announced", "voiced", "complained", "reviewed", "described", "describing",
        "warned", "emphasized", "emphasised", "underlined", "highlighted", "stated", "added", "asked", "vowed", "sought", "hopes",
        "hoped", "shared", "reiterated", "agenda", "talked", "spoke", "covered", "addressed", "pressed", "demanded", "insisted",
        "reconfirmed", "affirmed", "acknowledged", "expects", "expected", "wants", "reviewing", "launch", "launched", "thanked",
        "discussing", "raising", "urging", "stressing", "calling", "focused", "centered", "centred", "revolved", "covering", "signed", "talks", "figured",
        "attention", "want", "dominated", "dominates", "according",
    };

    /// <summary>Whether <paramref name="frame"/> is a meeting, summit or call of two or more leaders: what a sentence's subjects are said of.</summary>
    public static bool IsMeetingOfLeaders(EventFrame frame) =>
        frame.Kind is EventKind.Meeting or EventKind.Summit or EventKind.Call && frame.ParticipantIds.Count >= 2;

    /// <summary>
    /// Whether <paramref name="frame"/>, a meeting of leaders the sentence describes, is what it speaks of: not a summit
    /// when the sentence also describes a meeting of leaders on its sidelines ("held bilateral talks with Putin on the
    /// sidelines of the second Russia-Africa Summit ..., agreeing to deepen cooperation in agriculture": the talks).
    /// </summary>
    public static bool IsToldMeeting(ExtractionContext context, AnalyzedSentence s, EventFrame frame)
    {
        if (!IsMeetingOfLeaders(frame))
        {
            return false;
        }

        if (frame.Kind != EventKind.Summit)
        {
            return true;
        }

        foreach (var other in context.Events.DescribedIn(s.Index))
        {
            if (other != frame && IsMeetingOfLeaders(other) && other.Parents.Exists(p => p.Parent == frame))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>The frame the sentence is about, or null.</summary>
    public static EventFrame? FrameFor(ExtractionContext context, AnalyzedSentence s)
    {
        EventFrame? described = null;
        foreach (var frame in context.Events.DescribedIn(s.Index))
        {
            if (IsToldMeeting(context, s, frame))
            {
                described = frame;
                break;
            }
        }

        if (described is not null)
        {
            return described;
        }

        var main = context.Events.Main;
        if (main is null)
        {
            return null;
        }

        // "Marcos made an official visit to Tokyo in February, when he and Kishida agreed to deepen defence ties": a
        // visit of an earlier month that the sentence introduces is what it speaks about, though it names the main
        // event's participants; unless it names a meeting too ("The meeting came less than two months after Yoon's
        // visit to Tokyo in March, and both leaders welcomed ..."). A later sentence that the same visit's frame took
        // in may be about another visit of the same traveller ("Li is on a three-day visit to Germany").
        return PastVisit(context, s, main) is { } past && !NamesMeeting(s) ? past : ReferencesFrame(context, s, main) ? main : null;
    }

    /// <summary>The visit that sentence <paramref name="s"/> introduces, when it falls in a month before the main event's.</summary>
    private static EventFrame? PastVisit(ExtractionContext context, AnalyzedSentence s, EventFrame main)
    {
        foreach (var frame in context.Events.DescribedIn(s.Index))
        {
            if (frame.Kind == EventKind.Visit && !frame.IsMain && frame.Sentence == s.Index && IsEarlierMonth(frame.Date, main.Date))
            {
                return frame;
            }
        }

        return null;
    }

    /// <summary>Whether the sentence has a noun of meeting ("the meeting", "today's talks").</summary>
    private static bool NamesMeeting(AnalyzedSentence s)
    {
        foreach (var m in s.MentionSpanOf(MentionKind.EventNoun))
        {
            if (IsMeetingNoun(m))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether an event noun names a meeting or a call ("the talks", "today's summit").</summary>
    private static bool IsMeetingNoun(Mention noun) => noun.Head is "meeting" or "talks" or "summit" or "call" or "conversation";

    /// <summary>Whether <paramref name="date"/> falls in a month before that of <paramref name="than"/>, both known.</summary>
    private static bool IsEarlierMonth(PartialDate? date, PartialDate? than) =>
        date is { Month: { } month } d && than is { Month: { } other } t && (d.Year < t.Year || (d.Year == t.Year && month < other));

    /// <summary>Whether the sentence refers to a participant, a side or the meeting of <paramref name="frame"/>.</summary>
    public static bool ReferencesFrame(ExtractionContext context, AnalyzedSentence s, EventFrame frame)
    {
        var participants = frame.ParticipantIds;
        foreach (var m in s.MentionSpan)
        {
            var hit = m.Kind switch
            {
                MentionKind.Leader or MentionKind.Role or MentionKind.Pronoun or MentionKind.LeaderGroup => m.NodeIds.Count > 0 && AllIn(m.NodeIds, participants),
                MentionKind.SideGroup => m.NodeIds.Count >= 2 && AllSides(context, frame, m.NodeIds),
                MentionKind.Side => m.NodeIds.Count == 1 && IsSide(context, frame, m.NodeIds[0]),
                MentionKind.EventNoun => m.IsDefinite && IsMeetingNoun(m),
                _ => false,
            };
            if (hit)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether the sentence has a word of speaking, agreeing or raising.</summary>
    public static bool HasSpeech(AnalyzedSentence s)
    {
        for (var i = 0; i < s.Tokens.Count; i++)
        {
            if (Speech.Contains(s.Word(i)))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether a leader (name, role, pronoun or group of leaders) of the sentence is a participant of the frame.</summary>
    public static bool HasParticipant(AnalyzedSentence s, EventFrame frame)
    {
        foreach (var m in s.MentionSpan)
        {
            if (m.Kind is MentionKind.Leader or MentionKind.Role or MentionKind.Pronoun or MentionKind.LeaderGroup
                && m.NodeIds.Count > 0 && AllIn(m.NodeIds, frame.ParticipantIds))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Whether the frame's sides together ("the two sides agreed", "both countries") are named before token
    /// <paramref name="token"/>, as the subject of what follows. One side alone ("Japan maintains that ...") states its
    /// own position, not the meeting's, and "ties between the two countries" after it is no subject.
    /// </summary>
    public static bool HasBothSidesBefore(ExtractionContext context, AnalyzedSentence s, EventFrame frame, int token)
    {
        foreach (var m in s.MentionSpan)
        {
            if (m.Kind == MentionKind.SideGroup && s.TokenAt(m.End) <= token && m.NodeIds.Count >= 2 && AllSides(context, frame, m.NodeIds))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The countries of the frame's participants, in order.</summary>
    public static List<string> Sides(ExtractionContext context, EventFrame frame)
    {
        // Distinct in order of first appearance: a frame has a handful of participants, so a list beats a hash set.
        var sides = new List<string>(frame.ParticipantIds.Count);
        foreach (var id in frame.ParticipantIds)
        {
            if (context.Entities.CountryOf(id) is { } country && !sides.Contains(country))
            {
                sides.Add(country);
            }
        }

        return sides;
    }

    /// <summary>Whether <paramref name="country"/> is one of the <see cref="Sides"/> of <paramref name="frame"/>, without listing them.</summary>
    public static bool IsSide(ExtractionContext context, EventFrame frame, string country)
    {
        // By index: a foreach over the interface would allocate an enumerator per question.
        var participants = frame.ParticipantIds;
        for (var i = 0; i < participants.Count; i++)
        {
            if (string.Equals(context.Entities.CountryOf(participants[i]), country, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether every id of <paramref name="countries"/> is one of the <see cref="Sides"/> of <paramref name="frame"/>.</summary>
    private static bool AllSides(ExtractionContext context, EventFrame frame, IReadOnlyList<string> countries)
    {
        for (var i = 0; i < countries.Count; i++)
        {
            if (!IsSide(context, frame, countries[i]))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Whether every id of <paramref name="ids"/> is in <paramref name="set"/>, without a delegate per call.</summary>
    public static bool AllIn(IReadOnlyList<string> ids, IReadOnlyList<string> set)
    {
        for (var i = 0; i < ids.Count; i++)
        {
            if (!Contains(set, ids[i]))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Whether <paramref name="list"/> holds <paramref name="item"/>, without a delegate per call.</summary>
    public static bool Contains(IReadOnlyList<string> list, string item)
    {
        for (var i = 0; i < list.Count; i++)
        {
            if (string.Equals(list[i], item, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }
}
