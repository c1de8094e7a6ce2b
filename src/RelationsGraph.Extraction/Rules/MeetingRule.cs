using RelationsGraph.Extraction.Knowledge;
using RelationsGraph.Extraction.Mentions;

namespace RelationsGraph.Extraction.Rules;

/// <summary>
/// Meetings, summits and calls between leaders, and who took part: "A met (with) B", "A held talks with B",
/// "A hosted B and C at P for a summit", "A told B in a phone call", "they met in P a year ago", "their meeting in
/// P", and the lead's "A and B agreed on Thursday to ..." (leaders of two countries acting together on a given
/// day have met). Each meeting is one frame per article (see <see cref="EventRegistry.FindOrAddMeeting"/>), with
/// its date, places written after it, and the article's main event marked.
/// </summary>
public sealed class MeetingRule : IExtractionRule
{
    private static readonly HashSet<string> JointVerbs = new(StringComparer.OrdinalIgnoreCase)
    {
        "agreed", "agree", "agrees", "pledged", "pledge", "vowed", "announced", "unveiled", "confirmed", "reaffirmed", "signed",
        "discussed", "reached", "issued", "adopted", "committed", "inked", "shook", "launched", "promised",
    };

    /// <inheritdoc />
    public void Apply(ExtractionContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        foreach (var s in context.Sentences)
        {
            var references = Grammar.LeaderReferences(s);
            var triggers = MeetingAttendance.WithoutEditionNouns(context, s, MeetingTriggers.Find(s));
            var positions = triggers.ConvertAll(t => t.First);
            foreach (var trigger in triggers)
            {
                var subject = Grammar.Subject(s, trigger.First, references);
                var objects = Grammar.Objects(s, trigger.Last, references);
                var last = trigger.Last;
                if (trigger.With >= 0 && Grammar.Objects(s, trigger.With, references) is { Count: > 0 } met)
                {
                    objects.AddRange(met); // "joined X for a meeting with Y": X and Y, and the place after Y ("... with Y at the White House")
                    last = s.TokenAt(met[^1].PhraseEnd) - 1;
                }
                if (subject.Count == 0 && objects.Count == 0 && trigger.First == s.FirstBodyToken && s.IsAny(trigger.First, "after", "following"))
                {
                    subject = MeetingSubjects.MainClauseSubject(s, trigger.Last, references); // "After a one-on-one meeting, the two presidents co-chaired ..."
                }

                if (subject.Count == 0 && MeetingSubjects.IsPassive(s, trigger.First))
                {
                    continue; // "the Ukrainian couple ... were met by the prime minister and Foreign Minister X": the hosts did not meet each other
                }

                if (subject.Count == 0 && objects.Count >= 2 && s.IsAny(trigger.First, "meet", "meets", "met"))
                {
                    continue; // "the President is also scheduled to meet Premier Li Qiang and Zhao Leji", its subject unresolved: the two do not meet each other
                }

                if (MeetingAttendance.IsEditionAttendance(context, s, trigger) || MeetingAttendance.Add(context, s, trigger, subject, objects))
                {
                    continue; // "Crown Prince Al Hussein attended the meeting", "with whom he is co-chairing the summit": an event told before
                }

                if (objects.Count > 0 && SeparateMeetings.EachSubject(s, trigger, subject))
                {
                    // "Abe and Moon each held separate talks with Xi": one meeting per subject, not one of all three.
                    foreach (var one in subject)
                    {
                        Record(context, s, [one, .. objects], trigger.Kind, trigger.First, trigger.Last, trigger.Noun, positions);
                    }

                    continue;
                }

                if (subject.Count == 1 && SeparateMeetings.EachObject(s, trigger, objects) is { Count: >= 2 } each)
                {
                    // "Biden held separate talks with Modi and Albanese", "Kishida met both men one-on-one": one meeting per object.
                    foreach (var one in each)
                    {
                        Record(context, s, [subject[0], one], trigger.Kind, trigger.First, trigger.Last, trigger.Noun, positions);
                    }

                    continue;
                }

                var parties = subject.Concat(objects).ToList();
                if (trigger.Kind == EventKind.Call && Grammar.Leaders(parties).Count < 2 && s.IsAny(trigger.First - 1, "in", "during", "over", "by"))
                {
                    // "X told Y in a phone call": the speaker and the one spoken to, earlier in the clause.
                    parties = Grammar.InClauseBefore(s, references, trigger.First);
                }

                if (trigger.Noun is { } noun)
                {
                    parties.AddRange(GroupsAt(references, noun.Start));
                }

                Record(context, s, parties, trigger.Kind, trigger.First, last, trigger.Noun, positions);
            }

            Joint(context, s, references, positions);
            Possessive(context, s, references, triggers, positions);
            With(context, s, references, triggers, positions);
        }

        MainMeeting.ChooseMain(context);
    }

