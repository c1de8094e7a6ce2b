using RelationsGraph.Serialization;
using RelationsGraph.Tests.Support;

namespace RelationsGraph.Tests.Graph;

public sealed class KnowledgeGraphTests
{
    [Fact]
    public void AddNode_SameIdTwice_KeepsOneNodeWithAliasesUnited()
    {
        var graph = new KnowledgeGraph();

        var first = graph.AddNode(new Leader { Id = "leader:xi-jinping", Name = "Xi Jinping", Aliases = new[] { "Xi" } });
        var second = graph.AddNode(new Leader { Id = "leader:xi-jinping", Name = "Chinese President Xi Jinping", Aliases = new[] { "President Xi" } });

        Assert.Same(first, second);
        Assert.Equal(1, graph.NodeCount);
        Assert.Equal("Chinese President Xi Jinping", first.Name);
        Assert.Equal(["President Xi", "Xi", "Xi Jinping"], first.Aliases.Items);
    }

    [Fact]
    public void AddEdge_EdgeOfAnotherGraph_IsCopiedAndThatGraphStaysAsItWas()
    {
        var first = new KnowledgeGraph();
        var edge = first.AddLeaderOf(Some.Leader("Xi Jinping"), Some.Country("cn"), Some.Evidence("a"));
        var before = GraphJsonWriter.ToJson(first);
        var second = new KnowledgeGraph();

        var added = second.AddEdge(edge, Some.Evidence("b"));

        Assert.NotSame(edge, added);
        Assert.Equal(before, GraphJsonWriter.ToJson(first));
        Assert.Equal(2, added.Evidence.Count);
        Assert.Same(second.GetNode<Leader>("leader:xi-jinping"), added.Source);
    }

    [Fact]
    public void AddNode_TheGraphsOwnNode_ReturnsItUnchanged()
    {
        var graph = new KnowledgeGraph();
        var node = graph.AddNode(Some.Leader("Xi Jinping"));

        Assert.Same(node, graph.AddNode(node));
        Assert.Equal(1, graph.NodeCount);
    }

    [Fact]
    public void AddNode_RecordCopyOfTheGraphsOwnNode_MergesItsChangedProperties()
    {
        var graph = new KnowledgeGraph();
        var node = graph.AddNode(Some.Leader("Xi Jinping"));

        // The copy is not the graph's instance, though it starts from it.
        var added = graph.AddNode(node with { Title = "President", Aliases = new[] { "President Xi" } });

        Assert.Same(node, added);
        Assert.Equal(1, graph.NodeCount);
        Assert.Equal("President", node.Title);
        Assert.Equal(["President Xi"], node.Aliases.Items);
    }

    [Fact]
    public void AddEdge_RecordCopyOfTheGraphsNodeAsAnEnd_MergesItIntoTheGraphsNode()
    {
        var graph = new KnowledgeGraph();
        var node = graph.AddNode(Some.Leader("Xi Jinping"));
        var copy = node with { Aliases = new[] { "President Xi" } };

        var edge = graph.AddLeaderOf(copy, Some.Country("cn"), Some.Evidence());

        Assert.Same(node, edge.Source);
        Assert.Equal(2, graph.NodeCount);
        Assert.Equal(["President Xi"], node.Aliases.Items);
        Assert.Same(edge, Assert.Single(graph.Graph.OutEdges(copy)));
        Assert.Empty(graph.Graph.InEdges(copy));
    }

    [Fact]
    public void AddEdge_SameFactTwice_KeepsOneEdgeWithEvidenceUnited()
    {
        var graph = new KnowledgeGraph();
        var xi = Some.Leader("Xi Jinping");
        var cn = Some.Country("cn");
        var a = Some.Evidence("a");
        var b = Some.Evidence("b");

        var first = graph.AddLeaderOf(xi, cn, b);
        var second = graph.AddLeaderOf(xi, cn, a);
        graph.AddLeaderOf(xi, cn, b);

        Assert.Same(first, second);
        Assert.Equal(1, graph.EdgeCount);
        Assert.Equal(2, graph.NodeCount);
        Assert.Equal([a, b], first.Evidence);
    }

    [Fact]
    public void Merge_TwoReportsOfOneMeeting_AddsNoDuplicatesAndUnitesEvidenceAndAliases()
    {
        var graph = ReferenceGraphs.ChinaJapan();
        var (nodes, edges) = (graph.NodeCount, graph.EdgeCount);

        graph.Merge(SecondArticle.Graph());

        Assert.Equal(nodes + 1, graph.NodeCount); // place:woodside is new
        Assert.Equal(edges + 1, graph.EdgeCount); // place:woodside -LocatedIn-> country:us is new
        Assert.Equal(graph.NodeCount, graph.Nodes.Select(n => n.Id).Distinct().Count());
        Assert.Equal(graph.EdgeCount, graph.Edges.Select(e => e.Key).Distinct().Count());
        var kishida = graph.GetNode<Leader>(ReferenceGraphs.Kishida)!;
        Assert.Equal("Fumio Kishida", kishida.Name);
        Assert.Equal(["Japanese Prime Minister Fumio Kishida", "Kishida", "Prime Minister Kishida"], kishida.Aliases.Items);
        graph.TryGetEdge(new EdgeKey(ReferenceGraphs.Xi, "ParticipatedIn", ReferenceGraphs.Meeting), out var participation);
        Assert.Equal(
            [$"{SecondArticle.Id}#0", $"{SecondArticle.Id}#0", $"{ReferenceArticle.Id}#0"],
            participation!.Evidence.Select(e => $"{e.Article}#{e.Sentence}"));
    }

