using RelationsGraph.Extraction.Mentions;

namespace RelationsGraph.Extraction.Resolution;

/// <summary>
/// What a sentence's clauses say about the leaders it names, for <see cref="FocusUpdate"/>: whether its subject hosts
/// or meets the others, whether a verb of meeting follows a point, where a clause of past time starts.
/// </summary>
internal static class FocusClauses
{
    /// <summary>Whether a verb of meeting ("met", "held talks") follows offset <paramref name="start"/> in the sentence.</summary>
    public static bool MetAfter(AnalyzedSentence s, int start)
    {
        for (var k = s.TokenAt(start); k < s.Tokens.Count; k++)
        {
            if (s.IsAny(k, "met", "meets") || (s.IsAny(k, "held", "hold", "holds") && s.Is(k + 1, "talks")))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Where the sentence's first group of leaders ("the two leaders") starts, or the sentence's end when it has none.</summary>
    public static int FirstGroupStart(AnalyzedSentence s)
    {
        foreach (var m in s.MentionSpanOf(MentionKind.LeaderGroup))
        {
            return m.Start;
        }

        return int.MaxValue;
    }

    /// <summary>
    /// Whether the subject's verb brings it together with the others: "Kishida hosted Biden, Modi and Albanese", "Xi
    /// met ...", "He will then join Biden and Marcos".
    /// </summary>
    public static bool Hosts(AnalyzedSentence s, Mention subject)
    {
        var k = s.TokenAt(subject.PhraseEnd);
        while (s.IsAny(k, "will", "would", "then", "also", "is", "was", "to", "later"))
        {
            k++;
        }

        return s.IsAny(k, "hosted", "welcomed", "received", "met", "invited", "hosts", "welcomes", "receives", "meets", "meet", "host", "join", "joins", "joined");
    }

    /// <summary>
    /// Whether the run starting at <paramref name="run"/> is what the subject is with: "President Biden walks with Japanese
    /// Prime Minister Fumio Kishida and South Korean President Yoon Suk Yeol", "Biden spent Friday ... with two guests he
    /// has worked hard to bring together: Kishida and Yoon". Not when the subject meets them one by one ("Biden held
    /// separate talks with Modi and Albanese, while Kishida also met both men").
    /// </summary>
    public static bool WithSubject(AnalyzedSentence s, Mention subject, Mention run)
    {
        var before = s.TokenAt(run.PhraseStart) - 1;
        var with = false;
        for (var k = s.TokenAt(subject.PhraseEnd); k <= before; k++)
        {
            if (s.IsAny(k, "separate", "separately"))
            {
                return false;
            }

            with |= s.Is(k, "with");
        }

        return s.Is(before, "with") || (with && s.Is(before, ":"));
    }

    /// <summary>Whether the sentence says someone was "received by", "welcomed by", "greeted by" or "met by" others.</summary>
    public static bool ReceivedBy(AnalyzedSentence s)
    {
        for (var i = 1; i < s.Tokens.Count; i++)
        {
            if (s.Is(i, "by") && s.IsAny(i - 1, "received", "welcomed", "greeted", "met"))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Where a clause of time with a leader as its subject opens after the sentence's first meeting word, or the
    /// sentence's end: "Biden held ... his last face-to-face meeting with Chinese leader Xi Jinping ... before
    /// President-elect Donald Trump returns to the White House" is a meeting of two, not of three.
    /// </summary>
    public static int TimeClauseAfterMeeting(AnalyzedSentence s)
    {
        var meeting = false;
        for (var i = 0; i < s.Tokens.Count; i++)
        {
            if (meeting && s.IsAny(i, "before", "after", "until") && LeaderOpensAt(s, i + 1))
            {
                return s.Tokens[i].Start;
            }

            meeting |= IsMeetingWord(s, i);
        }

        return int.MaxValue;
    }

    /// <summary>
    /// Whether a reference to a leader, or the title or demonym that opens one, starts at token <paramref name="k"/>: the
    /// subject of a clause ("before President-elect Donald Trump returns"), not "after the meeting".
    /// </summary>
    private static bool LeaderOpensAt(AnalyzedSentence s, int k)
    {
        if (k >= s.Tokens.Count)
        {
            return false;
        }

        var start = s.Tokens[k].Start;
        foreach (var m in s.MentionSpan)
        {
            if (m.PhraseStart == start && (ReferenceResolution.IsLeaderReference(m) || m.Kind is MentionKind.Title or MentionKind.Demonym))
            {
                return true;
            }
        }

        return false;
    }

    public static bool HasMeetingWord(AnalyzedSentence s)
    {
        for (var i = 0; i < s.Tokens.Count; i++)
        {
            if (IsMeetingWord(s, i))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsMeetingWord(AnalyzedSentence s, int i) =>
        s.IsAny(i, "met", "meet", "meets", "talks", "meeting", "summit", "told", "hosted", "welcomed", "join", "call", "spoke", "talked", "phone", "telephone")
        // "Xi called for peace talks but made no commitment to speak with Zelensky": talks of others, not a meeting of the two.
        && !(s.Is(i, "talks") && s.IsAny(i - 1, "peace", "ceasefire"));
}
