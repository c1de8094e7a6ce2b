using System.Runtime.CompilerServices;
using RelationsGraph.Extraction.Knowledge;

namespace RelationsGraph.Extraction.Rules;

/// <summary>
/// The knowledge base's reference edges (LeaderOf, Cites, PartyTo, SignedBy, MemberOf) by source node, built once per
/// knowledge base: <see cref="KnowledgeRule"/> wants the ones among an article's few dozen nodes, and filtering every
/// edge of the knowledge base for every article cost more than the rest of that rule.
/// </summary>
/// <remarks>Like the gazetteers, it takes the knowledge base as immutable once built, and is only read after, from any thread.</remarks>
internal sealed class KnowledgeEdges
{
    private static readonly ConditionalWeakTable<KnowledgeBase, KnowledgeEdges> Cache = [];

    /// <summary>Each source's edges with their position in the graph's edge order, which breaks ties of key as a stable sort would.</summary>
    private readonly Dictionary<string, List<(Edge Edge, int Order)>> bySource = new(StringComparer.Ordinal);

    private KnowledgeEdges(KnowledgeBase kb)
    {
        var order = 0;
        foreach (var edge in kb.Graph.Edges)
        {
            if (edge is LeaderOf or Cites or PartyTo or SignedBy or MemberOf)
            {
                if (!bySource.TryGetValue(edge.Source.Id, out var edges))
                {
                    bySource[edge.Source.Id] = edges = [];
                }

                edges.Add((edge, order));
            }

            order++;
        }
    }

    /// <summary>The index of <paramref name="kb"/>.</summary>
    public static KnowledgeEdges For(KnowledgeBase kb) => Cache.GetValue(kb, static k => new KnowledgeEdges(k));

    /// <summary>The reference edges whose both ends are in <paramref name="named"/>, by key, as the graph orders them when keys tie.</summary>
    public List<Edge> Among(HashSet<string> named)
    {
        var found = new List<(Edge Edge, int Order)>();
        foreach (var id in named)
        {
            if (bySource.TryGetValue(id, out var edges))
            {
                foreach (var candidate in edges)
                {
                    if (named.Contains(candidate.Edge.Target.Id))
                    {
                        found.Add(candidate);
                    }
                }
            }
        }

        found.Sort(static (a, b) => a.Edge.Key.CompareTo(b.Edge.Key) is var byKey and not 0 ? byKey : a.Order.CompareTo(b.Order));
        var result = new List<Edge>(found.Count);
        foreach (var (edge, _) in found)
        {
            result.Add(edge);
        }

        return result;
    }
}
