using RelationsGraph.Queries;
using RelationsGraph.Tests.Support;

namespace RelationsGraph.Tests.Queries;

public sealed class TimelineQueryTests
{
    [Fact]
    public async Task Run_ReferenceGraph_MatchesSnapshot() =>
        await Snapshot.Verify(QueryText.Timeline(new TimelineQuery().Run(ReferenceGraphs.ChinaJapan())));

    [Fact]
    public void Run_PartialDates_YearBeforeMonthBeforeDayThenUndated()
    {
        var graph = new KnowledgeGraph();
        graph.AddNode(Some.Event("undated-b", date: null));
        graph.AddNode(Some.Event("undated-a", date: null));
        graph.AddNode(Some.Document("sep", Some.Date(1978, 9)));
        graph.AddNode(Some.Event("day", date: Some.Date(1978, 8, 12)));
        graph.AddNode(Some.Document("year-b", Some.Date(1978)));
        graph.AddNode(Some.Event("year-a", date: Some.Date(1978)));
        graph.AddNode(Some.Document("aug", Some.Date(1978, 8)));
        graph.AddNode(Some.Document("next-year", Some.Date(1979)));
        graph.AddNode(Some.Country("cn"));

        var order = new TimelineQuery().Run(graph).Select(e => e.Node.Id);

        Assert.Equal(
            ["doc:year-b", "event:year-a", "doc:aug", "event:day", "doc:sep", "doc:next-year", "event:undated-a", "event:undated-b"],
            order);
    }

    [Fact]
    public void Run_Treaty_StandsAtItsSigningDate()
    {
        var graph = new KnowledgeGraph();
        graph.AddNode(Some.Treaty("signed-only", signedOn: Some.Date(1978, 8, 12)));
        graph.AddNode(Some.Treaty("both", signedOn: Some.Date(1960, 1, 19), date: Some.Date(1960)));

        var entries = new TimelineQuery().Run(graph);

        Assert.Equal([Some.Date(1960, 1, 19), Some.Date(1978, 8, 12)], entries.Select(e => e.Date));
    }
}
