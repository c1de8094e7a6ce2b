using RelationsGraph.Extraction.Tests.Support;

namespace RelationsGraph.Extraction.Tests.Rules;

public sealed class DiscussedRuleTests
{
    private const string Lead = "German Chancellor Olaf Scholz met Chinese Premier Li Qiang in Berlin on Thursday.";

    private static string Meeting(KnowledgeGraph graph) => GraphAssert.EventOf(graph, "leader:olaf-scholz", "leader:li-qiang").Id;

    [Fact]
    public void Apply_TopicsAParticipantRaised_WereDiscussedAtTheMeeting()
    {
        var result = Some.Story(Lead, "Scholz raised the war in Ukraine and said both sides should keep supply chains open.");

        GraphAssert.HasEdge(result.Graph, "Discussed", Meeting(result.Graph), "topic:ukraine");
        GraphAssert.HasEdge(result.Graph, "Discussed", Meeting(result.Graph), "topic:supply-chains");
    }

    [Fact]
    public void Apply_TwoMeetingsInOneSentence_EachTopicGoesToTheMeetingToldBeforeIt()
    {
        var result = Some.Extract("Mar 26, 2025 20:00", "KINGSTON, March 26 (Wire) -",
            "US Secretary of State Marco Rubio met Barbados Prime Minister Mia Mottley in Kingston on Wednesday.",
            "In his talks with Mottley, Rubio discussed climate change, while his meeting with Trinidad and Tobago Prime Minister Stuart Young touched on energy security.");
        var mottley = GraphAssert.EventOf(result.Graph, "leader:marco-rubio", "leader:mia-mottley").Id;
        var young = GraphAssert.EventOf(result.Graph, "leader:marco-rubio", "leader:stuart-young").Id;

        GraphAssert.HasEdge(result.Graph, "Discussed", mottley, "topic:climate-change");
        GraphAssert.HasEdge(result.Graph, "Discussed", young, "topic:energy-security");
        GraphAssert.NoEdge(result.Graph, "Discussed", mottley, "topic:energy-security");
    }

    [Theory]
    [InlineData("According to both sides, the war in Ukraine took up a large part of the meeting.", "topic:ukraine")]
    [InlineData("The war in Ukraine dominated the meeting on Thursday.", "topic:ukraine")]
    [InlineData("The two sides want to cooperate more closely on green hydrogen and renewable energy.", "topic:green-hydrogen")]
    public void Apply_TopicsTheMeetingWasTakenUpWithOrTheSidesWantToCooperateOn_WereDiscussed(string sentence, string topic)
    {
        var result = Some.Story(Lead, sentence);

        GraphAssert.HasEdge(result.Graph, "Discussed", Meeting(result.Graph), topic);
    }

    [Fact]
    public void Apply_TopicsTheLeadersPaidAttentionTo_WereDiscussedAtTheMeeting()
    {
        var result = Some.Story(Lead, "The two leaders paid particular attention to cooperation in the fields of energy, transport and health.");

        GraphAssert.HasEdge(result.Graph, "Discussed", Meeting(result.Graph), "topic:energy");
        GraphAssert.HasEdge(result.Graph, "Discussed", Meeting(result.Graph), "topic:health");
    }

    [Theory]
    [InlineData("The meeting, which took place at the chancellery, centred on energy, transport and health.")]
    [InlineData("The meeting, which took place at the chancellery, revolved around energy, transport and health.")]
    public void Apply_TopicsTheMeetingCentredOn_WereDiscussedAtIt(string sentence)
    {
        var result = Some.Story(Lead, sentence);

        GraphAssert.HasEdge(result.Graph, "Discussed", Meeting(result.Graph), "topic:energy");
        GraphAssert.HasEdge(result.Graph, "Discussed", Meeting(result.Graph), "topic:health");
    }

    [Theory]
    [InlineData("The text also covers supply chains and climate change, and the two leaders also raised the war in Ukraine.")]
    [InlineData("The agreements cover supply chains and climate change, Scholz said, and the war in Ukraine was raised.")]
    public void Apply_TopicsADocumentCovers_AreNotWhatTheMeetingDiscussed(string sentence)
    {
        var result = Some.Story(Lead, sentence);

        GraphAssert.NoEdge(result.Graph, "Discussed", Meeting(result.Graph), "topic:supply-chains");
        GraphAssert.NoEdge(result.Graph, "Discussed", Meeting(result.Graph), "topic:climate-change");
        GraphAssert.HasEdge(result.Graph, "Discussed", Meeting(result.Graph), "topic:ukraine");
    }

