using RelationsGraph.Queries;
using RelationsGraph.Tests.Support;

namespace RelationsGraph.Tests.Queries;

public sealed class AnniversaryQueryTests
{
    [Fact]
    public async Task Run_ReferenceGraph_MatchesSnapshot() =>
        await Snapshot.Verify(QueryText.Anniversaries(new AnniversaryQuery().Run(ReferenceGraphs.ChinaJapan())));

    [Fact]
    public void Run_ReferenceGraph_The45thAnniversaryIsOfThe1978Treaty()
    {
        var anniversary = Assert.Single(new AnniversaryQuery().Run(ReferenceGraphs.ChinaJapan()));

        Assert.Equal(ReferenceGraphs.Treaty1978, anniversary.Document.Id);
        Assert.Equal(45, anniversary.Number);
        Assert.Equal(new PartialDate(1978, 8, 12), anniversary.SignedOn);
        Assert.Equal(45, anniversary.YearsBetween);
        Assert.True(anniversary.IsConsistent);
    }

    [Fact]
    public void Run_NumberDisagreesWithDates_IsInconsistent()
    {
        var graph = new KnowledgeGraph();
        graph.AddCommemorates(Some.Event("e", EventKind.Anniversary, Some.Date(2022, 9)), Some.Document("d", Some.Date(1972, 9, 29)), Some.Evidence(), anniversary: 45);

        var anniversary = Assert.Single(new AnniversaryQuery().Run(graph));

        Assert.Equal(Some.Date(1972, 9, 29), anniversary.SignedOn);
        Assert.Equal(50, anniversary.YearsBetween);
        Assert.False(anniversary.IsConsistent);
    }

    [Fact]
    public void Run_DatesUnknown_LeavesYearsAndConsistencyUnknown()
    {
        var graph = new KnowledgeGraph();
        graph.AddCommemorates(Some.Event("e", EventKind.Anniversary), Some.Treaty("t"), Some.Evidence());

        var anniversary = Assert.Single(new AnniversaryQuery().Run(graph));

        Assert.Null(anniversary.Number);
        Assert.Null(anniversary.SignedOn);
        Assert.Null(anniversary.YearsBetween);
        Assert.Null(anniversary.IsConsistent);
    }
}
