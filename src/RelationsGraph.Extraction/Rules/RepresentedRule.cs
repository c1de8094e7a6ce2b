using RelationsGraph.Extraction.Mentions;

namespace RelationsGraph.Extraction.Rules;

/// <summary>
/// The countries that were sides of an event, where the text names them as sides: "the two sides", "both
/// sides", "the two countries", "the two allies", "the U.S. and Chinese leaders", "the Japanese side", or a
/// "Japan-China" meeting. A country counts only as the country of one of the event's participants.
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
        }
    }

    /// <summary>The event a side group names by itself: "the first face-to-face meeting between the U.S. and Chinese leaders".</summary>
    private static EventFrame? Target(ExtractionContext context, AnalyzedSentence s, Mention group) =>
        group.Candidates.Count == 0 ? null
            : context.Events.DescribedIn(s.Index).LastOrDefault(f => f.ParticipantIds.Count >= 2 && f.Sentence == s.Index && Attachment.Sides(context, f).All(group.Candidates.Contains));
}
