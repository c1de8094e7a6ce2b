using RelationsGraph.Extraction.Mentions;

namespace RelationsGraph.Extraction.Rules;

/// <summary>The article mentions every node it refers to; the evidence is the first reference (a name, a role, a group).</summary>
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
                if (mention.Kind == MentionKind.Date)
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
}
