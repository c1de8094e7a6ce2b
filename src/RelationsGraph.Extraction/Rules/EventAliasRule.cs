using RelationsGraph.Extraction.Knowledge;
using RelationsGraph.Extraction.Mentions;

namespace RelationsGraph.Extraction.Rules;

/// <summary>
/// Other names for events: a definite or described noun phrase for a meeting in a sentence about it ("It was the
/// first face-to-face meeting between the two in about a year", "The gathering at ... was the first stand-alone
/// summit of the three countries' leaders") becomes an alias of that event, unless its words set it apart ("a
/// separate summit", "the next meeting"). A noun after "on the sidelines of" names the larger event.
/// </summary>
public sealed class EventAliasRule : IExtractionRule
{
    private static readonly HashSet<string> OtherWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "separate", "another", "next", "future", "upcoming", "previous", "earlier", "last",
    };

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> OtherWordLookup = OtherWords.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <inheritdoc />
    public void Apply(ExtractionContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        foreach (var s in context.Sentences)
        {
            var frame = Attachment.FrameFor(context, s);
            var call = context.Events.DescribedIn(s.Index).FirstOrDefault(f => f.Kind == EventKind.Call)
                ?? (context.Events.Main is { Kind: EventKind.Call } main ? main : null);
            foreach (var noun in s.MentionSpanOf(MentionKind.EventNoun))
            {
                if (noun.Head is not ("meeting" or "talks" or "summit" or "call" or "conversation" or "gathering"))
                {
                    continue;
                }

                var target = noun.Head is "call" or "conversation" ? call : frame is { Kind: not EventKind.Call } ? frame : null;
                if (SidelinesRule.AfterSidelines(s, PhraseStart(s, noun)))
                {
                    target = target?.Parents.Count > 0 ? target.Parents[0].Parent : null; // "on the sidelines of the summit": the summit's name
                }

                if (noun.Head is "meeting" or "talks" or "summit" && s.IsAny(s.TokenAt(noun.Start), "that", "those")
                    && LastToldMeeting(context, s.Index) is { } told)
                {
                    // "Lee held talks in Tokyo with Ishiba on Aug. 23. After that meeting, ...": the meeting told last.
                    target = told;
                }
                else if (OpensWithTheMeeting(s, noun) && ToldJustBefore(context, s.Index) is { } before)
                {
                    // "On the same day, Trong received Putin at the headquarters of the Party Central Committee. At the
                    // meeting, ...": the meeting the sentence before told, which need not be the story's main one.
                    target = before;
                }
                else if (noun.Head == "summit" && s.TokenAt(noun.End) - s.TokenAt(noun.Start) <= 2
                    && (target is null || (target.Kind == EventKind.Meeting && (!target.DescribedIn.Contains(s.Index) || MeetingAttendance.IsAttended(s, noun))))
                    && EditionToldBefore(context, s.Index) is { } edition)
                {
                    // "During the summit, Albanese announced ..." after "the close of the Asean-Australia Special Summit":
                    // a bare summit in a sentence that tells no meeting (or that leaders attend or co-chair) is the edition
                    // of a series told before, not the bilateral talks that are the story's main event.
                    target = edition;
                }

                if (target is not null && ToldAgainst(s, noun, target) is { } time)
                {
                    // "The meeting came a day before Trudeau joins them ... for the North American Leaders' Summit": the
                    // noun is another event than the one the sentence goes on to tell.
                    target = Meant(context, s, noun, time, target);
                }

                if (target is null || (OtherEvent(noun) && !Triggered(target, noun) && !TookPlaceWhen(s, noun, target)) || (!Triggered(target, noun) && NamesOther(context, target, noun.Text)) || EventNounApart.SetApart(context, s, noun, target)
                    || MeetingSize.Contradicts(s, noun, target))
                {
                    continue;
                }

                // "the talks", "their first face-to-face meeting": the article's own words for the event; and "the two
                // sides held expanded talks": what its sides held.
                if (noun.IsDefinite || noun.Variants.Count > 0 || s.IsAny(s.TokenAt(noun.Start) - 1, "was", "is", "for", "in", "during", "after")
                    || (s.Is(s.TokenAt(noun.Start) - 1, "held") && Attachment.HasBothSidesBefore(context, s, target, s.TokenAt(noun.Start) - 1)))
                {
                    EventAliases.Add(target, noun);
                    PlaceInNoun(context, s, noun, target);
                }

                if (target.Date is null && noun.IsDefinite && DayAfter(s, noun) is { } day)
                {
                    target.Date = day; // "The encounter in Washington yesterday lasted around 50 minutes": the undated meeting's day
                }

                if (WithParticipant(s, noun, target) is { } with)
                {
                    // "held talks with Chinese Premier Li Qiang", "a summit with Kishida": the event as named with its other
                    // side, whose title set off after the name ("with Zhao Leji, the chairman of ...") is no part of it.
                    EventAliases.AddPhrase(target, s, noun.Start, with.End);
                }
            }
        }
    }

    /// <summary>
    /// A venue the lexicon knows that modifies the noun is where the event was held: "The Oval Office meeting", "a White
    /// House meeting". A city does not say as much: "the Hiroshima summit" and "the Chengdu meeting" are often other
    /// events than the one the sentence is about.
    /// </summary>
    private static void PlaceInNoun(ExtractionContext context, AnalyzedSentence s, Mention noun, EventFrame target)
    {
        foreach (var place in s.MentionSpanOf(MentionKind.Place))
        {
            if (place.Start > noun.Start && place.End < noun.End && place.NodeId is { } id && id.StartsWith("place:", StringComparison.Ordinal)
                && context.Node<Place>(id) is { } node && context.KnowledgeBase.Lexicon.FindPlace(node.Name) is { Kind: PlaceKind.Venue }
                && !target.Places.Exists(p => p.Id == id))
            {
                target.AddPlace(id, context.Evidence(noun));
            }
        }
    }

    /// <summary>The day a date right after the noun (and its place) gives: "the talks on Tuesday", "The encounter in Washington yesterday".</summary>
    private static PartialDate? DayAfter(AnalyzedSentence s, Mention noun)
    {
        return s.MentionStartingAt(EventPlaces.TokenAfter(s, s.TokenAt(noun.End) - 1), MentionKind.Date)?.Date is { Day: not null } day ? day : null;
    }

    /// <summary>The first token of the noun's phrase, with the article and names before it: "a BRICS gathering".</summary>
    private static int PhraseStart(AnalyzedSentence s, Mention noun)
    {
        var k = s.TokenAt(noun.Start);
        while (k > 0 && (s.IsCapitalized(k - 1) || s.IsAny(k - 1, "a", "an", "the")))
        {
            k--;
        }

        return k;
    }

    /// <summary>The reference to a participant of <paramref name="frame"/> right after "<paramref name="noun"/> with", if any.</summary>
    private static Mention? WithParticipant(AnalyzedSentence s, Mention noun, EventFrame frame)
    {
        var with = s.TokenAt(noun.End);
        if (!s.Is(with, "with"))
        {
            return null;
        }

        foreach (var reference in Grammar.LeaderReferences(s))
        {
            if (s.TokenAt(reference.PhraseStart) == with + 1 && Attachment.AllIn(reference.NodeIds, frame.ParticipantIds))
            {
                return reference;
            }
        }

        return null;
    }

    /// <summary>Whether <paramref name="noun"/> is in the words that told <paramref name="frame"/>: "Hipkins had a separate meeting with Zhao Leji" names that meeting.</summary>
    private static bool Triggered(EventFrame frame, Mention noun) =>
        frame.Trigger.Sentence == noun.Sentence && frame.Trigger.Start <= noun.Start && noun.End <= frame.Trigger.End;

    /// <summary>
    /// Whether the noun is what a clause after "took place when" (or "came when") tells, the clause of
    /// <paramref name="frame"/>'s words: "the last in-person talks between a Chinese leader and a Japanese prime minister
    /// took place when Xi received Shinzo Abe in Beijing in December 2019".
    /// </summary>
    private static bool TookPlaceWhen(AnalyzedSentence s, Mention noun, EventFrame frame)
    {
        var end = Grammar.ClauseEnd(s, s.TokenAt(noun.End) - 1);
        var verb = s.IsAny(end - 1, "came", "happened") ? end - 1 : s.Is(end - 1, "place") && s.Is(end - 2, "took") ? end - 2 : -1;
        return verb > s.TokenAt(noun.End) - 1 && verb - s.TokenAt(noun.End) < 12 && s.Is(end, "when")
            && frame.Trigger.Sentence == noun.Sentence && frame.Trigger.Start > s.Tokens[end].Start;
    }

    /// <summary>"a separate trilateral summit", "another meeting", "the next summit": the words say it is not this event.</summary>
    /// <remarks>The words are looked up in place, as spans: no word is copied out.</remarks>
    private static bool OtherEvent(Mention noun)
    {
        var text = noun.Text.AsSpan();
        foreach (var range in text.Split(' '))
        {
            if (OtherWordLookup.Contains(text[range]))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Whether the sentence tells <paramref name="target"/> after <paramref name="noun"/>, with a word of time between
    /// that sets them apart: "The meeting came a day before Trudeau joins them ... for the summit", "The summit was the
    /// first between the presidents of the two countries since former President Donald Trump met Putin in Helsinki".
    /// </summary>
    /// <returns>The token of the word of time, or null.</returns>
    internal static int? ToldAgainst(AnalyzedSentence s, Mention noun, EventFrame target)
    {
        if (target.Trigger.Sentence != s.Index || target.Trigger.Start < noun.End)
        {
            return null;
        }

        for (var k = s.TokenAt(noun.End); k < s.Tokens.Count && s.Tokens[k].Start < target.Trigger.Start; k++)
        {
            if (s.IsAny(k, "before", "after", "ahead", "following", "preceded", "followed", "since"))
            {
                return k;
            }
        }

        return null;
    }

    /// <summary>
    /// The event a noun told before or after <paramref name="told"/> names: the current meeting of the leaders named
    /// between the noun and the word of time ("Sunday's meeting was the third between Trump and Kim, following their
    /// first summit in Singapore"), else, when none are named, the story's main event; null when neither fits.
    /// </summary>
    internal static EventFrame? Meant(ExtractionContext context, AnalyzedSentence s, Mention noun, int time, EventFrame told)
    {
        var named = new HashSet<string>(StringComparer.Ordinal);
        foreach (var reference in Grammar.NamedLeaderReferences(s))
        {
            if (reference.Start >= noun.Start && s.TokenAt(reference.Start) < time)
            {
                named.UnionWith(reference.NodeIds);
            }
        }

        var frames = context.Events.Frames;
        for (var i = 0; i < frames.Count && named.Count >= 2; i++)
        {
            var f = frames[i];
            if (f != told && f.Kind is EventKind.Meeting or EventKind.Summit && named.SetEquals(f.ParticipantIds) && MainMeeting.IsCurrent(context, f.Date))
            {
                return f;
            }
        }

        return named.Count == 0 && context.Events.Main is { Kind: not EventKind.Call } main && main != told && !MeetingSize.Contradicts(s, noun, main) ? main : null;
    }

    /// <summary>Whether the sentence opens with "At the meeting," or "During the talks," (a comma right after: not "At the meeting of the Politburo").</summary>
    private static bool OpensWithTheMeeting(AnalyzedSentence s, Mention noun) =>
        noun.Head is "meeting" or "talks" && s.IsAny(s.FirstBodyToken, "At", "During") && s.TokenAt(noun.Start) == s.FirstBodyToken + 1
        && s.Is(s.FirstBodyToken + 1, "the") && s.Word(s.FirstBodyToken + 3) == ",";

    /// <summary>A current meeting that the sentence just before <paramref name="sentence"/> told; else null.</summary>
    private static EventFrame? ToldJustBefore(ExtractionContext context, int sentence) =>
        LastToldMeeting(context, sentence) is { } told && told.Sentence == sentence - 1 && MainMeeting.IsCurrent(context, told.Date) ? told : null;

    /// <summary>
    /// The meeting or summit of leaders that the sentences before <paramref name="sentence"/> told last, on a tie the one
    /// found later; not a summit without participants on whose sidelines they met ("met ... on the sidelines of the
    /// Group of 20 summit. At that meeting, ...").
    /// </summary>
    private static EventFrame? LastToldMeeting(ExtractionContext context, int sentence) =>
        context.Events.LastTold(sentence - 1, static f => f.Kind is EventKind.Meeting or EventKind.Summit && f.ParticipantIds.Count >= 2);

    /// <summary>The last current summit of a series (one with a key of its own) that a sentence before <paramref name="sentence"/> told, or null.</summary>
    private static EventFrame? EditionToldBefore(ExtractionContext context, int sentence)
    {
        EventFrame? found = null;
        foreach (var frame in context.Events.Frames)
        {
            if (frame.IsEdition && frame.Sentence < sentence && MainMeeting.IsCurrent(context, frame.Date)
                && (found is null || frame.Sentence > found.Sentence))
            {
                found = frame;
            }
        }

        return found;
    }

    /// <summary>
    /// Whether a frame other than <paramref name="target"/> has <paramref name="text"/> as an alias already. Asked only of
    /// a noun outside the words that told the target: "At Friday's talks, ..." makes "talks" the summit's, yet "Yoon is
    /// also scheduled to hold talks with Vietnamese Prime Minister Pham Minh Chinh" names the talks it tells.
    /// </summary>
    private static bool NamesOther(ExtractionContext context, EventFrame target, string text)
    {
        var frames = context.Events.Frames;
        for (var i = 0; i < frames.Count; i++)
        {
            if (frames[i] != target && frames[i].Aliases.Contains(text))
            {
                return true;
            }
        }

        return false;
    }
}
