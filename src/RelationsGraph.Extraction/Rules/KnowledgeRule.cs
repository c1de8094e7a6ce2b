using RelationsGraph.Extraction.Knowledge;
using RelationsGraph.Extraction.Mentions;

namespace RelationsGraph.Extraction.Rules;

/// <summary>
/// Reference facts about what the article names, with the knowledge base's evidence: among the nodes the article
/// refers to, the knowledge base's LeaderOf (with title and term), Cites, PartyTo, SignedBy and MemberOf edges,
/// and the capital of a country as located in it. Nothing is added about nodes the article does not name.
/// </summary>
/// <remarks>
/// An office the knowledge base has for the leader, which no phrase of the article states ("Rishi Sunak and his
/// Japanese counterpart", with "UK" elsewhere), is quoted where the article first names the leader and the country in
/// one sentence ("Sunak and Kishida sign 'Hiroshima accord' as UK pledges ..."): the article speaks of that leader and
/// that country together, and the knowledge base says how they are linked, with the office's term. A past office is
/// quoted the same way ("Hu and then Prime Minister Yasuo Fukuda signed ..., one of the four documents that China
/// regards as ..."), as is one the knowledge base ends before a return to it ("Wang Yi", foreign minister again).
/// </remarks>
public sealed class KnowledgeRule : IExtractionRule
{
    /// <inheritdoc />
    public void Apply(ExtractionContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var kb = context.KnowledgeBase;
        var named = context.Entities.Nodes.Select(n => n.Id).ToHashSet(StringComparer.Ordinal);
        foreach (var edge in KnowledgeEdges.For(kb).Among(named))
        {
            var added = context.Graph.AddEdge(edge, []);
            // The article's own graph holds only this article's spans: an office with none is quoted by no rule yet.
            if (added is LeaderOf office && added.Evidence.IsReferenceOnly && FirstNamedTogether(context, office.Source.Id, office.Target.Id) is { } evidence)
            {
                context.Graph.AddEdge(edge, evidence);
            }
        }

        foreach (var place in context.Entities.Nodes.OfType<Place>().OrderBy(p => p.Id, StringComparer.Ordinal))
        {
            if (kb.CountryWithCapital(place.Name) is { } country && named.Contains(country.Id))
            {
                context.Graph.AddLocatedIn(place, context.Node<Country>(country.Id)!, KnowledgeBase.Reference);
            }
        }
    }

    /// <summary>The span from the leader's mention to the country's (or back) in the first sentence that has both.</summary>
    private static Evidence? FirstNamedTogether(ExtractionContext context, string leaderId, string countryId)
    {
        foreach (var s in context.Sentences)
        {
            Mention? leader = null, country = null;
            foreach (var mention in s.MentionSpan)
            {
                if (leader is null && string.Equals(mention.NodeId, leaderId, StringComparison.Ordinal))
                {
                    leader = mention;
                }
                else if (country is null && string.Equals(mention.NodeId, countryId, StringComparison.Ordinal))
                {
                    country = mention;
                }
            }

            if (leader is not null && country is not null)
            {
                return context.Evidence(s.Index, Math.Min(leader.PhraseStart, country.PhraseStart), Math.Max(leader.PhraseEnd, country.PhraseEnd));
            }
        }

        return null;
    }
}
