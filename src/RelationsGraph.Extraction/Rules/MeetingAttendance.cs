using RelationsGraph.Extraction.Mentions;

namespace RelationsGraph.Extraction.Rules;

/// <summary>
/// Leaders who attend or chair an event told before, rather than meet in one of their own: one leader who "attended
/// the meeting" (or "the talks"): "His Royal Highness Crown Prince Al Hussein bin Abdullah II attended the meeting, the
/// first between His Majesty and the US president", one more participant of the latest meeting of two or more leaders
/// told in an earlier sentence; and leaders who attend or co-chair "the summit" when the article has named an edition:
/// "Zelensky ... was welcomed by Plenković, with whom he is co-chairing the summit", participants of that edition (the
/// one named last before), not a summit of the two.
/// </summary>
internal static class MeetingAttendance
{
    /// <summary>Adds the attendees to the event <paramref name="trigger"/> names; false when it names none or is no attendance.</summary>
    public static bool Add(ExtractionContext context, AnalyzedSentence s, MeetingTriggers.Trigger trigger, List<Mention> subject, List<Mention> objects)
    {
        if (trigger.Noun is not { IsDefinite: true } noun || !s.Is(s.TokenAt(noun.Start), "the"))
        {
            return false;
        }

        if (!s.IsAny(trigger.First, "attend", "attends", "attended", "attending") || noun.Head is not ("meeting" or "talks")
            || objects.Count > 0 || Grammar.Leaders(subject) is not [var attendee])
        {
            return false;
        }

        if (context.Events.LastTold(s.Index - 1, static f => f.Kind == EventKind.Meeting && f.ParticipantIds.Count >= 2) is not { } told)
        {
            return false;
        }

        told.AddParticipant(attendee, context.Evidence(s.Index, subject[0].PhraseStart, noun.End));
        told.DescribedIn.Add(s.Index);
        return true;
    }

    /// <summary>
    /// Whether <paramref name="trigger"/> is leaders attending, joining or co-chairing "the summit" where the article has
    /// named an edition at or before it ("on the margins of the third Ukraine-Southeast Europe Summit"): the edition's
    /// participants (<see cref="AddToEditions"/>), not a summit of their own. The rules that make meetings leave it be.
    /// </summary>
    public static bool IsEditionAttendance(ExtractionContext context, AnalyzedSentence s, MeetingTriggers.Trigger trigger) =>
        trigger.Noun is { } noun && s.IsAny(trigger.First, AttendanceVerbs) && IsEditionNoun(context, s, noun);

    /// <summary>Whether <paramref name="noun"/> is "the summit" that an edition named at or before it stands for.</summary>
    public static bool IsEditionNoun(ExtractionContext context, AnalyzedSentence s, Mention noun) =>
        noun is { IsDefinite: true, Head: "summit" } && s.Is(s.TokenAt(noun.Start), "the") && NearestEdition(context, s, noun) is not null;

    /// <summary>Whether "the summit" at <paramref name="noun"/> is the object of a verb of attending or co-chairing right before it.</summary>
    public static bool IsAttended(AnalyzedSentence s, Mention noun) => s.IsAny(s.TokenAt(noun.Start) - 1, AttendanceVerbs);

    private static readonly string[] AttendanceVerbs = ["attend", "attends", "attended", "attending", "co-chair", "co-chairs", "co-chaired", "co-chairing"];

    /// <summary>
    /// Adds the leaders of each <see cref="IsEditionAttendance"/> trigger to the edition named last before its noun:
    /// "Zelensky ... was welcomed by Plenković, with whom he is co-chairing the summit". Runs once the editions are frames
    /// (<see cref="SeriesRule"/>).
    /// </summary>
    public static void AddToEditions(ExtractionContext context)
    {
        foreach (var s in context.Sentences)
        {
            if (!HasDefiniteSummit(s))
            {
                continue; // most sentences: no triggers to look for
            }

            List<Mention>? references = null;
            foreach (var trigger in MeetingTriggers.Find(s))
            {
                if (!IsEditionAttendance(context, s, trigger) || Edition(context, NearestEdition(context, s, trigger.Noun!)!) is not { } summit)
                {
                    continue;
                }

                references ??= Grammar.LeaderReferences(s);
                var parties = Grammar.Subject(s, trigger.First, references).Concat(Grammar.Objects(s, trigger.Last, references)).ToList();
                if (WithWhom(s, trigger.First, references) is { } whom)
                {
                    parties.Add(whom); // "was welcomed by Plenković, with whom he is co-chairing the summit": Plenković too
                }

                foreach (var party in parties)
                {
                    foreach (var leader in party.NodeIds)
                    {
                        summit.AddParticipant(leader, context.Evidence(s.Index, Math.Min(party.PhraseStart, s.Tokens[trigger.First].Start), Math.Max(party.PhraseEnd, trigger.Noun!.End)));
                    }
                }

                // "are attending the summit in Xi'an": where the edition is held.
                if (EventPlaces.PlaceAfter(s, s.TokenAt(trigger.Noun!.End) - 1) is { NodeId: { } placeId } place && placeId.StartsWith("place:", StringComparison.Ordinal))
                {
                    summit.AddPlace(placeId, context.Evidence(s.Index, trigger.Noun.Start, place.End));
                }
            }
        }
    }

