using RelationsGraph.Extraction.Tests.Support;

namespace RelationsGraph.Extraction.Tests.Rules;

public sealed class VisitPartRuleTests
{
    [Fact]
    public void Apply_MeetingOfTheVisitorWithTheHostDuringTheVisit_IsPartOfTheVisit()
    {
        var result = Some.Extract("Nov 6, 2023 18:00", "BEIJING, Nov. 6 (Wire)",
            "Australian Prime Minister Anthony Albanese met Chinese President Xi Jinping in Beijing on Monday.",
            "Albanese is on a four-day visit to China, the first by an Australian leader since 2016.");
        var meeting = GraphAssert.EventOf(result.Graph, "leader:anthony-albanese", "leader:xi-jinping");
        var visit = Assert.Single(result.Graph.NodesOf<Event>(), e => e.EventKind == EventKind.Visit);

        GraphAssert.HasEdge(result.Graph, "PartOf", meeting.Id, visit.Id);
    }

    [Theory]
    [InlineData("The two leaders held talks in Beijing on Tuesday, during the Prime Minister's official visit to China and on the sidelines of the third Belt and Road Forum for International Cooperation.", true)]
    [InlineData("The two leaders held talks in Beijing on Tuesday, on the sidelines of the third Belt and Road Forum for International Cooperation.\nThe Prime Minister is on an official visit to China.", false)]
    public void Apply_MeetingOnTheSidelinesOfASummitToldWithTheVisit_IsPartOfBoth(string told, bool ofTheVisit)
    {
        var result = Some.Extract("Oct 17, 2023 18:00", "BEIJING, Oct. 17 (Wire)",
            ["Ethiopian Prime Minister Abiy Ahmed and Chinese President Xi Jinping agreed to elevate ties.", .. told.Split('\n')]);
        var meeting = GraphAssert.EventOf(result.Graph, "leader:abiy-ahmed", "leader:xi-jinping");
        var visit = Assert.Single(result.Graph.NodesOf<Event>(), e => e.EventKind == EventKind.Visit);
        var forum = Assert.Single(result.Graph.NodesOf<Event>(), e => e.Name.Contains("Belt and Road Forum", StringComparison.Ordinal));

        GraphAssert.HasEdge(result.Graph, "PartOf", meeting.Id, forum.Id);
        Assert.Equal(ofTheVisit, result.Graph.EdgesOf<PartOf>().Any(e => e.Source.Id == meeting.Id && e.Target.Id == visit.Id));
    }

