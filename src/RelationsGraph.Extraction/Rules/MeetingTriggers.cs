using RelationsGraph.Extraction.Mentions;

namespace RelationsGraph.Extraction.Rules;

/// <summary>
/// Finds the words that say leaders met or talked: "met (with)", "meet", "meets", "held talks / a meeting / a summit /
/// (separate) meetings with", "a summit that X held with", "continued their talks / discussions", "talked with", "spoke
/// with", "hosted", "(will) host" a guest, "welcomed ... to", "was received ... by the president", "sat down for
/// talks", "sat down (in the Oval Office) with", "sat down together", "shook hands with", "(will) join ... for a
/// summit", "attended the trilateral summit", "granted an audience to" a leader, "paid a courtesy call on" (or "a
/// courtesy visit to") a leader, "(agreed ...) during talks / at a meeting" (not "during the talks", told before), "the
/// meeting, co-chaired by" two leaders, a sentence opening "After a one-on-one meeting," or "Following talks ...," (the
/// main clause's leaders met), "called on" a leader, and a phone or video call ("called Lula again").
/// </summary>
internal static class MeetingTriggers
{
    /// <summary>A trigger: its first and last token, the kind it suggests, and the event noun it governs, if any.</summary>
    public readonly record struct Trigger(int First, int Last, EventKind Kind, Mention? Noun)
    {
        /// <summary>The "with" after the noun that names whom the subject met ("joined ... for a meeting with X"); -1 when none.</summary>
        public int With { get; init; } = -1;
    }

