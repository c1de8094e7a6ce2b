using RelationsGraph.Extraction.Mentions;

namespace RelationsGraph.Extraction.Rules;

/// <summary>
/// The inauguration of <see cref="OccasionRule"/> that leaders attend, named by the leader sworn in: "attended the
/// swearing-in ceremony of Turkish President Recep Tayyip Erdogan", "the inauguration of President Yoon", "attended
/// Faye's swearing-in ceremony in Diamniadio", "Yoon's inauguration ceremony in Seoul".
/// </summary>
/// <remarks>
/// The leader sworn in takes part, and so do the leaders who are the subject of the clause, unless its verb says they
/// stayed away ("skipped his rival's inauguration", "did not attend"). Only a leader named by a name or a role is sworn
/// in: "the inauguration of the BAPS Hindu Mandir" opens a building, and "his inauguration" leaves too much to a pronoun.
/// The occasion is named "inauguration of &lt;leader&gt;" whatever the text calls it, so the ceremony and the
/// inauguration of one leader, told in two sentences, are one event; the words of the text are its aliases.
/// </remarks>
internal static class Inauguration
{
    /// <summary>Words of the clause before the occasion that say its subject did not attend.</summary>
    private static readonly HashSet<string> StayedAway = new(StringComparer.OrdinalIgnoreCase)
    {
        "not", "skipped", "skip", "skips", "missed", "miss", "boycotted", "boycott", "never",
    };

    /// <summary>Whether token <paramref name="head"/> names an inauguration: "inauguration" or "swearing-in".</summary>
    public static bool IsInauguration(AnalyzedSentence s, int head) => s.IsAny(head, "inauguration", "swearing-in");

    /// <summary>Records the inauguration at token <paramref name="head"/> (<see cref="IsInauguration"/>) when the text names the leader sworn in.</summary>
    public static void Record(ExtractionContext context, AnalyzedSentence s, int head)
    {
        var last = s.Is(head + 1, "ceremony") ? head + 1 : head;
        var noun = s.IsAny(head - 1, "the", "an") ? head - 1 : head; // "the swearing-in ceremony"
        var references = Grammar.LeaderReferences(s);
        Mention? person;
        int start;
        int end;
        if (s.Is(last + 1, "of") && OccasionRule.Honoree(s, last + 2, references) is { } after)
        {
            // "the swearing-in ceremony of Turkish President Recep Tayyip Erdogan"
            person = after;
            start = noun;
            end = s.TokenAt(after.PhraseEnd) - 1;
        }
        else if (PossessorBefore(s, head, references) is { } possessor)
        {
            // "attended Faye's swearing-in ceremony in Diamniadio"
            person = possessor;
            start = s.TokenAt(possessor.PhraseStart);
            end = last;
        }
        else
        {
            return;
        }

        if (person.NodeId is not { } personId || context.Node<Leader>(personId) is not { } leader)
        {
            return;
        }

        var name = $"inauguration of {leader.Name}";
        var evidence = context.Evidence(s.Index, s.Tokens[start].Start, s.Tokens[end].End);
        var date = FrameText.DateOf(s, start, end, [], context.Article.Dateline?.Range.End ?? -1);
        var frame = OccasionRule.Frame(context, s, OccasionRule.Key(date?.Date?.Year ?? context.Date?.Year, name), name, evidence);
        frame.Date ??= date?.Date;
        EventAliases.AddForm(frame, s.Slice(s.Tokens[start].Start, s.Tokens[end].End));
        EventAliases.AddForm(frame, s.Slice(s.Tokens[noun].Start, s.Tokens[last].End));
        frame.AddParticipant(personId, evidence);

        var candidates = Grammar.Subject(s, start, references);
        if (!OccasionRule.Subordinated(s, candidates, start) && !SaysStayedAway(s, candidates, start))
        {
            foreach (var attendee in candidates)
            {
                if (attendee.NodeId is { } id && id != personId)
                {
                    frame.AddParticipant(id, context.Evidence(s.Index, Math.Min(attendee.PhraseStart, s.Tokens[start].Start), s.Tokens[end].End));
                }
            }
        }

        foreach (var place in FrameText.PlacesAfter(s, end, [], allowTo: true, first: start))
        {
            frame.AddPlace(place.NodeId!, context.Evidence(s.Index, Math.Min(place.Start, s.Tokens[start].Start), Math.Max(place.End, s.Tokens[end].End)));
        }
    }

    /// <summary>The leader named by name or role whose possessive ends just before the occasion's words at <paramref name="head"/> ("Faye's", "PM Modi's").</summary>
    private static Mention? PossessorBefore(AnalyzedSentence s, int head, List<Mention> references)
    {
        var possessive = head - 1;
        if (possessive < 1 || s.Tokens[possessive].Kind != TokenKind.Possessive)
        {
            return null;
        }

        foreach (var r in references)
        {
            if (r.Kind is MentionKind.Leader or MentionKind.Role && s.TokenEndingAt(r.End) == possessive - 1)
            {
                return r;
            }
        }

        return null;
    }

    /// <summary>Whether the words between the subject and the occasion say the subject stayed away.</summary>
    private static bool SaysStayedAway(AnalyzedSentence s, List<Mention> subject, int start)
    {
        var from = subject.Count > 0 ? s.TokenAt(subject[^1].PhraseEnd) : Math.Max(0, start - 6);
        for (var k = from; k < start; k++)
        {
            if (StayedAway.Contains(s.Word(k)))
            {
                return true;
            }
        }

        return false;
    }
}
