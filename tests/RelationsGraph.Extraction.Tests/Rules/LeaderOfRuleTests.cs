using RelationsGraph.Extraction.Tests.Support;

namespace RelationsGraph.Extraction.Tests.Rules;

public sealed class LeaderOfRuleTests
{
    [Fact]
    public void Apply_DemonymTitleName_TheLeaderHoldsThatOfficeOfThatCountry()
    {
        var result = Some.Story("Canadian Prime Minister Justin Trudeau spoke first.");
        var edge = (LeaderOf)GraphAssert.HasEdge(result.Graph, "LeaderOf", "leader:justin-trudeau", "country:ca");

        Assert.Equal("Prime Minister", edge.Title);
        Assert.Contains(edge.Evidence, e => e.Text == "Canadian Prime Minister Justin Trudeau");
    }

    [Theory]
    [InlineData("German Chancellor Olaf Scholz met Xi on Friday.", "Scholz's predecessor, Angela Merkel, traveled to China 12 times.", "Scholz's predecessor, Angela Merkel")]
    [InlineData("German Chancellor Olaf Scholz met Xi on Friday.", "Earlier, his predecessor Angela Merkel traveled to China 12 times.", "his predecessor Angela Merkel")]
    [InlineData("German Chancellor Olaf Scholz met Xi on Friday.", "Scholz's predecessor, the CDU's Angela Merkel, traveled to China 12 times.", "Scholz's predecessor, the CDU's Angela Merkel")]
    public void Apply_NameAfterALeadersPredecessor_HoldsThatLeadersOffice(string lead, string sentence, string evidence)
    {
        var result = Some.Extract("Nov 4, 2022 18:00", "BEIJING, Nov. 4 (Wire)", lead, sentence);

        var edge = (LeaderOf)GraphAssert.HasEdge(result.Graph, "LeaderOf", "leader:angela-merkel", "country:de");
        Assert.Contains(edge.Evidence, e => e.Text == evidence);
        Assert.Equal("Chancellor", edge.Title);
    }

    [Fact]
    public void Apply_PredecessorOpeningTheSentence_IsNoOneElsesAndNoFailure()
    {
        var result = Some.Extract("Nov 4, 2022 18:00", "BEIJING, Nov. 4 (Wire)",
            "German Chancellor Olaf Scholz met Xi on Friday.", "Predecessor Angela Merkel traveled to China 12 times.", "Chinese Premier Li Qiang also attended.");

        Assert.Empty(result.Diagnostics);
        GraphAssert.HasEdge(result.Graph, "LeaderOf", "leader:li-qiang", "country:cn");
    }

    [Fact]
    public void Apply_NameAfterALeadersGuest_HoldsNoOfficeByIt()
    {
        var result = Some.Extract("Nov 4, 2022 18:00", "BEIJING, Nov. 4 (Wire)",
            "German Chancellor Olaf Scholz met Xi on Friday.", "Scholz's guest, Angela Merkel, traveled to China 12 times.");

        Assert.DoesNotContain(result.Graph.EdgesOf<LeaderOf>(), e => e.Source.Id == "leader:angela-merkel" && e.Evidence.Any(v => v.Article == "test"));
    }

    [Fact]
    public void Apply_TitleWithoutCountry_TakesTheCountryOfTheKnowledgeBasesTermOnTheDate()
    {
        var result = Some.Extract("Apr 11, 2024 10:00", "WASHINGTON, April 10 (Wire)", "President Joe Biden spoke first.");

        Assert.Contains(GraphAssert.HasEdge(result.Graph, "LeaderOf", "leader:joe-biden", "country:us").Evidence, e => e.Text == "President Joe Biden");
    }

    [Fact]
    public void Apply_TitleHeldBeforeTheArticleDate_TakesTheCountryOfTheKnowledgeBasesEarlierTerm()
    {
        var result = Some.Extract("Oct 22, 2022 19:00", "PERTH, Australia, Oct. 22 (Wire)",
            "The 2007 declaration was signed by Prime Minister Shinzo Abe in Tokyo.");

        Assert.Contains(GraphAssert.HasEdge(result.Graph, "LeaderOf", "leader:shinzo-abe", "country:jp").Evidence, e => e.Text == "Prime Minister Shinzo Abe");
    }

    [Fact]
    public void Apply_TitleThatNamesItsCountry_GivesTheCountryOfAPersonTheKnowledgeBaseLacks()
    {
        var result = Some.Story("Secretary of State Maria Ortega Vance will travel to Seoul.");

        GraphAssert.HasEdge(result.Graph, "LeaderOf", "leader:maria-ortega-vance", "country:us");
    }

    [Fact]
    public void Apply_ResolvedRole_TheLeaderHoldsTheRolesOffice()
    {
        var result = Some.Story("Modi spoke first.", "The Indian prime minister then took questions.");

        Assert.Contains(GraphAssert.HasEdge(result.Graph, "LeaderOf", "leader:narendra-modi", "country:in").Evidence, e => e.Text == "The Indian prime minister");
    }