    /// <summary>"A and B agreed on Thursday to ...", "the agreement was signed by A and B": in the lead, or with a date.</summary>
    private static void Joint(ExtractionContext context, AnalyzedSentence s, List<Mention> references, List<int> positions)
    {
        var dated = s.MentionsOf(MentionKind.Date).Any(d => d.Head is "weekday" or "month-day" or "month-day-year");
        if (!(s.Index <= MainMeeting.LeadEnd(context) || dated))
        {
            return;
        }

        List<Mention>? named = null; // the named references, listed at the first joint verb
        for (var v = 0; v < s.Tokens.Count; v++)
        {
            if (!JointVerbs.Contains(s.Word(v)))
            {
                continue;
            }

            // "The agreement was signed by Karzai and Indian Prime Minister Manmohan Singh": the agents of the passive.
            var passive = s.IsAny(v - 1, "was", "were") && s.Is(v + 1, "by");
            var subject = passive ? Grammar.Objects(s, v + 1, named ??= Grammar.Named(references)) : Grammar.Subject(s, v, named ??= Grammar.Named(references));
            var leaders = Grammar.Leaders(subject);
            // Leaders of as many known countries as there are leaders: two ministers of unknown country are no summit.
            var countries = leaders.Select(context.Entities.CountryOf).OfType<string>().Distinct(StringComparer.Ordinal).Count();
            if (leaders.Count >= 2 && countries == leaders.Count && (passive || s.TokenAt(subject[^1].PhraseEnd) >= v - 6))
            {
                var last = passive ? s.TokenAt(subject[^1].PhraseEnd) - 1 : v;
                if (Record(context, s, subject, leaders.Count >= 3 ? EventKind.Summit : EventKind.Meeting, v, last, null, positions) is { } frame)
                {
                    PlacedNoun(context, s, frame, v, positions);
                }

                return;
            }
        }
    }

    /// <summary>
    /// "A and B promised on Tuesday ..., after a day of formal talks in the Kremlin": the lead's joint act names its
    /// meeting later in the sentence, with the place; the noun names the frame and the place is where it was held.
    /// </summary>
    private static void PlacedNoun(ExtractionContext context, AnalyzedSentence s, EventFrame frame, int verb, List<int> positions)
    {
        foreach (var noun in s.MentionSpanOf(MentionKind.EventNoun))
        {
            var last = s.TokenAt(noun.End) - 1;
            if (last <= verb || noun.Head is not ("talks" or "meeting" or "summit") || s.Overlaps(noun.Start, noun.End, MentionKind.Leader, MentionKind.Pronoun))
            {
                continue;
            }

            var places = FrameText.PlacesAfter(s, last, positions.Where(p => p != verb));
            if (places.Count == 0 || s.TokenAt(places[0].Start) > last + 3)
            {
                continue;
            }

            EventAliases.Add(frame, noun);
            foreach (var place in places)
            {
                frame.AddPlace(place.NodeId!, context.Evidence(s.Index, noun.Start, place.End));
            }

            return;
        }
    }

    /// <summary>
    /// "his meeting with Xi", "Biden's talks with Xi", "During talks with Xi on Monday, Biden said": an event noun
    /// followed by "with" and a leader, or by "between" and leaders, a place or a participle of holding between them or
    /// not ("talks in Hanoi between A and B", see <see cref="EventNounTail"/>). After "with", the other party owns the noun, or opens the sentence after the phrase, or is
    /// the subject of the clause.
    /// </summary>
    private static void With(ExtractionContext context, AnalyzedSentence s, List<Mention> references, List<MeetingTriggers.Trigger> triggers, List<int> positions)
    {
        foreach (var noun in s.MentionSpanOf(MentionKind.EventNoun))
        {
            if (noun.Head is not ("meeting" or "talks" or "call" or "conversation" or "summit") || IsTriggerNoun(triggers, noun))
            {
                continue;
            }

            // "after talks in Hanoi between General Secretary Trong and President Biden", "talks held here today between ..."
            var after = EventNounTail.Between(s, s.TokenAt(noun.End), out var between);

            if (s.Is(after, "with"))
            {
                With(context, s, noun, references, positions);
            }
            else if (s.IsAny(after, "between", "of") && Grammar.Objects(s, after, references) is { } parties && Grammar.Leaders(parties).Count >= 2)
            {
                // "following a meeting between Prime Minister Anwar Ibrahim and President Xi Jinping", "a trilateral meeting
                // of Prime Minister Pashinyan, President Putin and President of Azerbaijan Ilham Aliyev": the parties follow.
                var frame = Record(context, s, parties, CallTriggers.KindOf(context, noun, parties), s.TokenAt(noun.Start), s.TokenAt(parties[^1].PhraseEnd) - 1, noun, positions);
                if (frame is not null && between?.NodeId is { } placeId && placeId.StartsWith("place:", StringComparison.Ordinal))
                {
                    // The place stands before the parties, where Record's search after them does not look.
                    frame.AddPlace(placeId, context.Evidence(s.Index, noun.Start, between.End));
                }
            }
        }
    }

