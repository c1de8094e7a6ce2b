using RelationsGraph.Extraction.Mentions;

namespace RelationsGraph.Extraction.Rules;

/// <summary>
/// The countries that were sides of an event, where the text names them as sides: "the two sides", "both
/// sides", "the two countries", "the two allies", "the U.S. and Chinese leaders", "the Japanese side", a
/// "Japan-China" meeting, or a summit "between the United States, Japan and South Korea". A country counts only as
/// the country of one of the event's participants.
/// </summary>
public sealed class RepresentedRule : IExtractionRule
{
    /// <inheritdoc />
    public void Apply(ExtractionContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        foreach (var s in context.Sentences)
        {
            var frame = Attachment.FrameFor(context, s);
            if (frame is null)
            {
                continue;
            }

            foreach (var mention in s.MentionSpan)
            {
                if (mention.Kind is not (MentionKind.SideGroup or MentionKind.Side))
                {
                    continue;
                }

                var target = Target(context, s, mention) ?? frame;
                foreach (var country in mention.NodeIds)
                {
                    if (Attachment.IsSide(context, target, country))
                    {
                        target.AddSide(country, context.Evidence(mention));
                    }
                }
            }

            Between(context, s, frame);
        }

        PairOfLeaders(context);
    }

    /// <summary>
    /// The sides of the story's main meeting between the leaders of two countries that no sentence named: each leader's
    /// country, with the evidence that its first leader took part ("Kamala Harris ... at a joint press conference with
    /// President Nana Addo Dankwa Akufo-Addo, after the two leaders had held closed-door talks"; "the American side"
    /// names only one).
    /// </summary>
    private static void PairOfLeaders(ExtractionContext context)
    {
        if (context.Events.Main is not { Kind: EventKind.Meeting or EventKind.Call } main)
        {
            return;
        }

        var countries = new List<(string Id, Evidence Evidence)>(2);
        foreach (var (id, evidence) in main.Participants)
        {
            if (context.Entities.CountryOf(id) is { } country && !countries.Exists(c => c.Id == country))
            {
                countries.Add((country, evidence));
            }
        }

        if (countries.Count != 2)
        {
            return;
        }

        foreach (var (country, evidence) in countries)
        {
            if (!main.Sides.Exists(side => side.Id == country))
            {
                main.AddSide(country, evidence);
            }
        }
    }

    /// <summary>
    /// The countries a meeting noun is "between", when each is the country of one of the frame's participants: "the first
    /// stand-alone summit between the United States, Japan and South Korea".
    /// </summary>
    private static void Between(ExtractionContext context, AnalyzedSentence s, EventFrame frame)
    {
        foreach (var noun in s.MentionSpanOf(MentionKind.EventNoun))
        {
            var k = s.TokenAt(noun.End);
            if (noun.Head is not ("summit" or "meeting" or "talks") || !s.Is(k, "between"))
            {
                continue;
            }

            var run = new List<Mention>();
            foreach (var country in s.MentionSpanOf(MentionKind.Country))
            {
                if (country.NodeId is null || country.Start < s.Tokens[k].End)
                {
                    continue;
                }

                if (run.Count == 0 ? s.TokenAt(country.Start) > k + 2 : !Coordination.Joins(s, run[^1], country))
                {
                    break;
                }

                run.Add(country);
            }

            if (run.Count >= 2 && run.TrueForAll(c => Attachment.IsSide(context, frame, c.NodeId!)))
            {
                var evidence = context.Evidence(s.Index, noun.Start, run[^1].End);
                foreach (var country in run)
                {
                    frame.AddSide(country.NodeId!, evidence);
                }
            }
        }
    }

    /// <summary>The event a side group names by itself: "the first face-to-face meeting between the U.S. and Chinese leaders".</summary>
    private static EventFrame? Target(ExtractionContext context, AnalyzedSentence s, Mention group) =>
        group.Candidates.Count == 0 ? null
            : context.Events.DescribedIn(s.Index).LastOrDefault(f => f.ParticipantIds.Count >= 2 && f.Sentence == s.Index && Attachment.Sides(context, f).All(group.Candidates.Contains));
}
