using RelationsGraph.Queries;
using RelationsGraph.Tests.Support;

namespace RelationsGraph.Tests.Queries;

public sealed class CitationQueryTests
{
    [Fact]
    public async Task Run_ReferenceGraph_MatchesSnapshot() =>
        await Snapshot.Verify(QueryText.Citations(new CitationQuery().Run(ReferenceGraphs.ChinaJapan())));

    [Fact]
    public void Run_ReferenceGraph_AnswersWhichAgreementsCiteWhichFoundations()
    {
        var pairs = new CitationQuery().Run(ReferenceGraphs.ChinaJapan())
            .Where(c => c.IsDirect)
            .Select(c => $"{c.Citing.Id} {c.Foundation.Id}")
            .ToList();

        Assert.Equal(
        [
            $"{ReferenceGraphs.Declaration1998} {ReferenceGraphs.Communique1972}",
            $"{ReferenceGraphs.Declaration1998} {ReferenceGraphs.Treaty1978}",
            $"{ReferenceGraphs.Statement2008} {ReferenceGraphs.Communique1972}",
            $"{ReferenceGraphs.Statement2008} {ReferenceGraphs.Declaration1998}",
            $"{ReferenceGraphs.Statement2008} {ReferenceGraphs.Treaty1978}",
            $"{ReferenceGraphs.Meeting} {ReferenceGraphs.Communique1972}",
            $"{ReferenceGraphs.Meeting} {ReferenceGraphs.Declaration1998}",
            $"{ReferenceGraphs.Meeting} {ReferenceGraphs.Statement2008}",
            $"{ReferenceGraphs.Meeting} {ReferenceGraphs.Treaty1978}",
            $"{ReferenceGraphs.Treaty1978} {ReferenceGraphs.Communique1972}",
        ], pairs);
    }

    [Fact]
    public void Run_ChainOfCitations_ReportsEveryCitingNodeWithItsPath()
    {
        var graph = new KnowledgeGraph();
        var foundation = Some.Document("c", foundational: true);
        var middle = Some.Document("b");
        var meeting = Some.Event("a");
        var first = graph.AddCites(meeting, middle, Some.Evidence());
        var second = graph.AddCites(middle, foundation, Some.Evidence());

        var citations = new CitationQuery().Run(graph);

        Assert.Collection(
            citations,
            c =>
            {
                Assert.Equal("doc:b", c.Citing.Id);
                Assert.True(c.IsDirect);
                Assert.Equal([second], c.Path);
            },
            c =>
            {
                Assert.Equal("event:a", c.Citing.Id);
                Assert.Equal("doc:c", c.Foundation.Id);
                Assert.False(c.IsDirect);
                Assert.Equal(2, c.Depth);
                Assert.Equal([first, second], c.Path);
            });
    }

    [Fact]
    public void Run_DirectAndIndirectCitation_ReportsThePairOnceAsDirect()
    {
        var graph = new KnowledgeGraph();
        var foundation = Some.Document("f", foundational: true);
        var middle = Some.Document("m");
        var citing = Some.Document("c");
        graph.AddCites(citing, middle, Some.Evidence());
        graph.AddCites(middle, foundation, Some.Evidence());
        graph.AddCites(citing, foundation, Some.Evidence());

        var pair = Assert.Single(new CitationQuery().Run(graph), c => c.Citing.Id == "doc:c");

        Assert.True(pair.IsDirect);
    }

    [Fact]
    public void Run_NoFoundationalDocument_ReturnsNothing()
    {
        var graph = new KnowledgeGraph();
        graph.AddCites(Some.Document("a"), Some.Document("b"), Some.Evidence());

        Assert.Empty(new CitationQuery().Run(graph));
    }

    [Fact]
    public void Run_CitationCycle_EndsAndNeverPairsADocumentWithItself()
    {
        var graph = new KnowledgeGraph();
        var a = Some.Document("a", foundational: true);
        var b = Some.Document("b", foundational: true);
        graph.AddCites(a, b, Some.Evidence());
        graph.AddCites(b, a, Some.Evidence());

        var pairs = new CitationQuery().Run(graph).Select(c => $"{c.Citing.Id}>{c.Foundation.Id}");

        Assert.Equal(["doc:a>doc:b", "doc:b>doc:a"], pairs);
    }

    [Fact]
    public void Run_OtherEdgeKinds_AreNotCitations()
    {
        var graph = new KnowledgeGraph();
        var treaty = Some.Treaty("t", foundational: true);
        graph.AddCommemorates(Some.Event("anniversary"), treaty, Some.Evidence(), anniversary: 40);
        graph.AddPartyTo(Some.Country("cn"), treaty, Some.Evidence());

        Assert.Empty(new CitationQuery().Run(graph));
    }

    [Fact]
    public void Run_SeparateCitationComponents_AreAnsweredIndependently()
    {
        var graph = new KnowledgeGraph();
        graph.AddCites(Some.Document("a1"), Some.Document("a0", foundational: true), Some.Evidence());
        graph.AddCites(Some.Document("b1"), Some.Document("b0", foundational: true), Some.Evidence());
        graph.AddCites(Some.Document("b2"), Some.Document("b1"), Some.Evidence());

        var pairs = new CitationQuery().Run(graph).Select(c => $"{c.Citing.Id}>{c.Foundation.Id}:{c.Depth}");

        Assert.Equal(["doc:a1>doc:a0:1", "doc:b1>doc:b0:1", "doc:b2>doc:b0:2"], pairs);
    }

    [Fact]
    public void Run_EquallyShortPaths_ChoosesTheSamePathWhateverTheInsertionOrder()
    {
        static KnowledgeGraph Build(bool reversed)
        {
            var graph = new KnowledgeGraph();
            var evidence = Evidence.FromReference("test");
            var steps = new List<(Document From, Document To)>
            {
                (Some.Document("start"), Some.Document("via-x")),
                (Some.Document("start"), Some.Document("via-y")),
                (Some.Document("via-x"), Some.Document("end", foundational: true)),
                (Some.Document("via-y"), Some.Document("end", foundational: true)),
            };
            foreach (var (from, to) in reversed ? Enumerable.Reverse(steps) : steps)
            {
                graph.AddCites(from, to, evidence);
            }

            return graph;
        }

        var forward = QueryText.Citations(new CitationQuery().Run(Build(reversed: false)));
        var backward = QueryText.Citations(new CitationQuery().Run(Build(reversed: true)));

        Assert.Equal(forward, backward);
        Assert.Contains("doc:start -Cites-> doc:via-x", forward, StringComparison.Ordinal);
    }
}
