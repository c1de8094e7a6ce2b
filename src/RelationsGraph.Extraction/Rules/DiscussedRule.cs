using RelationsGraph.Extraction.Mentions;

namespace RelationsGraph.Extraction.Rules;

/// <summary>
/// Topics raised at an event: the topics of a sentence about the event (see <see cref="Attachment"/>) that has a
/// word of speaking, agreeing or raising ("Xi said", "the two sides agreed", "raised concerns about", "top the
/// agenda"). A side's own statement counts too ("On trade, Japan announced ..."), and so does a list of what was
/// discussed that names no event ("Among the matters discussed were ..."), and the story's own statement ("The joint
/// statement reaffirmed ..."), but not a statement in a clause of
/// time ("after Seoul announced ..."), which is background; "when" after a past visit the sentence is about tells
/// what happened at that visit ("a visit in February, when they agreed to ...").
/// </summary>
public sealed class DiscussedRule : IExtractionRule
{
    /// <summary>Words with which a statement states: "The joint statement reaffirmed ...".</summary>
    private static readonly HashSet<string> StatementVerbs = new(StringComparer.OrdinalIgnoreCase)
    {
        "reaffirmed", "affirmed", "expressed", "stressed", "mentioned", "touched", "referred", "noted", "called", "condemned",
        "welcomed", "underlined", "emphasized", "emphasised", "highlighted", "said", "pledged", "reiterated", "voiced", "opposed",
    };

    /// <inheritdoc />
    public void Apply(ExtractionContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        foreach (var s in context.Sentences)
        {
            var topics = s.MentionSpanOf(MentionKind.Topic);
            if (!AnyResolved(topics))
            {
                continue;
            }

            // "Trade, a priority for the new government, was also on the table": what was discussed is the sentence's subject.
            var onTable = OnTheTable(s);
            var predicate = AgendaSubjects.Predicate(s);
            var spoken = Attachment.HasSpeech(s) || onTable;
            var speech = spoken || predicate >= 0;
            var subjectsEnd = spoken || predicate < 0 ? int.MaxValue : predicate;
            var frame = speech ? Attachment.FrameFor(context, s) : null;
            if (frame is null && context.Events.Main is { } main
                && ((speech && (SideSpeaks(context, s, main) || ListsAgenda(s) || onTable || predicate >= 0)) || StatementSpeaks(context, s)))
            {
                frame = main;
            }

            if (frame is null)
            {
                continue;
            }

            // "an official visit to Tokyo in February, when he and Kishida agreed to deepen defence ties": a "when" after a
            // past visit the sentence is about tells what happened at it, where a clause of time is background to the
            // main event.
            var evidence = context.SentenceEvidence(s.Index);
            var visited = frame.Kind == EventKind.Visit && !frame.IsMain && frame.Trigger.Sentence == s.Index ? frame.Trigger.End : -1;
            var meetings = MeetingsTold(context, s, frame);
            foreach (var topic in topics)
            {
                if (topic.NodeId is { } id && topic.End <= subjectsEnd && !InTimeClause(s, topic, visited) && !CoveredByADocument(s, topic))
                {
                    (meetings is null ? frame : LastBefore(meetings, topic.Start) ?? frame).AddTopic(id, evidence);
                }
            }
        }
    }

    /// <summary>
    /// The meetings of two or more leaders that sentence <paramref name="s"/> tells, each with where the sentence starts
    /// telling it (its trigger, or the sentence's start for one told before), in that order, when there are two or more,
    /// one of them is told first here and <paramref name="frame"/> is one of them: "In his talks with Mottley, the
    /// secretary discussed crime, while his meeting with Young touched on energy security" tells two meetings' subjects;
    /// else null.
    /// </summary>
    private static List<(int At, EventFrame Frame)>? MeetingsTold(ExtractionContext context, AnalyzedSentence s, EventFrame frame)
    {
        List<(int At, EventFrame Frame)>? told = null;
        var triggeredHere = false;
        foreach (var f in context.Events.DescribedIn(s.Index))
        {
            if (Attachment.IsToldMeeting(context, s, f))
            {
                var here = f.Trigger.Sentence == s.Index;
                triggeredHere |= here;
                (told ??= []).Add((here ? f.Trigger.Start : s.Sentence.Start, f));
            }
        }

        if (told is not { Count: >= 2 } || !triggeredHere || !told.Exists(t => t.Frame == frame))
        {
            return null;
        }

        told.Sort((a, b) => a.At.CompareTo(b.At));
        return told;
    }

    /// <summary>The last of <paramref name="meetings"/> (in the order told) that the sentence tells before <paramref name="offset"/>, or null.</summary>
    private static EventFrame? LastBefore(List<(int At, EventFrame Frame)> meetings, int offset)
    {
        EventFrame? last = null;
        foreach (var (at, meeting) in meetings)
        {
            if (at <= offset)
            {
                last = meeting;
            }
        }

        return last;
    }