    /// <summary>
    /// <see cref="With(ExtractionContext, AnalyzedSentence, List{Mention}, List{MeetingTriggers.Trigger}, List{int})"/> for
    /// one event noun followed by "with": its lambdas' closure is made only for such a noun, not for every sentence.
    /// </summary>
    private static void With(ExtractionContext context, AnalyzedSentence s, Mention noun, List<Mention> references, List<int> positions)
    {
        var last = s.TokenAt(noun.End) - 1;
        var others = Grammar.Objects(s, last, references);
        if (others.Count == 0)
        {
            return;
        }

        // "Xi's meeting with Biden"; "the Chinese leader's meeting with Biden", whose noun starts inside the role.
        var owner = s.Mentions.FirstOrDefault(m => m.Kind is MentionKind.Leader or MentionKind.Pronoun && m.NodeId is not null && m.Start >= noun.Start && m.End <= noun.End)
            ?? references.FirstOrDefault(r => r.Kind == MentionKind.Role && r.Start < noun.Start && r.End > noun.Start);
        var first = s.TokenAt(noun.Start);
        if (owner is null or { Kind: MentionKind.Pronoun } && first - s.FirstBodyToken <= 2)
        {
            // "During (his) talks with X on Monday, Y said": the leader who opens the main clause.
            var comma = Enumerable.Range(last, s.Tokens.Count - last).FirstOrDefault(k => s.Word(k) == ",");
            owner = comma > 0 ? references.FirstOrDefault(r => s.TokenAt(r.PhraseStart) == comma + 1) ?? owner : owner;
        }

        var parties = new List<Mention>(others);
        if ((owner ?? Grammar.Subject(s, first, references).LastOrDefault()) is { } party)
        {
            parties.Insert(0, party);
        }

        Record(context, s, parties, CallTriggers.KindOf(context, noun, parties), first, s.TokenAt(others[^1].PhraseEnd) - 1, noun, positions);
    }

    /// <summary>Whether <paramref name="noun"/> is the noun of one of <paramref name="triggers"/> (a loop: a lambda here cost a closure per call).</summary>
    private static bool IsTriggerNoun(List<MeetingTriggers.Trigger> triggers, Mention noun)
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
    /// "their meeting in Bangkok in November last year", "their November meeting"; and the earlier meeting their meeting
    /// follows: "It was their first face-to-face meeting in about a year, following a meeting in Bangkok in November 2022".
    /// </summary>
    private static void Possessive(ExtractionContext context, AnalyzedSentence s, List<Mention> references, List<MeetingTriggers.Trigger> triggers, List<int> positions)
    {
        List<Mention>? previous = null;
        foreach (var noun in s.MentionSpanOf(MentionKind.EventNoun))
        {
            if (noun.Head is not ("meeting" or "talks" or "summit" or "call"))
            {
                continue;
            }

            // "Their only previous conversation was a telephone call in October 2021": an event the sentence tells, even
            // by a noun that triggered nothing of its own; otherwise a call needs more than its owners.
            var told = MeetingSubjects.CopularOwners(s, noun);
            if (told is null && (noun.Head == "call" || IsTriggerNoun(triggers, noun)))
            {
                continue;
            }

            var owners = told ?? GroupsAt(references, noun.Start);
            if (owners.Count == 0 && previous is not null && IsOneBefore(s, noun))
            {
                owners = previous;
            }

            if (owners.Count > 0)
            {
                var kind = noun.Head == "call" ? EventKind.Call : EventKind.Meeting;
                Record(context, s, owners, kind, s.TokenAt(noun.Start), s.TokenAt(noun.End) - 1, noun, positions, describes: told is not null);
                previous = owners;
            }
        }
    }

    /// <summary>
    /// Whether <paramref name="noun"/> is "a meeting" that another of the same leaders followed: after "following",
    /// "after" or "since", with nothing after it that names whose it was ("a meeting of senior officials", "a meeting
    /// among ASEAN leaders"; "a meeting with Biden" and "between ..." are meetings of their own, told by their trigger).
    /// </summary>
    private static bool IsOneBefore(AnalyzedSentence s, Mention noun)
    {
        var first = s.TokenAt(noun.Start);
        var next = s.TokenAt(noun.End);
        return s.IsAny(first, "a", "an") && s.IsAny(first - 1, "following", "after", "since") && !s.IsAny(next, "of", "among");
    }