    /// <summary>
    /// The reference a ", with whom" before the verb at <paramref name="verb"/> (in its clause) stands for: the one that
    /// ends right before the comma; null when there is no such clause.
    /// </summary>
    private static Mention? WithWhom(AnalyzedSentence s, int verb, List<Mention> references)
    {
        for (var k = verb - 1; k >= 2 && verb - k <= MaxWhomGap; k--)
        {
            if (s.Is(k, "whom") && s.Is(k - 1, "with") && s.Word(k - 2) == ",")
            {
                return references.LastOrDefault(r => s.TokenAt(r.PhraseEnd) == k - 2);
            }
        }

        return null;
    }

    /// <summary>The most tokens from "whom" to the verb of its clause ("with whom he is co-chairing").</summary>
    private const int MaxWhomGap = 5;

    /// <summary>
    /// <paramref name="triggers"/>, with the edition's "the summit" taken from the other triggers whose noun it was: in
    /// "was welcomed by Plenković, with whom he is co-chairing the summit", the welcome's noun is no summit.
    /// </summary>
    public static List<MeetingTriggers.Trigger> WithoutEditionNouns(ExtractionContext context, AnalyzedSentence s, List<MeetingTriggers.Trigger> triggers)
    {
        List<Mention?>? editionNouns = null; // a loop, not LINQ: this runs for every sentence
        foreach (var t in triggers)
        {
            if (IsEditionAttendance(context, s, t))
            {
                (editionNouns ??= []).Add(t.Noun);
            }
        }

        return editionNouns is null ? triggers : WithoutNouns(context, s, triggers, editionNouns);
    }

    /// <summary><paramref name="triggers"/>, the ones not attending an edition without the <paramref name="editionNouns"/>.</summary>
    private static List<MeetingTriggers.Trigger> WithoutNouns(ExtractionContext context, AnalyzedSentence s, List<MeetingTriggers.Trigger> triggers, List<Mention?> editionNouns) =>
        triggers.ConvertAll(t => t.Noun is { } noun && editionNouns.Contains(noun) && !IsEditionAttendance(context, s, t) ? t with { Noun = null } : t);

    private static bool HasDefiniteSummit(AnalyzedSentence s)
    {
        foreach (var noun in s.MentionSpanOf(MentionKind.EventNoun))
        {
            if (noun is { IsDefinite: true, Head: "summit" })
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// The series' edition named last before <paramref name="noun"/>: in its sentence before it, else in the nearest
    /// sentence before that names one ("The China - Central Asia Summit, chaired by Xi Jinping, is ..." before "are
    /// attending the summit in Xi'an", not the Shanghai Cooperation Organization summit told further back); null when none.
    /// </summary>
    private static Mention? NearestEdition(ExtractionContext context, AnalyzedSentence s, Mention noun)
    {
        for (var k = s.Index; k >= 0; k--)
        {
            Mention? last = null;
            foreach (var series in context.Sentences[k].MentionSpanOf(MentionKind.Series))
            {
                if (k < s.Index || series.End <= noun.Start)
                {
                    last = series;
                }
            }

            if (last is not null)
            {
                return last;
            }
        }

        return null;
    }

    /// <summary>The summit frame of the edition "the summit" at <paramref name="noun"/> stands for (<see cref="IsEditionNoun"/>), if any.</summary>
    public static EventFrame? EditionOf(ExtractionContext context, AnalyzedSentence s, Mention noun) =>
        NearestEdition(context, s, noun) is { } edition ? Edition(context, edition) : null;

    /// <summary>The summit frame the series mention <paramref name="edition"/> named (it is among its aliases), if any.</summary>
    public static EventFrame? Edition(ExtractionContext context, Mention edition)
    {
        foreach (var frame in context.Events.Frames)
        {
            if (frame.Kind == EventKind.Summit && frame.Aliases.Contains(edition.Text))
            {
                return frame;
            }
        }

        return null;
    }
}
