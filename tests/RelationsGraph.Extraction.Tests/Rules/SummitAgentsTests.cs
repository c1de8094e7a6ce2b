using RelationsGraph.Extraction.Tests.Support;

namespace RelationsGraph.Extraction.Tests.Rules;

public sealed class SummitAgentsTests
{
    [Fact]
    public void Add_TheSummitHostedByOneAndAttendedByTwo_AllThreeTakePartInTheEditionNotInALaterMeeting()
    {
        var result = Some.Extract("Sep 6, 2023 09:00", "JAKARTA, Sept. 6 (Wire)",
            "The 43rd ASEAN Summit opened in Jakarta on Tuesday.",
            "The summit was hosted by Indonesian President Joko Widodo and attended by Philippine President Ferdinand Marcos Jr. and Malaysian Prime Minister Anwar Ibrahim.",
            "Indian External Affairs Minister S. Jaishankar called on Bangladeshi Prime Minister Sheikh Hasina in Dhaka on Wednesday.");
        var summit = Assert.Single(result.Graph.NodesOf<Event>(), e => e.EventKind == EventKind.Summit);
        var meeting = Assert.Single(result.Graph.NodesOf<Event>(), e => e.EventKind == EventKind.Meeting);

        foreach (var leader in new[] { "leader:joko-widodo", "leader:ferdinand-marcos-jr", "leader:anwar-ibrahim" })
        {
            GraphAssert.HasEdge(result.Graph, "ParticipatedIn", leader, summit.Id);
            Assert.DoesNotContain(result.Graph.Edges, e => e.Kind == "ParticipatedIn" && e.Source.Id == leader && e.Target.Id == meeting.Id);
        }
    }

    [Theory]
    [InlineData("The 43rd ASEAN Summit was hosted by Indonesian President Joko Widodo.")]
    [InlineData("On Tuesday, the 43rd ASEAN Summit was chaired by Indonesian President Joko Widodo.")]
    public void Add_EditionAsTheSubjectOfThePassive_ItsAgentTakesPart(string sentence)
    {
        var result = Some.Extract("Sep 6, 2023 09:00", "JAKARTA, Sept. 6 (Wire)", sentence);
        var summit = Assert.Single(result.Graph.NodesOf<Event>(), e => e.EventKind == EventKind.Summit);

        GraphAssert.HasEdge(result.Graph, "ParticipatedIn", "leader:joko-widodo", summit.Id);
    }

    [Fact]
    public void Add_PhraseSetOffByCommasBetweenTheSummitAndItsVerb_TheAgentsStillTakePart()
    {
        var result = Some.Extract("Sep 6, 2023 09:00", "JAKARTA, Sept. 6 (Wire)",
            "Leaders gathered for the 43rd ASEAN Summit on Tuesday.",
            "The summit, held in Jakarta, was also attended by Philippine President Ferdinand Marcos Jr.");
        var summit = Assert.Single(result.Graph.NodesOf<Event>(), e => e.EventKind == EventKind.Summit);

        GraphAssert.HasEdge(result.Graph, "ParticipatedIn", "leader:ferdinand-marcos-jr", summit.Id);
    }

    [Fact]
    public void Add_TheMeetingAttendedByAMinister_StaysTheMeetingsDelegate()
    {
        var result = Some.Extract("Sep 6, 2023 09:00", "JAKARTA, Sept. 6 (Wire)",
            "Indonesian President Joko Widodo met Malaysian Prime Minister Anwar Ibrahim on the sidelines of the 43rd ASEAN Summit.",
            "The meeting was also attended by Indonesian Foreign Minister Retno Marsudi.");
        var meeting = Assert.Single(result.Graph.NodesOf<Event>(), e => e.EventKind == EventKind.Meeting);
        var summit = Assert.Single(result.Graph.NodesOf<Event>(), e => e.EventKind == EventKind.Summit);

        GraphAssert.HasEdge(result.Graph, "ParticipatedIn", "leader:retno-marsudi", meeting.Id);
        Assert.DoesNotContain(result.Graph.Edges, e => e.Kind == "ParticipatedIn" && e.Source.Id == "leader:retno-marsudi" && e.Target.Id == summit.Id);
    }

    [Fact]
    public void Add_ParticipleRightAfterTheSummitWithTwoByPhrases_BothChairsTakePart()
    {
        var result = Some.Extract("Apr 22, 2023 18:05", "LISBON, April 22 (Wire)",
            "Ministers of the two countries met in Lisbon on Saturday during the 2nd Lusophone Investment Forum Summit.",
            "The summit, chaired by the Prime Minister, António Costa, and by Lula da Silva, brought together ministers from both governments.");
        var summit = Assert.Single(result.Graph.NodesOf<Event>(), e => e.EventKind == EventKind.Summit);

        Assert.Equal("2nd Lusophone Investment Forum Summit", summit.Name);
        GraphAssert.HasEdge(result.Graph, "ParticipatedIn", "leader:antonio-costa", summit.Id);
        GraphAssert.HasEdge(result.Graph, "ParticipatedIn", "leader:luiz-inacio-lula-da-silva", summit.Id);
    }

    [Fact]
    public void Add_SummitOfTheMed9HostedByItsHost_IsAnEditionOfTheGroupWithTheHost()
    {
        var result = Some.Extract("Sep 29, 2023 20:14", "VALLETTA, Sept. 29 (Wire)",
            "Southern EU leaders called for a deal on migration as the Med9 summit hosted by Prime Minister Robert Abela wrapped up.");
        var summit = Assert.Single(result.Graph.NodesOf<Event>(), e => e.EventKind == EventKind.Summit);

        GraphAssert.HasEdge(result.Graph, "OrganizedBy", summit.Id, "org:med9");
        GraphAssert.HasEdge(result.Graph, "ParticipatedIn", "leader:robert-abela", summit.Id);
    }
}