    /// <summary>The leader groups among <paramref name="references"/> that start at <paramref name="start"/> ("their" of "their meeting").</summary>
    private static List<Mention> GroupsAt(List<Mention> references, int start)
    {
        var groups = new List<Mention>();
        foreach (var r in references)
        {
            if (r.Kind == MentionKind.LeaderGroup && r.Start <= start && r.End > start)
            {
                groups.Add(r);
            }
        }

        return groups;
    }

    /// <summary>Records a meeting; <paramref name="describes"/> is false when the sentence only refers to it ("at their November meeting").</summary>
    /// <returns>The meeting's frame, or null when fewer than two leaders take part.</returns>
    private static EventFrame? Record(
        ExtractionContext context, AnalyzedSentence s, List<Mention> parties, EventKind kind, int first, int last, Mention? noun, List<int> positions, bool describes = true)
    {
        var leaders = Grammar.Leaders(parties);
        if (leaders.Count < 2)
        {
            return null;
        }

        if (leaders.Count >= 3 && kind == EventKind.Meeting && noun?.Head != "summit" && WelcomeCeremony.IsWelcomeWith(s, first))
        {
            return null; // "Murmu and Modi received Hasina with a ceremonial welcome": the welcome's (WelcomeCeremony), no summit of three
        }

        if (noun?.Head == "summit" || (leaders.Count >= 3 && kind == EventKind.Meeting))
        {
            kind = kind == EventKind.Call ? kind : EventKind.Summit;
        }

        var others = positions.Where(p => p != first);
        var dateMention = FrameText.DateOf(s, first, last, others, context.Article.Dateline?.Range.End ?? -1)
            ?? (noun is null ? null : s.MentionsOf(MentionKind.Date).FirstOrDefault(d => d.Start >= noun.Start && d.End <= noun.End));
        var date = dateMention?.Head == "same day" ? dateMention.Date ?? MainMeeting.MainCandidate(context)?.Date : dateMention?.Date;
        var start = Math.Min(parties.Min(p => p.PhraseStart), s.Tokens[first].Start);
        var end = Math.Max(parties.Max(p => p.PhraseEnd), s.Tokens[last].End);
        if (dateMention is not null && dateMention.Start >= end && dateMention.Start - end <= 2)
        {
            end = dateMention.End;
        }

        var evidence = context.Evidence(s.Index, start, end);
        var describedBefore = context.Events.DescribedIn(s.Index).ToHashSet();
        var welcome = s.IsAny(first, "welcomed", "received", "hosted");
        var places = FrameText.PlacesAfter(s, last, others, allowTo: welcome, first: first);
        var apart = FrameText.SpanApart(s, first);
        var frame = context.Events.FindOrAddMeeting(kind, leaders, date, s.Index, evidence,
            f => !(f.Sentence <= MainMeeting.LeadEnd(context) && f.Date is null && date is not null && !MainMeeting.IsCurrent(context, date)) && !MeetingPlaces.InOtherCity(context, f, places)
                && !(apart && f.Sentence < s.Index));
        foreach (var leader in leaders)
        {
            frame.AddParticipant(leader, evidence);
        }

        if (!describes && frame.Sentence != s.Index && !describedBefore.Contains(frame))
        {
            frame.DescribedIn.Remove(s.Index);
        }

        foreach (var place in places)
        {
            frame.AddPlace(place.NodeId!, context.Evidence(s.Index, Math.Min(s.Tokens[first].Start, place.Start), Math.Max(s.Tokens[last].End, place.End)));
        }

        if (noun is not null)
        {
            EventAliases.Add(frame, noun);
            if (s.IsAny(first, "held", "hold", "holds") && s.TokenAt(noun.Start) == first + 1)
            {
                frame.Aliases.Add(s.Slice(s.Tokens[first].Start, noun.End)); // "Wang Yi held talks with ...": how readers and readouts name it
            }

            if (EventPlaces.PlaceAfter(s, s.TokenAt(noun.End) - 1) is { } placed)
            {
                EventAliases.AddPhrase(frame, s, noun.Start, placed.End); // with the date after its place: "a meeting in Bangkok in November 2022"
            }
            else if (dateMention is not null && s.TokenAt(dateMention.Start) == s.TokenAt(noun.End))
            {
                EventAliases.AddForm(frame, s.Slice(noun.Start, dateMention.End)); // "a telephone call in October 2021"
            }

            foreach (var side in noun.Candidates)
            {
                frame.AddSide(side, context.Evidence(noun));
            }
        }

        CallOnNames.Add(context, s, frame, first, last, parties); // "called on President Dissanayake": a trigger with no noun
        return frame;
    }
}