    /// <summary>
    /// Every word a trigger of <see cref="Find"/> starts with: most tokens start none, and one lookup skips them where
    /// the branches below would compare them with some forty words. A new branch adds its first words here.
    /// </summary>
    private static readonly HashSet<string> FirstWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "met", "meet", "meets", "held", "hold", "holds", "holding", "had", "talked", "spoke", "conferred", "hosted", "welcomed",
        "received", "sat", "sit", "sits", "sitting", "shook", "shake", "shakes", "greeted", "phoned", "telephoned", "exchanged",
        "meeting", "join", "joins", "joined", "during", "in", "at", "after", "following", "attend", "attends", "attended", "attending", "called",
        "host", "hosts", "continued", "resumed", "wrapped", "concluded", "began", "ended", "kicked", "co-chaired", "co-chair", "co-hosted",
        "co-chairs", "co-chairing", "audience", "courtesy",
    };

    /// <summary>Words before "to meet" that make the meeting one only offered or wished for: "Abe, who has offered to meet Kim without preconditions".</summary>
    private static readonly HashSet<string> OnlyWished = new(StringComparer.OrdinalIgnoreCase)
    {
        "offered", "offers", "offer", "wants", "want", "wanted", "hopes", "hope", "hoped", "hoping", "seeks", "seek", "sought",
        "willing", "ready", "eager", "refused", "declined",
    };

    /// <summary>The most tokens from "met" to the words that count its meetings ("met Turkish Foreign Minister Hakan Fidan repeatedly").</summary>
    private const int MaxManyTimesGap = 8;

    /// <summary>
    /// Whether "met" at <paramref name="i"/> counts meetings rather than telling one, in the clause after it, its object
    /// included: "who have met several times in recent months", "have met on numerous occasions", "has met Fidan repeatedly".
    /// </summary>
    private static bool MetManyTimes(AnalyzedSentence s, int i)
    {
        for (var k = i + 1; k < s.Tokens.Count && k <= i + MaxManyTimesGap && s.Word(k) is not ("," or ";" or "."); k++)
        {
            if (s.Is(k, "repeatedly") || (s.IsAny(k, "several", "many", "numerous", "multiple", "countless") && s.IsAny(k + 1, "times", "occasions")))
            {
                return true;
            }
        }

        return false;
    }

    public static List<Trigger> Find(AnalyzedSentence s)
    {
        var triggers = new List<Trigger>();
        for (var i = 0; i < s.Tokens.Count; i++)
        {
            if (!FirstWords.Contains(s.Word(i)))
            {
                continue;
            }

            if (s.IsAny(i, "met", "meet", "meets"))
            {
                if (!(s.Is(i - 1, "to") && OnlyWished.Contains(s.Word(i - 2))) && !MetManyTimes(s, i))
                {
                    triggers.Add(new Trigger(i, i, EventKind.Meeting, NounAfter(s, i, 8)));
                }
            }
            else if (s.IsAny(i, "held", "had") && s.Is(i + 1, "with") && RelativizedNoun(s, i) is { } relativized)
            {
                // "a three-way summit that Biden held with Kishida and ... Yoon Suk Yeol": the noun before is the verb's object.
                triggers.Add(new Trigger(i, i + 1, Words.EventHeads[relativized.Head!], relativized));
            }
            else if (s.IsAny(i, "co-chaired", "co-hosted") && s.Is(i + 1, "by") && ParticipleNoun(s, i) is { } chaired)
            {
                // "The meeting, co-chaired by Head of Government Aziz Akhannouch and Spanish Prime Minister Pedro Sanchez, was ...":
                // those who chaired it together met in it.
                triggers.Add(new Trigger(i, i + 1, Words.EventHeads[chaired.Head!], chaired));
            }
            else if (s.IsAny(i, "held", "hold", "holds", "holding", "had", "co-chaired", "co-chair", "co-chairs", "co-chairing"))
            {
                // "held talks", "held discussions with", "held a tete-a-tete", "the two prime ministers co-chaired the second Annual Leaders' Meeting".
                var noun = NounAfter(s, i, 6);
                if (noun is not null && noun.Head is "talks" or "meeting" or "meetings" or "summit" or "call" or "conversation" or "consultations" or "discussions" or "tete-a-tete" or "tête-à-tête"
                    && s.TokenAt(noun.Start) - i <= 5)
                {
                    // "held phone talks with": talks by telephone are a call.
                    var kind = noun.Head is "talks" or "conversation" && CallTriggers.IsByPhone(noun.Text) ? EventKind.Call : Words.EventHeads[noun.Head!];
                    triggers.Add(new Trigger(i, s.TokenAt(noun.End) - 1, kind, noun));
                    i = s.TokenAt(noun.End) - 1;
                }
            }
            else if (PhaseVerbEnd(s, i) is { } phase && phase + 1 < s.Tokens.Count && s.Tokens[phase + 1].Kind == TokenKind.Word
                && !s.Is(phase + 1, "with") && NounAfter(s, phase, 6) is { Head: "talks" or "meeting" or "summit" } ended)
            {
                // "Obama and Xi wrapped up an unusual summit at Sunnylands", "the two leaders began their talks": the
                // subject's leaders met in the event the verb begins or ends ("since the war began, meeting Biden" is
                // another verb's clause). "The visit began with a meeting between A and B" opens the subject with
                // another event, whose parties the noun's own words give.
                triggers.Add(new Trigger(i, s.TokenAt(ended.End) - 1, Words.EventHeads[ended.Head!], ended));
                i = s.TokenAt(ended.End) - 1;
            }
            else if (s.IsAny(i, "talked", "spoke", "conferred") && s.IsAny(i + 1, "with", "to", "by"))
            {
                var call = NounAfter(s, i, 8) is { Head: "call" } c ? c : null;
                var byPhone = CallTriggers.ByPhone(s, i);
                // "spoke by phone with Kishida": the one spoken with comes after the means.
                var last = s.Is(i + 1, "by") && s.IsAny(i + 3, "with", "to") ? i + 3 : i + 1;
                triggers.Add(new Trigger(i, last, call is null && !byPhone ? EventKind.Meeting : EventKind.Call, call));
            }
            else if (s.IsAny(i, "hosted", "welcomed", "received") && MeetingSubjects.AfterAuxiliary(s, i) && HostingPhrases.PassiveAgent(s, i) is { } by)
            {
                // "Sanchez was received on Friday in Beijing by the Chinese president": the guest and the host after "by" met.
                triggers.Add(new Trigger(i, by, EventKind.Meeting, NounAfter(s, by, 8)));
            }
            else if (s.IsAny(i, "continued", "resumed") && s.IsAny(i + 1, "their", "the") && s.IsAny(i + 2, "talks", "discussions"))
            {
                // "The two men continued their discussions the following day in Tokyo": another session of talks.
                triggers.Add(new Trigger(i, i + 2, EventKind.Meeting, s.MentionCovering(i + 2, MentionKind.EventNoun)));
            }
            else if (s.IsAny(i, "host", "hosts"))
            {
                // "Biden was to host Kishida and Philippine President Ferdinand Marcos Jr. at the White House": a guest
                // makes it a meeting; "Japan will host the G7 summit" is no meeting of its own, and "were to host Xi ...
                // at a state banquet" is the meal's (HostedMeal).
                if (HostingPhrases.GuestAfter(s, i) && !HostingPhrases.MealInClause(s, i))
                {
                    triggers.Add(new Trigger(i, i, EventKind.Meeting, NounAfter(s, i, 12)));
                }
            }
            else if (s.IsAny(i, "hosted", "welcomed", "received") && !s.Is(i + 1, "by"))
            {
                // "welcomed progress", "received a letter": only a guest or an event makes these a meeting.
                var noun = NounAfter(s, i, 12);
                if (noun is not null || HostingPhrases.GuestAfter(s, i))
                {
                    triggers.Add(new Trigger(i, i, EventKind.Meeting, noun));
                }
            }
            else if (s.Is(i, "sat") && s.Is(i + 1, "down") && SatDownFor(s, i + 2) is { } sat)
            {
                // "sat down for talks", "sat down — on a screen, not across a table — on Monday night for a virtual summit".
                triggers.Add(new Trigger(i, s.TokenAt(sat.End) - 1, EventKind.Meeting, sat));
            }
            else if (s.IsAny(i, "sat", "sit", "sits", "sitting") && s.Is(i + 1, "down") && WithOrTogether(s, i + 2) is { } with)
            {
                // "sat down with Xi", "sat down in the Oval Office with Joe Biden"; "Biden and Xi have sat down together":
                // the subject's leaders met.
                triggers.Add(new Trigger(i, with, EventKind.Meeting, NounAfter(s, i, 10 + with - (i + 2))));
            }
            else if (s.IsAny(i, "shook", "shake", "shakes") && s.Is(i + 1, "hands"))
            {
                // "Xi shook hands with Biden", "the two men shook hands at a hotel in Nusa Dua".
                triggers.Add(new Trigger(i, s.Is(i + 2, "with") ? i + 2 : i + 1, EventKind.Meeting, null));
            }
            else if (s.IsAny(i, "greeted", "phoned", "telephoned") || (s.Is(i, "exchanged") && s.Is(i + 1, "views") && s.Is(i + 2, "with")))
            {
                var last = s.Is(i, "exchanged") ? i + 2 : i;
                triggers.Add(new Trigger(i, last, s.IsAny(i, "phoned", "telephoned") ? EventKind.Call : EventKind.Meeting, null));
            }
            else if (s.Is(i, "meeting") && s.IsAny(i - 1, "is", "are", "was", "were", "be") && !InEventNoun(s, i))
            {
                triggers.Add(new Trigger(i, i, EventKind.Meeting, null));
            }
            else if (s.IsAny(i, "join", "joins", "joined") && NounAfter(s, i, 16) is { Head: "summit" or "meeting" or "talks" } joined)
            {
                // "joined four other African heads of state for a meeting and working lunch with United States President
                // Donald J. Trump": the leader after the noun's "with" is met too, in a meeting rather than a summit joined.
                var met = WithAfterNoun(s, s.TokenAt(joined.End));
                triggers.Add(new Trigger(i, i, met >= 0 && joined.Head != "summit" ? EventKind.Meeting : EventKind.Summit, joined) { With = met });
            }
            else if ((s.IsAny(i, "during", "in", "at") || (i == s.FirstBodyToken && s.IsAny(i, "after", "following") && !s.IsAny(i + 1, "that", "this", "those", "these")))
                && s.MentionStartingAt(i + 1, MentionKind.EventNoun) is { Head: "talks" or "meeting" } during
                && !s.IsAny(i + 1, "the", "their", "his", "her", "its") && !BeforeParties(s, during))
            {
                // "Sisi and Modi agreed ... during talks at Hyderabad House", "After a one-on-one meeting, the two presidents
                // co-chaired ...": the subject's leaders met, in an event not named before.
                triggers.Add(new Trigger(i, s.TokenAt(during.End) - 1, EventKind.Meeting, during));
            }
            else if (s.Is(i, "called") && CallTriggers.CalledLeader(s, i) is { } called)
            {
                triggers.Add(called);
            }
            else if (s.Is(i, "courtesy") && ((s.Is(i + 1, "call") && s.IsAny(i + 2, "on", "to")) || (s.Is(i + 1, "visit") && s.IsAny(i + 2, "to", "on")))
                && s.MentionCovering(s.Is(i + 3, "the") ? i + 4 : i + 3, MentionKind.Leader, MentionKind.Role, MentionKind.Title, MentionKind.Demonym) is not null)
            {
                // "paid a courtesy call on Xi at the Great Hall of the People", "paid a courtesy visit to President Marcos": a
                // visit to a leader, not a telephone call nor a state visit.
                triggers.Add(new Trigger(i, i + 2, EventKind.Meeting, WrittenNoun(s, i, i + 1)));
                i += 2;
            }
            else if (Audience(s, i) is { } audience)
            {
                // "the King granted an audience to Prime Minister Modi", "an audience with the Emperor": a monarch's (or a
                // pope's) formal meeting.
                triggers.Add(new Trigger(i, audience, EventKind.Meeting, WrittenNoun(s, i, audience - 1)));
                i = audience;
            }
            else if (s.IsAny(i, "attend", "attends", "attended", "attending") && NounAfter(s, i, 1) is { Head: "summit" or "meeting" or "talks" } attended)
            {
                // "attended the ninth China-Japan-ROK leaders' meeting": the event noun is the verb's object.
                triggers.Add(new Trigger(i, s.TokenAt(attended.End) - 1, EventKind.Summit, attended));
            }
        }

        foreach (var call in s.MentionSpanOf(MentionKind.EventNoun))
        {
            if (call.Head == "call" && CallTriggers.IsByPhone(call.Text)
                && !Governs(triggers, call) && !BeforeParties(s, call))
            {
                triggers.Add(new Trigger(s.TokenAt(call.Start), s.TokenAt(call.End) - 1, EventKind.Call, call));
            }
        }

        triggers.Sort((a, b) => a.First.CompareTo(b.First));

        return triggers;
    }

    /// <summary>
    /// A meeting's noun the event patterns do not know, named as written from its article: "an Audience", "a private
    /// audience", "a courtesy call" (the words from <paramref name="first"/> to <paramref name="last"/>, with "a" or "an"
    /// one or two words before them).
    /// </summary>
    private static Mention WrittenNoun(AnalyzedSentence s, int first, int last)
    {
        var from = s.IsAny(first - 1, "an", "a") ? first - 1 : s.IsAny(first - 2, "an", "a") ? first - 2 : first;
        var (start, end) = (s.Tokens[from].Start, s.Tokens[last].End);
        return new Mention(MentionKind.EventNoun, s.Index, start, end, s.Slice(start, end)) { Head = "meeting" };
    }

    /// <summary>
    /// The last token of a royal audience at token <paramref name="i"/>: "audience" before "to" or "with" and a leader
    /// ("granted an Audience to Prime Minister Modi", "had an audience with the Emperor"); else null. An audience of
    /// listeners is no meeting: "addressed an audience of students", "told an audience in Thimphu".
    /// </summary>
    private static int? Audience(AnalyzedSentence s, int i)
    {
        var leader = s.IsAny(i + 2, "the", "His", "Her") ? i + 3 : i + 2;
        return s.Is(i, "audience") && s.IsAny(i + 1, "to", "with") && s.MentionCovering(leader, MentionKind.Leader, MentionKind.Role, MentionKind.Title) is not null
            ? i + 1
            : null;
    }

    /// <summary>
    /// The "with" at token <paramref name="next"/>, just after an event noun, or after "and" and up to three more words
    /// of the noun's occasion ("a meeting and working lunch with"); -1 when there is none.
    /// </summary>
    private static int WithAfterNoun(AnalyzedSentence s, int next)
    {
        if (s.Is(next, "with"))
        {
            return next;
        }

        for (var k = next + 2; s.Is(next, "and") && k <= next + 4 && k < s.Tokens.Count && s.Tokens[k - 1].Kind == TokenKind.Word && !s.IsCapitalized(k - 1); k++)
        {
            if (s.Is(k, "with"))
            {
                return k;
            }
        }

        return -1;
    }

    /// <summary>Whether token <paramref name="i"/> is inside an event noun of the sentence.</summary>
    private static bool InEventNoun(AnalyzedSentence s, int i)
    {
        foreach (var n in s.MentionSpanOf(MentionKind.EventNoun))
        {
            if (s.TokenAt(n.Start) <= i && s.TokenAt(n.End) > i)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether one of <paramref name="triggers"/> governs <paramref name="noun"/>.</summary>
    private static bool Governs(List<Trigger> triggers, Mention noun)
    {
        foreach (var t in triggers)
        {
            if (t.Noun == noun)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// The meeting, talks or summit that a relative clause opening before token <paramref name="verb"/> is about: "a
    /// three-way summit that Biden held with ...", "the talks which Xi had with ..."; null when none.
    /// </summary>
    private static Mention? RelativizedNoun(AnalyzedSentence s, int verb)
    {
        for (var k = verb - 1; k > 0 && verb - k <= 6; k--)
        {
            if (s.IsAny(k, "that", "which"))
            {
                return s.MentionCovering(k - 1, MentionKind.EventNoun) is { Head: "summit" or "meeting" or "talks" } noun && noun.End == s.Tokens[k - 1].End ? noun : null;
            }
        }

        return null;
    }

    /// <summary>
    /// Whether the parties follow the noun after "between" ("during talks between Prime Minister Abiy Ahmed and President
    /// Xi Jinping", "a phone call between the two presidents in April"): the noun is no trigger of its own, whose parties
    /// would be looked for around it, but the meeting of those after "between" (see <see cref="MeetingRule"/>).
    /// </summary>
    private static bool BeforeParties(AnalyzedSentence s, Mention noun) => s.Is(EventNounTail.Between(s, s.TokenAt(noun.End), out _), "between");

    /// <summary>
    /// The meeting or talks a participle at token <paramref name="verb"/> describes, right after it, its comma or its
    /// "was": "The meeting, co-chaired by ...", "The talks were co-chaired by ...". Not a summit: "The summit was
    /// co-chaired by President Putin and Comoros President Azali Assoumani" tells who led a gathering of many.
    /// </summary>
    private static Mention? ParticipleNoun(AnalyzedSentence s, int verb)
    {
        var last = s.Word(verb - 1) == "," || s.IsAny(verb - 1, "was", "were") ? verb - 2 : verb - 1;
        return s.MentionCovering(last, MentionKind.EventNoun) is { Head: "meeting" or "talks" } noun && noun.End == s.Tokens[last].End ? noun : null;
    }

    /// <summary>The last token of a verb that begins or ends an event at token <paramref name="i"/> ("wrapped up", "concluded", "began", "kicked off"), or null.</summary>
    private static int? PhaseVerbEnd(AnalyzedSentence s, int i) =>
        s.IsAny(i, "concluded", "began", "ended") ? i
        : (s.Is(i, "wrapped") && s.Is(i + 1, "up")) || (s.Is(i, "kicked") && s.Is(i + 1, "off")) ? i + 1
        : null;

    /// <summary>
    /// The event noun after the first "for" within sixteen tokens of <paramref name="start"/>, past an aside and a date
    /// ("sat down — on a screen, not across a table — on Monday night for a virtual summit"); null when a leader
    /// comes first ("sat down with Xi on Friday for talks" is the "sat down with" of the leader).
    /// </summary>
    private static Mention? SatDownFor(AnalyzedSentence s, int start)
    {
        for (var k = start; k < s.Tokens.Count && k <= start + 16; k++)
        {
            if (s.Is(k, "for"))
            {
                return s.MentionStartingAt(k + 1, MentionKind.EventNoun);
            }

            if (s.MentionStartingAt(k, MentionKind.Leader) is not null)
            {
                return null;
            }
        }

        return null;
    }

    /// <summary>
    /// The "with" or "together" at <paramref name="k"/>, or right after a place there ("in the Oval Office with", "at
    /// the Great Hall of the People with"); null when neither.
    /// </summary>
    private static int? WithOrTogether(AnalyzedSentence s, int k)
    {
        if (s.IsAny(k, "in", "at"))
        {
            var start = s.Is(k + 1, "the") ? k + 2 : k + 1;
            k = s.MentionStartingAt(start, MentionKind.Place) is { } place ? s.TokenAt(place.End) : -1;
        }

        return s.IsAny(k, "with", "together") ? k : null;
    }

    /// <summary>The first event noun that starts within <paramref name="window"/> tokens after <paramref name="i"/> in its clause.</summary>
    private static Mention? NounAfter(AnalyzedSentence s, int i, int window)
    {
        var end = Math.Min(Grammar.ClauseEnd(s, i), i + window + 1);
        foreach (var m in s.MentionSpanOf(MentionKind.EventNoun))
        {
            if (s.TokenAt(m.Start) > i && s.TokenAt(m.Start) < end && m.Head is not "visit" and not "dialogue")
            {
                return m;
            }
        }

        return null;
    }
}
