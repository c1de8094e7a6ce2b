using QuikGraph;
using QuikGraph.Algorithms.Search;
using RelationsGraph.Tests.Support;

namespace RelationsGraph.Tests.Graph;

public sealed class NodeDictionaryTests
{
    [Fact]
    public void Indexer_EqualNodeBuiltElsewhere_ReadsAndWritesTheGraphsNodesValue()
    {
        var graph = new KnowledgeGraph();
        var xi = graph.AddNode(Some.Leader("Xi Jinping"));
        var distances = graph.CreateNodeDictionary<int>();

        distances[Some.Leader("Xi Jinping")] = 3;

        Assert.Equal(3, distances[xi]);
        Assert.Single(distances);
        Assert.Same(xi, distances.Keys.Single());
    }

    [Fact]
    public void Add_NodeTheGraphLacks_ThrowsArgumentException()
    {
        var graph = new KnowledgeGraph();
        graph.AddNode(Some.Country("cn"));
        var dictionary = graph.CreateNodeDictionary<int>();

        var error = Assert.Throws<ArgumentException>(() => dictionary.Add(Some.Country("jp"), 1));

        Assert.Contains("country:jp", error.Message, StringComparison.Ordinal);
        Assert.False(dictionary.TryGetValue(Some.Country("jp"), out _));
        Assert.Throws<KeyNotFoundException>(() => dictionary[Some.Country("cn")]);
    }

    [Fact]
    public void Add_SameNodeTwice_ThrowsAndRemoveThenAddWorks()
    {
        var graph = new KnowledgeGraph();
        var cn = graph.AddNode(Some.Country("cn"));
        var dictionary = graph.CreateNodeDictionary<string>();
        dictionary.Add(cn, "a");

        Assert.Throws<ArgumentException>(() => dictionary.Add(cn, "b"));
        Assert.True(dictionary.Remove(cn));
        Assert.Empty(dictionary);
        dictionary.Add(cn, "b");
        Assert.Equal([new KeyValuePair<Node, string>(cn, "b")], dictionary);
    }

    [Fact]
    public void Set_NodeAddedAfterTheDictionary_Grows()
    {
        var graph = new KnowledgeGraph();
        graph.AddNode(Some.Country("cn"));
        var dictionary = graph.CreateNodeDictionary<int>();
        var jp = graph.AddNode(Some.Country("jp"));

        dictionary[jp] = 7;

        Assert.Equal(7, dictionary[jp]);
        Assert.False(dictionary.ContainsKey(Some.Country("cn")));
    }

    [Fact]
    public void BreadthFirstSearch_WithNodeDictionaryColours_VisitsWhatTheDefaultDoes()
    {
        var graph = new KnowledgeGraph();
        var meeting = Some.Event("meeting");
        graph.AddParticipatedIn(Some.Leader("Xi Jinping"), meeting, Some.Evidence());
        graph.AddParticipatedIn(Some.Leader("Fumio Kishida"), meeting, Some.Evidence());
        graph.AddHeldIn(meeting, Some.Place("san-francisco"), Some.Evidence());
        graph.AddLeaderOf(Some.Leader("Xi Jinping"), Some.Country("cn"), Some.Evidence());

        Assert.Equal(Discovered(graph, null), Discovered(graph, graph.CreateNodeDictionary<GraphColor>()));
        Assert.Equal(graph.NodeCount, Discovered(graph, graph.CreateNodeDictionary<GraphColor>()).Count);
    }

    private static List<string> Discovered(KnowledgeGraph graph, IDictionary<Node, GraphColor>? colours)
    {
        var search = colours is null
            ? new BreadthFirstSearchAlgorithm<Node, Edge>(graph.Graph)
            : new BreadthFirstSearchAlgorithm<Node, Edge>(graph.Graph, new QuikGraph.Collections.Queue<Node>(), colours);
        var discovered = new List<string>();
        search.DiscoverVertex += node => discovered.Add(node.Id);
        search.Compute();
        return discovered;
    }
}