    [Fact]
    public void Apply_TopicsTheTalksCovered_WereDiscussed()
    {
        var result = Some.Story(Lead, "The talks also covered supply chains and climate change, Scholz said.");

        GraphAssert.HasEdge(result.Graph, "Discussed", Meeting(result.Graph), "topic:supply-chains");
    }

    [Fact]
    public void Apply_TopicInABackgroundSentence_IsATopicButNotDiscussed()
    {
        var result = Some.Story(Lead, "Exports of electric vehicles have surged since the climate crisis took hold in Europe.");

        Assert.NotNull(result.Graph.GetNode<Topic>("topic:climate-change"));
        Assert.Empty(result.Graph.EdgesOf<Discussed>());
    }

    [Theory]
    [InlineData("Among the matters discussed were the Belt and Road Initiative and food security.")]
    [InlineData("Issues raised included the Belt and Road Initiative and food security.")]
    [InlineData("The Belt and Road Initiative and food security were also on the agenda.")]
    [InlineData("The Belt and Road Initiative and food security took up a large part of the agenda.")]
    [InlineData("The Belt and Road Initiative and food security were also on the table.")]
    [InlineData("The Belt and Road Initiative and food security were among the topics of the day.")]
    [InlineData("The Belt and Road Initiative, a flagship of Xi's diplomacy, and food security were also discussed.")]
    public void Apply_ListOfWhatWasDiscussedNamingNoEvent_TopicsGoToTheMainEvent(string list)
    {
        var result = Some.Story(Lead, list);

        GraphAssert.HasEdge(result.Graph, "Discussed", Meeting(result.Graph), "topic:belt-and-road-initiative");
        GraphAssert.HasEdge(result.Graph, "Discussed", Meeting(result.Graph), "topic:food-security");
    }

    [Theory]
    [InlineData("The Belt and Road Initiative and food security were left at the table.")]
    [InlineData("The Belt and Road Initiative and food security sat on the table of the delegates.")]
    public void Apply_TableThatIsNoAgenda_DiscussesNothing(string sentence)
    {
        var result = Some.Story(Lead, sentence);

        Assert.DoesNotContain(result.Graph.EdgesOf<Discussed>(), e => e.Target.Id == "topic:food-security");
    }

    [Theory]
    [InlineData("They issued a joint statement. The joint statement also touched on food security and the Belt and Road Initiative.")]
    [InlineData("They issued a joint statement. The joint statement stressed food security and the Belt and Road Initiative.")]
    public void Apply_TheStorysStatementStatingTopics_TopicsGoToTheMainEvent(string sentences)
    {
        var result = Some.Story([Lead, .. sentences.Split(". ").Select(x => x.TrimEnd('.') + ".")]);

        GraphAssert.HasEdge(result.Graph, "Discussed", Meeting(result.Graph), "topic:food-security");
    }

    [Theory]
    [InlineData("The 1972 Joint Communique stressed food security and the Belt and Road Initiative.")]
    [InlineData("They issued a joint statement. The joint statement was printed on paper about food security.")]
    public void Apply_AnOldDocumentOrNoWordOfStating_DiscussesNothing(string sentences)
    {
        var result = Some.Story([Lead, .. sentences.Split(". ").Select(x => x.TrimEnd('.') + ".")]);

        Assert.Empty(result.Graph.EdgesOf<Discussed>());
    }

    [Theory]
    [InlineData("Among the matters pending were the Belt and Road Initiative and food security.")]
    [InlineData("Droughts raised fears for the Belt and Road Initiative and food security.")]
    [InlineData("The Belt and Road Initiative and food security top China's agenda.")]
    public void Apply_SentenceThatListsNoAgenda_DiscussesNothing(string sentence)
    {
        var result = Some.Story(Lead, sentence);

        Assert.Empty(result.Graph.EdgesOf<Discussed>());
    }

    [Fact]
    public void Apply_TopicInAClauseOfTime_IsNotDiscussed()
    {
        var result = Some.Story(Lead, "The meeting took place a week after Li said export controls would be tightened.");

        GraphAssert.NoEdge(result.Graph, "Discussed", Meeting(result.Graph), "topic:export-controls");
    }

