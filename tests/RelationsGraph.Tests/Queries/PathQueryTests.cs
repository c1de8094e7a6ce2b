using RelationsGraph.Queries;
using RelationsGraph.Tests.Support;

namespace RelationsGraph.Tests.Queries;

public sealed class PathQueryTests
{
    [Fact]
    public async Task Run_KishidaToThe1972Communique_MatchesSnapshot() =>
        await Snapshot.Verify(QueryText.Path(new PathQuery().Run(ReferenceGraphs.ChinaJapan(), ReferenceGraphs.Kishida, ReferenceGraphs.Communique1972)));

    [Fact]
    public async Task Run_SonodaToXi_WalksEdgesBothWays() =>
        await Snapshot.Verify(QueryText.Path(new PathQuery().Run(ReferenceGraphs.ChinaJapan(), "leader:sunao-sonoda", ReferenceGraphs.Xi)));

    [Fact]
    public void Run_KishidaToThe1972Communique_TakesTwoFactsWithoutMentions()
    {
        var path = new PathQuery().Run(ReferenceGraphs.ChinaJapan(), ReferenceGraphs.Kishida, ReferenceGraphs.Communique1972);

        Assert.NotNull(path);
        Assert.Equal(2, path.Length);
        Assert.DoesNotContain(path.Steps, s => s.Edge is Mentions);
        Assert.Equal(ReferenceGraphs.Kishida, path.Steps[0].From.Id);
        Assert.Equal(path.Steps[0].To, path.Steps[1].From);
        Assert.Equal(ReferenceGraphs.Communique1972, path.Steps[1].To.Id);
    }

    [Fact]
    public void Run_OnlyAnArticleJoinsTwoNodes_NoPathUnlessMentionsAreAllowed()
    {
        var graph = new KnowledgeGraph();
        var article = new Article { Id = "article:a", Name = "A" };
        graph.AddMentions(article, Some.Country("cn"), Some.Evidence());
        graph.AddMentions(article, Some.Country("jp"), Some.Evidence());

        var path = new PathQuery { IgnoredEdgeKinds = [] }.Run(graph, "country:cn", "country:jp");

        Assert.Null(new PathQuery().Run(graph, "country:cn", "country:jp"));
        Assert.NotNull(path);
        Assert.Equal(["article:a", "country:jp"], path.Steps.Select(s => s.To.Id));
    }

    [Fact]
    public void Run_StepAgainstTheEdge_IsMarkedBackward()
    {
        var graph = new KnowledgeGraph();
        var meeting = Some.Event("m");
        graph.AddParticipatedIn(Some.Leader("A A"), meeting, Some.Evidence());
        graph.AddParticipatedIn(Some.Leader("B B"), meeting, Some.Evidence());

        var path = new PathQuery().Run(graph, "leader:a-a", "leader:b-b");

        Assert.NotNull(path);
        Assert.Collection(
            path.Steps,
            s => Assert.True(s.IsForward),
            s =>
            {
                Assert.False(s.IsForward);
                Assert.Equal("event:m", s.From.Id);
                Assert.Equal("leader:b-b", s.To.Id);
            });
    }

    [Fact]
    public void Run_Unconnected_ReturnsNull()
    {
        var graph = new KnowledgeGraph();
        graph.AddNode(Some.Country("cn"));
        graph.AddNode(Some.Country("jp"));

        Assert.Null(new PathQuery().Run(graph, "country:cn", "country:jp"));
    }

    [Fact]
    public void Run_SameNode_ReturnsAnEmptyPath()
    {
        var graph = ReferenceGraphs.ChinaJapan();

        var path = new PathQuery().Run(graph, ReferenceGraphs.Xi, ReferenceGraphs.Xi);

        Assert.NotNull(path);
        Assert.Empty(path.Steps);
    }

    [Fact]
    public void Run_UnknownId_Throws()
    {
        var error = Assert.Throws<ArgumentException>(() => new PathQuery().Run(ReferenceGraphs.ChinaJapan(), "leader:nobody", ReferenceGraphs.Xi));

        Assert.Contains("leader:nobody", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Run_UnknownIgnoredKind_Throws()
    {
        var query = new PathQuery { IgnoredEdgeKinds = ["Likes"] };

        Assert.Throws<ArgumentException>(() => query.Run(ReferenceGraphs.ChinaJapan(), ReferenceGraphs.Kishida, ReferenceGraphs.Xi));
    }

    [Fact]
    public void Run_EquallyShortPaths_ChoosesTheSamePathWhateverTheInsertionOrder()
    {
        static KnowledgeGraph Build(bool reversed)
        {
            var graph = new KnowledgeGraph();
            var evidence = Evidence.FromReference("test");
            var a = Some.Leader("A A");
            var b = Some.Leader("B B");
            var meetings = new[] { Some.Event("m1"), Some.Event("m2"), Some.Event("m3") };
            foreach (var meeting in reversed ? meetings.Reverse() : meetings)
            {
                graph.AddParticipatedIn(reversed ? b : a, meeting, evidence);
                graph.AddParticipatedIn(reversed ? a : b, meeting, evidence);
            }

            return graph;
        }

        var forward = QueryText.Path(new PathQuery().Run(Build(reversed: false), "leader:a-a", "leader:b-b"));
        var backward = QueryText.Path(new PathQuery().Run(Build(reversed: true), "leader:a-a", "leader:b-b"));

        Assert.Equal(forward, backward);
        Assert.Contains("event:m1", forward, StringComparison.Ordinal);
    }
}
