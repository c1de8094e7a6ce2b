namespace RelationsGraph.Extraction.Tests.Support;

/// <summary>Assertions over extracted graphs, by node id and edge kind.</summary>
internal static class GraphAssert
{
    public static Edge HasEdge(KnowledgeGraph graph, string kind, string from, string to)
    {
        var key = new EdgeKey(from, kind, to);
        Assert.True(graph.TryGetEdge(key, out var edge), $"Missing {key}. Edges:\n{Describe(graph)}");
        return edge!;
    }

    public static void NoEdge(KnowledgeGraph graph, string kind, string from, string to) =>
        Assert.False(graph.TryGetEdge(new EdgeKey(from, kind, to), out _), $"Unexpected {from} -{kind}-> {to}.");

    public static void NoEdgeOfKind(KnowledgeGraph graph, string kind) =>
        Assert.DoesNotContain(graph.Edges, e => e.Kind == kind && e.Evidence.Any(v => !v.IsReference));

    /// <summary>The one event whose participants are exactly <paramref name="leaders"/>.</summary>
    public static Event EventOf(KnowledgeGraph graph, params string[] leaders)
    {
        var events = graph.NodesOf<Event>().Where(e =>
        {
            var participants = graph.InEdges<ParticipatedIn>(e).Select(p => p.Source.Id).ToHashSet(StringComparer.Ordinal);
            return participants.SetEquals(leaders);
        }).ToList();
        Assert.True(events.Count == 1, $"Expected one event of {string.Join(", ", leaders)}, found {events.Count}. Edges:\n{Describe(graph)}");
        return events[0];
    }

    /// <summary>The one occasion (an event of kind Other: a ceremony, a dinner, a signing) whose name contains <paramref name="words"/>.</summary>
    public static Event OccasionNamed(KnowledgeGraph graph, string words) =>
        Assert.Single(graph.NodesOf<Event>(), e => e.EventKind == EventKind.Other && e.Name.Contains(words, StringComparison.Ordinal));

    /// <summary>The article-evidenced facts of the graph, one per line (Mentions left out).</summary>
    public static string Describe(KnowledgeGraph graph) =>
        string.Join('\n', graph.Edges.Where(e => e.Kind != "Mentions").OrderBy(e => e.Key).Select(e => e.Key.ToString()));
}