    [Theory]
    [InlineData("", "")]
    [InlineData("", "From Astana, Xi will travel to Tajikistan on a state visit.")]
    [InlineData("After Astana, Xi will travel to Tajikistan on a state visit.", "")]
    public void Apply_UndatedSigningAfterTheTalksOfADatedVisit_IsPartOfThatVisitNotTheNextOne(string before, string after)
    {
        var result = Some.Extract("Jul 3, 2024 18:00", "ASTANA, July 3 (Wire)",
            "Chinese President Xi Jinping held talks with Kazakh President Kassym-Jomart Tokayev in Astana on Wednesday.",
            before,
            "Xi arrived in Astana on Tuesday for a state visit.",
            "After the talks, Tokayev and Xi witnessed the signing of a joint statement.",
            after);
        var signing = GraphAssert.OccasionNamed(result.Graph, "signing");
        var visit = Assert.Single(result.Graph.NodesOf<Event>(), e => e.EventKind == EventKind.Visit && e.Name.EndsWith("Kazakhstan", StringComparison.Ordinal));

        GraphAssert.HasEdge(result.Graph, "PartOf", signing.Id, visit.Id);
        Assert.DoesNotContain(result.Graph.Edges, e => e.Kind == "PartOf" && e.Source.Id == signing.Id && e.Target.Name.Contains("Tajikistan", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("with Abe inviting the Chinese leader to make a state visit to Japan next spring.", false)]
    [InlineData("with Xi on a state visit to Japan.", true)]
    public void Apply_MainMeetingAndAVisitTheHostInvitedTheGuestToMake_IsNoPartOfIt(string rest, bool part)
    {
        var result = Some.Extract("Jun 27, 2019 22:00", "OSAKA (Wire)",
            "Prime Minister Shinzo Abe and Chinese President Xi Jinping agreed Thursday to build ties for a new era, " + rest);
        var meeting = GraphAssert.EventOf(result.Graph, "leader:shinzo-abe", "leader:xi-jinping");
        var visit = Assert.Single(result.Graph.NodesOf<Event>(), e => e.EventKind == EventKind.Visit);

        Assert.Equal(part, result.Graph.Edges.Any(e => e.Kind == "PartOf" && e.Source.Id == meeting.Id && e.Target.Id == visit.Id));
    }

    [Fact]
    public void Apply_UndatedSecondMeetingWithAHostLeader_IsPartOfTheVisitAndInItsOneCity()
    {
        var result = Some.Extract("Nov 4, 2022 18:00", "BEIJING, Nov. 4 (Wire)",
            "German Chancellor Olaf Scholz held talks with Chinese President Xi Jinping on Friday.",
            "Scholz is on a one-day visit to Beijing, the first by a G7 leader since the pandemic.",
            "Later in the day, Scholz sat down with Premier Li Keqiang.");
        var visit = Assert.Single(result.Graph.NodesOf<Event>(), e => e.EventKind == EventKind.Visit);
        var second = GraphAssert.EventOf(result.Graph, "leader:olaf-scholz", "leader:li-keqiang");

        GraphAssert.HasEdge(result.Graph, "PartOf", second.Id, visit.Id);
        GraphAssert.HasEdge(result.Graph, "HeldIn", second.Id, "place:beijing");
    }

    [Fact]
    public void Apply_MainMeetingWithNoPlaceOfItsOwn_IsHeldInTheVisitsOneCity()
    {
        var result = Some.Extract("Jul 14, 2023 18:00", "NEW DELHI, July 14 (Wire)",
            "Indian Prime Minister Narendra Modi held talks with French President Emmanuel Macron on Friday.",
            "Modi is on a two-day visit to Paris.");
        var meeting = GraphAssert.EventOf(result.Graph, "leader:narendra-modi", "leader:emmanuel-macron");

        GraphAssert.HasEdge(result.Graph, "HeldIn", meeting.Id, "place:paris");
    }

    [Fact]
    public void Apply_UndatedMeetingWhenTheMainMeetingIsNoPartOfTheVisit_IsNotPartOfIt()
    {
        var result = Some.Extract("Nov 4, 2022 18:00", "BEIJING, Nov. 4 (Wire)",
            "German Chancellor Olaf Scholz held talks with Chinese President Xi Jinping in Bali on Monday.",
            "Scholz will make a visit to China next year.",
            "Scholz has also sat down with Premier Li Keqiang.");

        Assert.DoesNotContain(result.Graph.EdgesOf<PartOf>(), e => ((Event)e.Target).EventKind == EventKind.Visit);
    }

    [Theory]
    [InlineData("Macron arrived in Rabat on Monday for a three-day state visit to Morocco.")]
    [InlineData("Macron is in Rabat on a three-day state visit to Morocco.")]
    public void Apply_UndatedMeetingToldAfterTheStorysVisit_IsPartOfItAndTheMainMeeting(string visitSentence)
    {
        var result = Some.Extract("Oct 29, 2024 18:00", "RABAT, Oct 29 (Wire)",
            "French President Emmanuel Macron addressed the Moroccan parliament on Tuesday.",
            visitSentence,
            "Crowds waving flags lined the streets of the capital.",
            "At the Royal Palace, Morocco's King Mohammed VI and Macron held talks.",
            "The talks covered energy and migration.");
        var talks = GraphAssert.EventOf(result.Graph, "leader:emmanuel-macron", "leader:mohammed-vi");
        var visit = Assert.Single(result.Graph.NodesOf<Event>(), e => e.EventKind == EventKind.Visit);

        GraphAssert.HasEdge(result.Graph, "PartOf", talks.Id, visit.Id);
        Assert.Contains("The talks", talks.Aliases.Items); // the main meeting, which later sentences speak of
        Assert.Contains("Macron-Mohammed VI talks", talks.Aliases.Items); // a monarch goes by his regnal name
    }

    [Theory]
    [InlineData("At the Royal Palace, Morocco's King Mohammed VI and Macron held talks.", "Macron arrived in Rabat on Monday for a three-day state visit to Morocco.")]
    [InlineData("Macron will make a state visit to Morocco next year.", "At the Royal Palace, Morocco's King Mohammed VI and Macron held talks.")]
    public void Apply_UndatedMeetingToldBeforeTheVisitOrAfterAnUndatedOne_IsNotPartOfIt(string first, string second)
    {
        var result = Some.Extract("Oct 29, 2024 18:00", "RABAT, Oct 29 (Wire)",
            "French President Emmanuel Macron addressed the Moroccan parliament on Tuesday.",
            "Crowds waving flags lined the streets of the capital.", "Lawmakers gave him a standing ovation.", first, second);

        Assert.DoesNotContain(result.Graph.EdgesOf<PartOf>(), e => ((Event)e.Target).EventKind == EventKind.Visit && ((Event)e.Source).EventKind == EventKind.Meeting);
    }

    [Fact]
    public void Apply_MeetingInAnotherCountry_IsNotPartOfTheVisit()
    {
        var result = Some.Extract("Jul 14, 2023 18:00", "JAKARTA, July 14 (Wire)",
            "Japanese Foreign Minister Yoshimasa Hayashi met Chinese Foreign Minister Wang Yi in Jakarta on Thursday.",
            "Hayashi has been invited to make a visit to China next month.");

        Assert.Empty(result.Graph.EdgesOf<PartOf>());
    }

    [Fact]
    public void Apply_MeetingOnTheSidelinesOfASummit_BelongsToTheSummitOnly()
    {
        var result = Some.Extract("Jun 27, 2019 18:00", "OSAKA, June 27 (Wire)",
            "Chinese President Xi Jinping met Japanese Prime Minister Shinzo Abe in Osaka on Thursday on the sidelines of the G20 summit.",
            "It is Xi's first visit to Japan as president.");
        var meeting = GraphAssert.EventOf(result.Graph, "leader:xi-jinping", "leader:shinzo-abe");

        var parent = Assert.Single(result.Graph.EdgesOf<PartOf>(), e => e.Source.Id == meeting.Id);
        Assert.NotEqual(EventKind.Visit, ((Event)parent.Target).EventKind);
    }

    [Fact]
    public void Apply_UndatedVisitToACityAndTalksInOneSentence_TalksArePartOfTheVisitAndHeldInTheCity()
    {
        var result = Some.Extract("May 27, 2024 18:00", "SEOUL, May 27 (Wire)",
            "President Yoon Suk Yeol met Chinese Premier Li Qiang on Sunday.",
            "The meeting came two weeks after Foreign Minister Cho Tae-yul visited Beijing and held talks with his Chinese counterpart Wang Yi on May 13.");
        var talks = GraphAssert.EventOf(result.Graph, "leader:cho-tae-yul", "leader:wang-yi");
        var visit = Assert.Single(result.Graph.NodesOf<Event>(), e => e.EventKind == EventKind.Visit);

        GraphAssert.HasEdge(result.Graph, "PartOf", talks.Id, visit.Id);
        GraphAssert.HasEdge(result.Graph, "HeldIn", talks.Id, "place:beijing");
    }

    [Fact]
    public void Apply_UndatedVisitToACityAndTalksInAnotherSentence_TalksAreNotPlacedInTheCity()
    {
        var result = Some.Extract("May 27, 2024 18:00", "SEOUL, May 27 (Wire)",
            "President Yoon Suk Yeol met Chinese Premier Li Qiang on Sunday.",
            "Foreign Minister Cho Tae-yul visited Shanghai in April.",
            "Cho held talks with his Chinese counterpart Wang Yi on May 13.");
        var talks = GraphAssert.EventOf(result.Graph, "leader:cho-tae-yul", "leader:wang-yi");

        Assert.DoesNotContain(result.Graph.OutEdges<HeldIn>(talks), e => e.Target.Id == "place:shanghai");
    }

    [Theory]
    [InlineData("Prime Minister Shinzo Abe ended his official visit to China on Saturday.", true)]
    [InlineData("Prime Minister Shinzo Abe wrapped up an official visit to China on Saturday.", true)]
    [InlineData("Prime Minister Shinzo Abe began an official visit to China on Saturday.", false)]
    public void Apply_MeetingBeforeTheDayAVisitEnded_IsPartOfTheVisit(string visit, bool partOf)
    {
        var result = Some.Extract("Oct 27, 2018 18:00", "BEIJING (Wire)",
            visit,
            "On Friday, Abe held talks with President Xi Jinping in Beijing.");
        var meeting = GraphAssert.EventOf(result.Graph, "leader:shinzo-abe", "leader:xi-jinping");
        var trip = Assert.Single(result.Graph.NodesOf<Event>(), e => e.EventKind == EventKind.Visit);

        Assert.Equal(partOf, result.Graph.Edges.Any(e => e.Kind == "PartOf" && e.Source.Id == meeting.Id && e.Target.Id == trip.Id));
        Assert.Equal(partOf ? new PartialDate(2018, 10) : new PartialDate(2018, 10, 27), trip.Date);
    }

    [Fact]
    public void Apply_SummitOfAGroupingToldWithTheVisit_IsNoPartOfIt()
    {
        var result = Some.Extract("Sep 22, 2024 09:00", "WILMINGTON, Sept. 21 (Wire)",
            "Prime Minister Narendra Modi met US President Joe Biden on Saturday.",
            "The meeting, held on the sidelines of the Quad Leaders' Summit, came at the start of PM Modi's three-day visit to the United States.",
            "Modi also joined Biden, Australian Prime Minister Anthony Albanese and Japanese Prime Minister Fumio Kishida for the Quad summit, held at Archmere Academy.");
        var visit = Assert.Single(result.Graph.NodesOf<Event>(), e => e.EventKind == EventKind.Visit).Id;
        var summit = Assert.Single(result.Graph.NodesOf<Event>(), e => e.EventKind == EventKind.Summit).Id;

        GraphAssert.HasEdge(result.Graph, "ParticipatedIn", "leader:joe-biden", summit);
        Assert.DoesNotContain(result.Graph.Edges, e => e.Kind == "PartOf" && e.Source.Id == summit && e.Target.Id == visit);
    }
}