    [Fact]
    public void Apply_ClauseOfTimeThatTellsTheTalks_TopicsWereDiscussed()
    {
        var result = Some.Story(
            "German Chancellor Olaf Scholz welcomed Chinese Premier Li Qiang in Berlin on Thursday, before the two leaders withdrew for talks dominated by supply chains, export controls and the war in Ukraine.");

        GraphAssert.HasEdge(result.Graph, "Discussed", Meeting(result.Graph), "topic:supply-chains");
        GraphAssert.HasEdge(result.Graph, "Discussed", Meeting(result.Graph), "topic:export-controls");
    }

    [Fact]
    public void Apply_SentenceAboutAVisitOfAnEarlierMonth_TopicsGoToThatVisit()
    {
        var result = Some.Story(Lead, "Li made an official visit to Berlin in February, when he and Scholz agreed to fight climate change.");

        var visit = Assert.Single(result.Graph.NodesOf<Event>(), e => e.Id == "event:2023-02-visit-li-qiang-de");
        GraphAssert.HasEdge(result.Graph, "Discussed", visit.Id, "topic:climate-change");
        GraphAssert.NoEdge(result.Graph, "Discussed", Meeting(result.Graph), "topic:climate-change");
    }

    [Fact]
    public void Apply_SentenceNamingTheMeetingAndAnEarlierVisit_TopicsGoToTheMeeting()
    {
        var result = Some.Story(Lead, "The meeting came after Li visited Berlin in February, and both leaders agreed to fight climate change.");

        GraphAssert.HasEdge(result.Graph, "Discussed", Meeting(result.Graph), "topic:climate-change");
    }

    [Fact]
    public void Apply_SentenceAboutAVisitOfThisMonth_TopicsGoToTheMeeting()
    {
        var result = Some.Story(Lead, "Li is on a three-day visit to Germany, and he and Scholz agreed to fight climate change.");

        GraphAssert.HasEdge(result.Graph, "Discussed", Meeting(result.Graph), "topic:climate-change");
    }

    [Fact]
    public void Apply_LaterSentenceTheEarlierVisitTookIn_TopicsGoToTheMeeting()
    {
        var result = Some.Story(Lead,
            "Li visited Berlin in February.",
            "Li is on a three-day visit to Germany, and he and Scholz agreed to fight climate change.");

        GraphAssert.HasEdge(result.Graph, "Discussed", Meeting(result.Graph), "topic:climate-change");
    }

    [Fact]
    public void Apply_TalksOnAnEnumerationOfFields_DiscussedEachField()
    {
        var result = Some.Story(Lead, "Scholz and Li held talks on deepening cooperation in hydrogen storage, rail freight and clean energy.");

        foreach (var topic in new[] { "topic:hydrogen-storage", "topic:rail-freight", "topic:clean-energy" })
        {
            GraphAssert.HasEdge(result.Graph, "Discussed", Meeting(result.Graph), topic);
        }
    }

    [Fact]
    public void Apply_TopicInTheAppositiveOfTheSubjects_IsNotDiscussed()
    {
        var result = Some.Story(Lead, "Food security, a matter of the Belt and Road Initiative, was one of the main topics of the day.");

        GraphAssert.HasEdge(result.Graph, "Discussed", Meeting(result.Graph), "topic:food-security");
        Assert.DoesNotContain(result.Graph.EdgesOf<Discussed>(), e => e.Target.Id == "topic:belt-and-road-initiative");
    }

    [Fact]
    public void Apply_TalksOnTheSidelinesOfASummitWhoseCoChairsAreKnown_TopicsGoToTheTalks()
    {
        var result = Some.Extract("Jul 29, 2023 09:00", "ST PETERSBURG, July 28 (Wire)",
            "President Mnangagwa held talks with Russian President Vladimir Putin on the sidelines of the second Russia-Africa Summit in St Petersburg, with the two leaders agreeing to deepen cooperation in agriculture and mining.",
            "The summit was co-chaired by President Putin and Comoros President Azali Assoumani.");
        var talks = GraphAssert.EventOf(result.Graph, "leader:emmerson-mnangagwa", "leader:vladimir-putin").Id;
        var summit = Assert.Single(result.Graph.NodesOf<Event>(), e => e.EventKind == EventKind.Summit).Id;

        GraphAssert.HasEdge(result.Graph, "ParticipatedIn", "leader:azali-assoumani", summit);
        GraphAssert.HasEdge(result.Graph, "Discussed", talks, "topic:agriculture");
        Assert.DoesNotContain(result.Graph.Edges, e => e.Kind == "Discussed" && e.Source.Id == summit);
    }
}
