using RelationsGraph.Queries;
using RelationsGraph.Tests.Support;

namespace RelationsGraph.Tests.Queries;

public sealed class MeetingsQueryTests
{
    [Fact]
    public async Task Run_ReferenceGraph_MatchesSnapshot() =>
        await Snapshot.Verify(QueryText.Meetings(new MeetingsQuery().Run(ReferenceGraphs.ChinaJapan())));

    [Fact]
    public void Run_ReferenceGraph_XiMetKishidaInSanFranciscoOnTheSidelinesOfApec()
    {
        var meeting = Assert.Single(new MeetingsQuery().Run(ReferenceGraphs.ChinaJapan()));

        Assert.Equal(ReferenceGraphs.Kishida, meeting.First.Id);
        Assert.Equal(ReferenceGraphs.Xi, meeting.Second.Id);
        Assert.Equal(new PartialDate(2023, 11, 16), meeting.Date);
        Assert.Equal("place:san-francisco", Assert.Single(meeting.Places).Id);
        Assert.Equal(ReferenceGraphs.Apec, Assert.Single(meeting.ParentEvents).Id);
        Assert.All(meeting.Facts, fact => Assert.NotEmpty(fact.Evidence));
    }

    [Fact]
    public void Run_ThreeParticipants_GivesEveryPairOnce()
    {
        var graph = new KnowledgeGraph();
        var summit = Some.Event("trilateral", EventKind.Summit, Some.Date(2023, 8, 18));
        foreach (var name in new[] { "Yoon Suk Yeol", "Joe Biden", "Fumio Kishida" })
        {
            graph.AddParticipatedIn(Some.Leader(name), summit, Some.Evidence());
        }

        var pairs = new MeetingsQuery().Run(graph).Select(m => $"{m.First.Id}+{m.Second.Id}");

        Assert.Equal(
            ["leader:fumio-kishida+leader:joe-biden", "leader:fumio-kishida+leader:yoon-suk-yeol", "leader:joe-biden+leader:yoon-suk-yeol"],
            pairs);
    }

    [Theory]
    [InlineData(EventKind.Signing)]
    [InlineData(EventKind.Anniversary)]
    [InlineData(null)]
    public void Run_EventThatIsNotAMeeting_IsLeftOut(EventKind? kind)
    {
        var graph = new KnowledgeGraph();
        var @event = Some.Event("e", kind);
        graph.AddParticipatedIn(Some.Leader("A B"), @event, Some.Evidence());
        graph.AddParticipatedIn(Some.Leader("C D"), @event, Some.Evidence());

        Assert.Empty(new MeetingsQuery().Run(graph));
    }

    [Fact]
    public void Run_EventKindsGiven_CountsThoseKinds()
    {
        var graph = new KnowledgeGraph();
        var signing = Some.Event("signing", EventKind.Signing);
        graph.AddParticipatedIn(Some.Leader("A B"), signing, Some.Evidence());
        graph.AddParticipatedIn(Some.Leader("C D"), signing, Some.Evidence());

        var query = new MeetingsQuery { EventKinds = new HashSet<EventKind> { EventKind.Signing } };

        Assert.Single(query.Run(graph));
    }

    [Fact]
    public void Run_OneParticipant_IsNoMeeting()
    {
        var graph = new KnowledgeGraph();
        graph.AddParticipatedIn(Some.Leader("A B"), Some.Event("visit", EventKind.Visit), Some.Evidence());

        Assert.Empty(new MeetingsQuery().Run(graph));
    }

    [Fact]
    public void Run_SeveralMeetings_SortedByDateWithUndatedLast()
    {
        var graph = new KnowledgeGraph();
        var a = Some.Leader("A A");
        var b = Some.Leader("B B");
        foreach (var @event in new[]
        {
            Some.Event("undated"), Some.Event("day", date: Some.Date(2022, 11, 17)),
            Some.Event("year", date: Some.Date(2022)), Some.Event("month", date: Some.Date(2022, 11)),
        })
        {
            graph.AddParticipatedIn(a, @event, Some.Evidence());
            graph.AddParticipatedIn(b, @event, Some.Evidence());
        }

        var order = new MeetingsQuery().Run(graph).Select(m => m.Event.Id);

        Assert.Equal(["event:year", "event:month", "event:day", "event:undated"], order);
    }
}
