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
            foreach (var mention in s.Mentions)
            {
                if (mention.Kind == MentionKind.Date)
                {
                    continue;
                }

                foreach (var id in mention.NodeIds)
                {
                    if (seen.Add(id) && context.Node<Node>(id) is { } node)
                    {
                        context.Graph.AddMentions(context.ArticleNode, node, context.Evidence(mention.Sentence, mention.Start, mention.End));
                    }
                }
            }
        }
    }
}
