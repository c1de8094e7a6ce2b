using RelationsGraph.Tests.Support;

namespace RelationsGraph.Tests.Graph;

/// <summary>
/// Finding an edge by its key, whichever way the graph's edge index answers: by scanning a short out- or in-list, or
/// through its dictionary of hubs' out-edges when both lists are long.
/// </summary>
public sealed class KnowledgeGraphEdgeIndexTests
{
    /// <summary>More edges than the index scans, so that a node with this many is a hub.</summary>
    private const int Many = (EdgeIndex.ScanLimit * 2) + 1;

    /// <summary>Gives <paramref name="summit"/> many citations out and <paramref name="treaty"/> many in, so both are hubs.</summary>
    private static void MakeHubs(KnowledgeGraph graph, global::RelationsGraph.Event summit, global::RelationsGraph.Document treaty)
    {
        for (var i = 0; i < Many; i++)
        {
            graph.AddCites(summit, Some.Document("d" + i), Some.Evidence());
            graph.AddCites(Some.Event("e" + i), treaty, Some.Evidence());
        }
    }

    [Fact]
    public void AddEdge_SameFactTwiceBetweenTwoHubs_KeepsOneEdgeWithEvidenceUnited()
    {
        var graph = new KnowledgeGraph();
        var summit = Some.Event("summit");
        var treaty = Some.Document("treaty");
        MakeHubs(graph, summit, treaty);

        var a = Some.Evidence("a");
        var b = Some.Evidence("b");
        var first = graph.AddCites(summit, treaty, a);
        var edges = graph.EdgeCount;
        var second = graph.AddCites(summit, treaty, b);

        Assert.Same(first, second);
        Assert.Equal(edges, graph.EdgeCount);
        Assert.Equal([a, b], first.Evidence);
        Assert.True(graph.TryGetEdge(new EdgeKey("event:summit", "Cites", "doc:treaty"), out var found));
        Assert.Same(first, found);
    }

    [Fact]
    public void AddEdge_FactAddedBeforeBothEndsBecameHubs_IsFoundAgain()
    {
        var graph = new KnowledgeGraph();
        var summit = Some.Event("summit");
        var treaty = Some.Document("treaty");
        var first = graph.AddCites(summit, treaty, Some.Evidence("a"));
        MakeHubs(graph, summit, treaty);

        var edges = graph.EdgeCount;
        var again = graph.AddCites(summit, treaty, Some.Evidence("b"));

        Assert.Same(first, again);
        Assert.Equal(edges, graph.EdgeCount);
        Assert.Equal(2, again.Evidence.Count);
    }

    [Fact]
    public void AddEdge_TwoKindsBetweenTheSameHubs_KeepsBoth()
    {
        var graph = new KnowledgeGraph();
        var summit = Some.Event("summit");
        var treaty = Some.Document("treaty");
        MakeHubs(graph, summit, treaty);

        var cites = graph.AddCites(summit, treaty, Some.Evidence());
        var commemorates = graph.AddCommemorates(summit, treaty, Some.Evidence(), anniversary: 45);

        Assert.Equal((2 * Many) + 2, graph.EdgeCount);
        Assert.True(graph.TryGetEdge(cites.Key, out var foundCites));
        Assert.True(graph.TryGetEdge(commemorates.Key, out var foundCommemorates));
        Assert.Same(cites, foundCites);
        Assert.Same(commemorates, foundCommemorates);
        Assert.False(graph.TryGetEdge(new EdgeKey("event:summit", "Discussed", "doc:treaty"), out _));
    }

    [Fact]
    public void TryGetEdge_ReverseOfAHubsEdge_IsFalse()
    {
        var graph = new KnowledgeGraph();
        var summit = Some.Event("summit");
        for (var i = 0; i < Many; i++)
        {
            graph.AddCites(summit, Some.Document("d" + i), Some.Evidence());
        }

        Assert.True(graph.TryGetEdge(new EdgeKey("event:summit", "Cites", "doc:d3"), out _));
        Assert.False(graph.TryGetEdge(new EdgeKey("doc:d3", "Cites", "event:summit"), out _));
        Assert.False(graph.TryGetEdge(new EdgeKey("event:summit", "Cites", "doc:missing"), out _));
    }

    [Fact]
    public void EdgesOf_ListedThenMoreAdded_ListsEveryEdgeOfTheKindInOrder()
    {
        var graph = new KnowledgeGraph();
        var summit = Some.Event("summit");
        graph.AddCites(summit, Some.Document("d0"), Some.Evidence());
        graph.AddHeldIn(summit, Some.Place("osaka"), Some.Evidence());
        graph.AddCites(summit, Some.Document("d1"), Some.Evidence());

        var before = graph.EdgesOf<Cites>().Select(e => e.Target.Id).ToList();
        graph.AddCites(summit, Some.Document("d2"), Some.Evidence());
        graph.AddCites(summit, Some.Document("d0"), Some.Evidence());

        Assert.Equal(["doc:d0", "doc:d1"], before);
        Assert.Equal(["doc:d0", "doc:d1", "doc:d2"], graph.EdgesOf<Cites>().Select(e => e.Target.Id));
        Assert.Equal(["place:osaka"], graph.EdgesOf<HeldIn>().Select(e => e.Target.Id));
        Assert.Empty(graph.EdgesOf<Discussed>());
    }
}
