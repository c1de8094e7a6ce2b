using RelationsGraph.Extraction.Mentions;

namespace RelationsGraph.Extraction.Rules;

/// <summary>
/// The article mentions every node it refers to; the evidence is the first reference (a name, a role, a group). "took
/// part in the East Asia Summit" mentions the summit's edition, not the body of the same name.
/// </summary>
public sealed class MentionsRule : IExtractionRule
{
    /// <inheritdoc />
    public void Apply(ExtractionContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var s in context.Sentences)
        {
            foreach (var mention in s.MentionSpan)
            {
                if (mention.Kind == MentionKind.Date || IsSeriesName(context, s, mention))
                {
                    continue;
                }

                var ids = mention.NodeIds;
                for (var i = 0; i < ids.Count; i++)
                {
                    var id = ids[i];
                    if (seen.Add(id) && context.Node<Node>(id) is { } node)
                    {
                        context.Graph.AddMentions(context.ArticleNode, node, context.Evidence(mention.Sentence, mention.Start, mention.End));
                    }
                }
            }
        }
    }

    /// <summary>Whether <paramref name="mention"/> is an organization named as its own series, inside that series' edition.</summary>
    private static bool IsSeriesName(ExtractionContext context, AnalyzedSentence s, Mention mention) =>
        mention.Kind == MentionKind.Organization && mention.NodeId is { } id && context.Node<Organization>(id) is { } organization
        && s.MentionCovering(s.TokenAt(mention.Start), MentionKind.Series) is not null && context.KnowledgeBase.Lexicon.IsSeriesItself(id, organization.Name);
}