    private static bool AnyResolved(ReadOnlySpan<Mention> topics)
    {
        foreach (var topic in topics)
        {
            if (topic.NodeId is not null)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Whether the topic is what a document covers: "The text also covers intelligence sharing, economic security, cyber
    /// security and space, and the two leaders reaffirmed ..." lists the declaration's subjects, not what the leaders
    /// discussed (the graph has no edge from a document to its subjects).
    /// </summary>
    private static bool CoveredByADocument(AnalyzedSentence s, Mention topic)
    {
        for (var k = s.TokenAt(topic.Start) - 1; k > 0; k--)
        {
            if (s.Word(k) == ";" || (s.Word(k) == "," && s.IsAny(k + 1, "and", "but", "while", "whereas")))
            {
                return false;
            }

            if (s.IsAny(k, "covers", "covered", "cover", "includes", "included", "include", "addresses", "addressed", "spans", "spanned"))
            {
                var subject = s.Is(k - 1, "also") ? k - 2 : k - 1;
                return s.IsAny(subject, "text", "texts", "document", "documents", "deals", "agreements", "accords", "memorandums", "memoranda")
                    || s.MentionCovering(subject, MentionKind.Document) is not null;
            }
        }

        return false;
    }

    /// <summary>
    /// Whether the topic sits in a clause of time ("10 days after Seoul announced a plan to compensate victims of forced
    /// labor"); a "when" after offset <paramref name="visited"/> (the end of a past visit's trigger, or -1) opens none,
    /// and neither does one whose topics are those of talks it tells ("before the two leaders withdrew to the Oval Office
    /// for talks dominated by clean energy").
    /// </summary>
    private static bool InTimeClause(AnalyzedSentence s, Mention topic, int visited)
    {
        for (var k = s.TokenAt(topic.Start) - 1; k >= 0; k--)
        {
            if (s.Word(k) is "," or ";" or ":" || s.MentionCovering(k, MentionKind.EventNoun) is { Head: "talks" or "meeting" or "summit" })
            {
                return false;
            }

            if (s.IsAny(k, "after", "before", "since", "until", "when"))
            {
                return !(visited >= 0 && s.Is(k, "when") && s.Tokens[k].Start >= visited);
            }
        }

        return false;
    }

    /// <summary>
    /// "Among the matters discussed were ...", "Issues raised included ...", "The war in Ukraine was also on the
    /// agenda.": a list of what was discussed that names neither the event nor who spoke, which can only be about the
    /// story's event; so, too, are "Trade was also on the table." and "Energy was one of the main topics" (see
    /// <see cref="AgendaSubjects"/>), which the caller has already read.
    /// </summary>
    private static bool ListsAgenda(AnalyzedSentence s)
    {
        for (var i = 1; i < s.Tokens.Count; i++)
        {
            if ((s.IsAny(i, "discussed", "covered", "raised", "addressed") && s.IsAny(i - 1, "matters", "issues", "topics", "subjects", "questions"))
                || (s.Is(i, "agenda") && s.Is(i - 1, "the")))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether the sentence says something "was also on the table" ("Trade was also on the table").</summary>
    private static bool OnTheTable(AnalyzedSentence s)
    {
        for (var i = 3; i < s.Tokens.Count; i++)
        {
            if (s.Is(i, "table") && s.Is(i - 1, "the") && s.Is(i - 2, "on") && s.IsAny(i - 3, "was", "were", "is", "are", "also", "item", "issue", "topic", "high"))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// "The joint statement reaffirmed ...", "The document expressed strong opposition to ...", "The statement also
    /// touched on human rights": a sentence whose subject is a document of the story (not one the knowledge base
    /// holds, which may be decades old) and a word of stating tells what the story's event agreed on.
    /// </summary>
    private static bool StatementSpeaks(ExtractionContext context, AnalyzedSentence s)
    {
        var span = s.MentionSpan;
        if (span.IsEmpty || span[0] is not { Kind: MentionKind.Document, NodeId: { } id } document
            || s.TokenAt(document.Start) > s.FirstBodyToken + 1 || context.KnowledgeBase.Get<Document>(id) is not null)
        {
            return false;
        }

        var verb = s.TokenAt(document.End);
        return StatementVerbs.Contains(s.Word(s.Is(verb, "also") ? verb + 1 : verb));
    }

    /// <summary>"Japan announced", "Seoul in turn said": a side of the event as the subject of a word of speaking, not in a clause of time.</summary>
    private static bool SideSpeaks(ExtractionContext context, AnalyzedSentence s, EventFrame main)
    {
        var sides = Attachment.Sides(context, main);
        foreach (var country in s.MentionSpan)
        {
            if (!(country.Kind is MentionKind.Country or MentionKind.Capital && country.NodeId is { } id && sides.Contains(id)))
            {
                continue;
            }

            var k = s.TokenAt(country.End);
            if (s.IsAny(k, "in") && s.IsAny(k + 1, "turn"))
            {
                k += 2;
            }

            if (!s.IsAny(k, "announced", "said", "says", "pledged", "agreed", "proposed", "offered"))
            {
                continue;
            }

            var clause = Grammar.ClauseStart(s, s.TokenAt(country.Start));
            var timed = Enumerable.Range(Math.Max(0, clause - 1), s.TokenAt(country.Start) - Math.Max(0, clause - 1)).Any(i => s.IsAny(i, "after", "before", "since", "when", "until"));
            if (!timed)
            {
                return true;
            }
        }

        return false;
    }
}