    [Fact]
    public void Apply_NameAlone_StatesNoOffice()
    {
        // Named in one sentence with India, Modi's office would be quoted there from the knowledge base (KnowledgeRuleTests).
        var result = Some.Story("Modi spoke first.", "India listened.");

        Assert.DoesNotContain(result.Graph.EdgesOf<LeaderOf>(), e => !e.Evidence.IsReferenceOnly);
        Assert.Contains(result.Graph.EdgesOf<LeaderOf>(), e => e.Evidence.IsReferenceOnly);
    }

    [Fact]
    public void Apply_ForeignMinisterTheKnowledgeBaseKnows_IsThatLeader()
    {
        var result = Some.Extract("Jul 13, 2023 20:00", "JAKARTA, July 13 (Wire)",
            "Senior Chinese diplomat Wang Yi sat down with Japanese Foreign Minister Yoshimasa Hayashi on Thursday.");

        GraphAssert.EventOf(result.Graph, "leader:wang-yi", "leader:yoshimasa-hayashi");
        GraphAssert.HasEdge(result.Graph, "LeaderOf", "leader:yoshimasa-hayashi", "country:jp");
    }

    [Theory]
    [InlineData("Transport Minister S. Iswaran and his Indonesian counterpart Budi Karya Sumadi signed the agreement.")]
    [InlineData("Transport Minister S. Iswaran and Indonesia's Transport Minister Budi Karya Sumadi signed the agreement.")]
    [InlineData("Transport Minister S. Iswaran sat down with Indonesian Transport Minister Budi Karya Sumadi later.")]
    [InlineData("Transport Minister S. Iswaran met Indonesian Transport Minister Budi Karya Sumadi later.")]
    [InlineData("Transport Minister S. Iswaran prepared the visit during talks with his Indonesian counterpart Budi Karya Sumadi.")]
    public void Apply_MinisterJoinedToACounterpartOfTheOtherSide_IsOfTheFirstSide(string sentence)
    {
        var result = Some.Extract("Jan 25, 2022 20:00", "SINGAPORE, Jan 25 (Wire)",
            "Prime Minister Lee Hsien Loong and Indonesian President Joko Widodo met in Bintan on Tuesday.",
            sentence);

        GraphAssert.HasEdge(result.Graph, "LeaderOf", "leader:s-iswaran", "country:sg");
        GraphAssert.HasEdge(result.Graph, "LeaderOf", "leader:budi-karya-sumadi", "country:id");
    }

    [Fact]
    public void Apply_MinisterJoinedToACounterpartOfNeitherSide_HasNoCountry()
    {
        var result = Some.Extract("Jan 25, 2022 20:00", "SINGAPORE, Jan 25 (Wire)",
            "Prime Minister Lee Hsien Loong and Indonesian President Joko Widodo met in Bintan on Tuesday.",
            "Transport Minister S. Iswaran and his Malaysian counterpart Anthony Loke spoke later.");

        Assert.DoesNotContain(result.Graph.EdgesOf<LeaderOf>(), e => e.Source.Id == "leader:s-iswaran");
    }

    private const string GreekLead =
        "Prime Minister Nikos Andreou and Turkish President Recep Tayyip Erdogan met on Thursday, committing Greece and Turkey to calm.";

    [Fact]
    public void Apply_MainEventsParticipantWithNoCountry_IsOfTheCountryTheStoryNamesMostBesidesTheOtherSide()
    {
        var result = Some.Extract("Dec 7, 2023 18:27", "ATHENS (Wire)", GreekLead,
            "Greek officials called it a new start. The two leaders spoke of trade between Greece and Turkey.");

        var office = GraphAssert.HasEdge(result.Graph, "LeaderOf", "leader:nikos-andreou", "country:gr");
        Assert.Equal("Prime Minister Nikos Andreou", Assert.Single(office.Evidence).Text);
    }

    [Fact]
    public void Apply_MainEventsParticipantWithNoCountryInAStoryNamingTwoOthersAlike_HasNoCountry()
    {
        var result = Some.Extract("Dec 7, 2023 18:27", "ATHENS (Wire)",
            "Prime Minister Nikos Andreou and Turkish President Recep Tayyip Erdogan met on Thursday.",
            "They spoke of Cyprus, of Cyprus again, and of Egypt and Egypt's ports.");

        Assert.DoesNotContain(result.Graph.EdgesOf<LeaderOf>(), e => e.Source.Id == "leader:nikos-andreou");
    }

    [Fact]
    public void Apply_MinisterAndHisCounterpartSetOffByCommas_EachHoldsTheirSidesOffice()
    {
        var result = Some.Extract("Dec 7, 2023 18:27", "ATHENS (Wire)", GreekLead,
            "The talks were attended by Foreign Minister George Gerapetritis and his Turkish counterpart, Hakan Fidan, who steered the thaw.",
            "Greek officials called it a new start.");

        GraphAssert.HasEdge(result.Graph, "LeaderOf", "leader:hakan-fidan", "country:tr");
        GraphAssert.HasEdge(result.Graph, "LeaderOf", "leader:george-gerapetritis", "country:gr");
        Assert.DoesNotContain(result.Graph.EdgesOf<LeaderOf>(), e => e.Source.Id == "leader:george-gerapetritis" && e.Target.Id == "country:tr");
    }
}
