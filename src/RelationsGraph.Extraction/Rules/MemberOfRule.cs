using RelationsGraph.Extraction.Mentions;

namespace RelationsGraph.Extraction.Rules;

/// <summary>
/// Memberships the text states: "Japan and Australia are both members of the Quad", "the Quad grouping, which also
/// includes the U.S. and India", "Japan took over the rotating G7 presidency", "Kazakhstan, as the current SCO
/// chair". A sentence that names an organization and says "member", "grouping", "includes", "presidency" or "chair"
/// states the membership of the countries it names that the knowledge base has as members; the
/// knowledge base decides who is a member, the sentence is the evidence. A country and an organization merely
/// named together ("Xi met Kishida at APEC") state nothing about membership.
/// </summary>
public sealed class MemberOfRule : IExtractionRule
{
    private static readonly HashSet<string> Cues = new(StringComparer.OrdinalIgnoreCase)
    {
        "member", "members", "membership", "grouping", "groupings", "includes", "include", "comprises", "comprising",
        "presidency", "chairs", "chair", "chairmanship",
    };

    /// <inheritdoc />
    public void Apply(ExtractionContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        foreach (var s in context.Sentences)
        {
            if (s.MentionSpanOf(MentionKind.Organization).IsEmpty || !HasCue(s))
            {
                continue;
            }

            foreach (var organization in s.MentionSpanOf(MentionKind.Organization))
            {
                if (context.Node<Organization>(organization.NodeId) is not { } node)
                {
                    continue;
                }

                foreach (var countries in s.MentionSpan)
                {
                    if (countries.Kind is not (MentionKind.Country or MentionKind.SideGroup))
                    {
                        continue;
                    }

                    foreach (var id in countries.NodeIds)
                    {
                        if (IsMember(context, id, node.Id) && context.Node<Country>(id) is { } country)
                        {
                            var evidence = context.Evidence(s.Index, Math.Min(countries.Start, organization.Start), Math.Max(countries.End, organization.End));
                            context.Graph.AddMemberOf(country, node, evidence);
                        }
                    }
                }
            }
        }
    }

    private static bool HasCue(AnalyzedSentence s)
    {
        for (var k = 0; k < s.Tokens.Count; k++)
        {
            if (Cues.Contains(s.Word(k)))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether the knowledge base has <paramref name="countryId"/> as a member of <paramref name="organizationId"/>.</summary>
    private static bool IsMember(ExtractionContext context, string countryId, string organizationId)
    {
        var kb = context.KnowledgeBase.Graph;
        if (!kb.TryGetNode(countryId, out var country))
        {
            return false;
        }

        foreach (var edge in kb.OutEdges<MemberOf>(country))
        {
            if (edge.Target.Id == organizationId)
            {
                return true;
            }
        }

        return false;
    }
}
