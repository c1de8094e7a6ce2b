using RelationsGraph.Extraction.Knowledge;

namespace RelationsGraph.Extraction.Rules;

/// <summary>
/// Reference facts about what the article names, with the knowledge base's evidence: among the nodes the article
/// refers to, the knowledge base's LeaderOf (with title and term), Cites, PartyTo, SignedBy and MemberOf edges,
/// and the capital of a country as located in it. Nothing is added about nodes the article does not name.
/// </summary>
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
            context.Graph.AddEdge(edge, []);
        }

        foreach (var place in context.Entities.Nodes.OfType<Place>().OrderBy(p => p.Id, StringComparer.Ordinal))
        {
            if (kb.CountryWithCapital(place.Name) is { } country && named.Contains(country.Id))
            {
                context.Graph.AddLocatedIn(place, context.Node<Country>(country.Id)!, KnowledgeBase.Reference);
            }
        }
    }
}
