using RelationsGraph.Extraction.Tests.Support;

namespace RelationsGraph.Extraction.Tests.Rules;

public sealed class SizedMeetingRuleTests
{
    private const string Lead = "Chinese Premier Li Keqiang met with Japanese Prime Minister Shinzo Abe in Tokyo on Wednesday.";

    private const string Trilateral =
        "Before the bilateral talks, Li attended the seventh China-Japan-ROK leaders' meeting in Tokyo with Abe and South Korean President Moon Jae-in.";

    [Fact]
    public void Apply_TrilateralMeetingNamedLater_TakesWhatTheSentenceSays()
    {
        var result = Some.Extract("May 9, 2018 21:36", "TOKYO (Wire)", Lead, Trilateral,
            "At the trilateral meeting, the three leaders discussed climate change.");

        var summit = GraphAssert.EventOf(result.Graph, "leader:li-keqiang", "leader:shinzo-abe", "leader:moon-jae-in");
        var main = GraphAssert.EventOf(result.Graph, "leader:li-keqiang", "leader:shinzo-abe");

        GraphAssert.HasEdge(result.Graph, "Discussed", summit.Id, "topic:climate-change");
        GraphAssert.NoEdge(result.Graph, "Discussed", main.Id, "topic:climate-change");
        Assert.Contains("the trilateral meeting", summit.Aliases.Items);
        Assert.DoesNotContain(main.Aliases.Items, a => a.Contains("trilateral", StringComparison.Ordinal));
    }

    [Fact]
    public void Apply_NoMeetingOfThatSize_LeavesTheSentenceToTheMainEvent()
    {
        var result = Some.Extract("May 9, 2018 21:36", "TOKYO (Wire)", Lead,
            "At the trilateral meeting, the leaders discussed climate change.");

        var main = GraphAssert.EventOf(result.Graph, "leader:li-keqiang", "leader:shinzo-abe");

        GraphAssert.HasEdge(result.Graph, "Discussed", main.Id, "topic:climate-change");
    }

    [Fact]
    public void Apply_BilateralTalksNamedLater_StayWithTheMainEvent()
    {
        var result = Some.Extract("May 9, 2018 21:36", "TOKYO (Wire)", Lead, Trilateral,
            "At the bilateral talks, the two leaders discussed climate change.");

        var summit = GraphAssert.EventOf(result.Graph, "leader:li-keqiang", "leader:shinzo-abe", "leader:moon-jae-in");
        var main = GraphAssert.EventOf(result.Graph, "leader:li-keqiang", "leader:shinzo-abe");

        GraphAssert.HasEdge(result.Graph, "Discussed", main.Id, "topic:climate-change");
        GraphAssert.NoEdge(result.Graph, "Discussed", summit.Id, "topic:climate-change");
    }
}
