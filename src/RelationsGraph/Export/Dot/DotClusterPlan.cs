namespace RelationsGraph.Export.Dot;

/// <summary>Which nodes go into which cluster, for one export.</summary>
internal sealed class DotClusterPlan
{
    private readonly HashSet<Node> clustered;

    private DotClusterPlan(IReadOnlyList<DotCluster> clusters)
    {
        Clusters = clusters;
        clustered = [.. clusters.SelectMany(c => c.Nodes)];
    }

    /// <summary>The clusters, by key, each with its nodes by id.</summary>
    public IReadOnlyList<DotCluster> Clusters { get; }

    /// <summary>True when <paramref name="node"/> is drawn inside a cluster.</summary>
    public bool IsClustered(Node node) => clustered.Contains(node);

    /// <summary>The clusters of <paramref name="mode"/> for <paramref name="graph"/>.</summary>
    public static DotClusterPlan Create(KnowledgeGraph graph, DotClusters mode) => mode switch
    {
        DotClusters.Country => ByCountry(graph),
        DotClusters.Kind => ByKind(graph),
        _ => new DotClusterPlan([]),
    };

    private static DotClusterPlan ByKind(KnowledgeGraph graph) => new(
    [
        .. graph.Nodes
            .GroupBy(graph.Ontology.Describe)
            .OrderBy(g => g.Key.Name, StringComparer.Ordinal)
            .Select(g => new DotCluster("kind:" + g.Key.Name, g.Key.Name, Color(g.Key.Dot), Sorted(g))),
    ]);

    private static DotClusterPlan ByCountry(KnowledgeGraph graph)
    {
        var ontology = graph.Ontology;
        var countryKind = ontology.NodeKinds.FirstOrDefault(k => k.ClrType == typeof(Country));
        if (countryKind is null)
        {
            return new DotClusterPlan([]);
        }

        // Edge kinds that can only enter a country tie their source to it (LeaderOf, LocatedIn); kinds that may
        // enter any node (Mentions) do not.
        var tying = ontology.EdgeKinds
            .Where(k => k.To.Count > 0 && k.To.All(to => to == countryKind.Name))
            .Select(k => k.Name)
            .ToHashSet(StringComparer.Ordinal);
        var members = graph.NodesOf<Country>().ToDictionary(c => c, c => new List<Node> { c });
        foreach (var node in graph.Nodes)
        {
            if (node is Country)
            {
                continue;
            }

            var countries = graph.Graph.OutEdges(node)
                .Where(e => tying.Contains(e.Kind) && e.Target is Country)
                .Select(e => (Country)e.Target)
                .Distinct()
                .Take(2)
                .ToList();
            if (countries.Count == 1)
            {
                members[countries[0]].Add(node);
            }
        }

        var color = Color(countryKind.Dot);
        return new DotClusterPlan(
        [
            .. members
                .OrderBy(m => m.Key.Id, StringComparer.Ordinal)
                .Select(m => new DotCluster(m.Key.Id, m.Key.Name, color, Sorted(m.Value))),
        ]);
    }

    private static List<Node> Sorted(IEnumerable<Node> nodes) => [.. nodes.OrderBy(n => n.Id, StringComparer.Ordinal)];

    private static string? Color(IReadOnlyList<KeyValuePair<string, string>> dot) =>
        dot.FirstOrDefault(d => d.Key == "color").Value;
}