    [Fact]
    public void Merge_EitherOrder_GivesByteIdenticalJson()
    {
        var ab = ReferenceGraphs.ChinaJapan();
        ab.Merge(SecondArticle.Graph());
        var ba = SecondArticle.Graph();
        ba.Merge(ReferenceGraphs.ChinaJapan());

        Assert.Equal(GraphJsonWriter.ToJson(ab), GraphJsonWriter.ToJson(ba));
        Assert.Equal(ab.Conflicts, ba.Conflicts);
    }

    [Fact]
    public void Merge_SameGraphAgain_ChangesNothing()
    {
        var graph = ReferenceGraphs.ChinaJapan();
        var before = GraphJsonWriter.ToJson(graph);

        graph.Merge(ReferenceGraphs.ChinaJapan());

        Assert.Equal(before, GraphJsonWriter.ToJson(graph));
    }

    [Fact]
    public void Merge_LeavesTheOtherGraphUnchanged()
    {
        var other = SecondArticle.Graph();
        var before = GraphJsonWriter.ToJson(other);

        ReferenceGraphs.ChinaJapan().Merge(other);

        Assert.Equal(before, GraphJsonWriter.ToJson(other));
    }

    [Fact]
    public void Merge_DisagreeingProperties_KeepsTheSmallerValueAndReportsTheConflict()
    {
        var graph = ReferenceGraphs.ChinaJapan();

        graph.Merge(SecondArticle.Graph());

        Assert.Equal("Chairman", graph.GetNode<Leader>(ReferenceGraphs.Xi)!.Title);
        Assert.Contains(new MergeConflict(ReferenceGraphs.Xi, "title", "Chairman", "President"), graph.Conflicts);
        Assert.DoesNotContain(graph.Conflicts, c => c.Owner == ReferenceGraphs.Kishida);
    }

    [Fact]
    public void Conflicts_ReferenceGraph_ListsTheTwoWordingsOfOneCitation()
    {
        var conflict = Assert.Single(ReferenceGraphs.ChinaJapan().Conflicts);

        Assert.Equal(new MergeConflict($"{ReferenceGraphs.Meeting} -Cites-> {ReferenceGraphs.Communique1972}", "verb", "abide by", "as stated in"), conflict);
    }

    [Fact]
    public void Conflicts_ThreeValuesInAnyOrder_ListTheSameConflicts()
    {
        static IReadOnlyList<MergeConflict> Conflicts(params string[] titles)
        {
            var graph = new KnowledgeGraph();
            foreach (var title in titles)
            {
                var other = new KnowledgeGraph();
                other.AddNode(new Leader { Id = "leader:x", Name = "X", Title = title });
                graph.Merge(other);
            }

            return graph.Conflicts;
        }

        var expected = new[] { new MergeConflict("leader:x", "title", "Chairman", "Premier"), new MergeConflict("leader:x", "title", "Chairman", "President") };

        Assert.Equal(expected, Conflicts("Chairman", "President", "Premier"));
        Assert.Equal(expected, Conflicts("Premier", "President", "Chairman"));
        Assert.Equal(expected, Conflicts("President", "Chairman", "Premier", "President"));
    }

    [Theory]
    [InlineData("country:xi-jinping")]
    [InlineData("xi-jinping")]
    [InlineData("leader")]
    [InlineData("leader:")]
    [InlineData("leaders:xi-jinping")]
    public void AddNode_IdWithoutTheKindsPrefix_Throws(string id)
    {
        var graph = new KnowledgeGraph();

        var error = Assert.Throws<ArgumentException>(() => graph.AddNode(new Leader { Id = id, Name = "Xi Jinping" }));

        Assert.Contains("'leader:'", error.Message, StringComparison.Ordinal);
        Assert.Equal(0, graph.NodeCount);
    }

    [Fact]
    public void AddNode_IdHeldByAnotherKind_Throws()
    {
        var graph = new KnowledgeGraph();
        graph.AddNode(new Document { Id = "doc:x", Name = "X" });

        Assert.Throws<ArgumentException>(() => graph.AddNode(new Treaty { Id = "doc:x", Name = "X" }));
    }

    [Fact]
    public void AddEdge_EndpointHeldByAnotherKind_ThrowsAndAddsNoEdge()
    {
        var graph = new KnowledgeGraph();
        graph.AddNode(new Document { Id = "doc:x", Name = "X" });

        Assert.Throws<ArgumentException>(() => graph.AddPartyTo(Some.Country("cn"), new Treaty { Id = "doc:x", Name = "X" }, Some.Evidence()));
        Assert.Equal(0, graph.EdgeCount);
    }
}
