using System.Text;
using RelationsGraph.Extraction.Scoring;

namespace RelationsGraph.Extraction.Tests.Scoring;

public sealed class ScorerTests
{
    private static readonly Evidence Here = Evidence.FromArticle("a", 0, 0, 2, "Xi");

    private static GoldFile Gold(string entities, string relations) =>
        GoldFile.Parse(Encoding.UTF8.GetBytes($$"""{"article": "a", "entities": [{{entities}}], "relations": [{{relations}}]}"""), "a.gold.json");

    private static readonly Leader Xi = new() { Id = "leader:xi-jinping", Name = "Xi Jinping", Aliases = ["Xi"] };
    private static readonly Leader Kishida = new() { Id = "leader:fumio-kishida", Name = "Fumio Kishida" };
    private static readonly Country China = new() { Id = "country:cn", Name = "China", Aliases = ["People's Republic of China"] };

    [Fact]
    public void Score_NamesAndAliasesFoldedAndKindsMatching_AllMatch()
    {
        var graph = new KnowledgeGraph();
        graph.AddLeaderOf(Xi, China, Here);
        graph.AddPartyTo(China, new Treaty { Id = "treaty:t", Name = "Treaty of Peace" }, Here);
        var gold = Gold(
            """{"type": "Leader", "name": "XI  JINPING", "aliases": []}, {"type": "Country", "name": "the People’s Republic of China", "aliases": ["Peoples Republic of China"]}, {"type": "Document", "name": "treaty of peace", "aliases": []}""",
            """{"type": "LeaderOf", "from": "XI  JINPING", "to": "the People’s Republic of China"}, {"type": "PartyTo", "from": "the People’s Republic of China", "to": "treaty of peace"}""");

        var score = Scorer.Score(graph, gold);

        Assert.Equal(new Score(3, 0, 0), score.Entities);
        Assert.Equal(new Score(2, 0, 0), score.Relations);
    }

    [Fact]
    public void Score_ReferenceOnlyNodesAndEdges_AreNotCountedAgainstTheArticle()
    {
        var graph = new KnowledgeGraph();
        graph.AddLeaderOf(Xi, China, Evidence.FromReference("kb"));
        graph.AddMentions(new Article { Id = "article:a", Name = "a" }, Xi, Here);

        var score = Scorer.Score(graph, Gold("""{"type": "Leader", "name": "Xi Jinping", "aliases": []}""", ""));

        Assert.Equal(new Score(1, 0, 0), score.Entities);
        Assert.Equal(new Score(0, 0, 0), score.Relations);
    }

    [Fact]
    public void Score_ParticipantsOfOneEvent_GiveMetWithOncePerPairInEitherDirection()
    {
        var graph = new KnowledgeGraph();
        var meeting = new Event { Id = "event:m", Name = "meeting" };
        graph.AddParticipatedIn(Xi, meeting, Here);
        graph.AddParticipatedIn(Kishida, meeting, Here);
        var second = new Event { Id = "event:n", Name = "call" };
        graph.AddParticipatedIn(Xi, second, Here);
        graph.AddParticipatedIn(Kishida, second, Here);
        var gold = Gold("""{"type": "Leader", "name": "Xi Jinping"}, {"type": "Leader", "name": "Fumio Kishida"}""",
            """{"type": "MetWith", "from": "Fumio Kishida", "to": "Xi Jinping"}""");

        var score = Scorer.Score(graph, gold);

        Assert.Equal(new Score(1, 4, 0), score.Relations); // MetWith matched; the four ParticipatedIn edges are not in this gold
        Assert.Equal(new Score(2, 2, 0), score.Entities);
    }

    [Fact]
    public void Score_TwoLeadersOnOneVisit_DidNotMeetThere()
    {
        var graph = new KnowledgeGraph();
        var visit = new Event { Id = "event:v", Name = "visit by Xi Jinping to Japan", EventKind = EventKind.Visit };
        graph.AddParticipatedIn(Xi, visit, Here);
        graph.AddParticipatedIn(new Leader { Id = "leader:wang-yi", Name = "Wang Yi" }, visit, Here);
        var gold = Gold("""{"type": "Leader", "name": "Xi Jinping"}, {"type": "Leader", "name": "Wang Yi"}""", "");

        var score = Scorer.Score(graph, gold);

        Assert.Equal(new Score(0, 2, 0), score.Relations); // the two ParticipatedIn edges; no MetWith between the visitor and his party
    }

    [Fact]
    public void Score_NodesSharingAnAliasWithSeveralGoldEntities_EachMatchesTheOneItAlsoNames()
    {
        var graph = new KnowledgeGraph();
        var chinh = new Event { Id = "event:chinh", Name = "meeting between Pham Minh Chinh and Xi Jinping in Hanoi", Aliases = ["separate meetings", "meeting between Xi Jinping and Pham Minh Chinh"] };
        var hue = new Event { Id = "event:hue", Name = "meeting between Vuong Dinh Hue and Xi Jinping in Hanoi", Aliases = ["separate meetings", "meeting between Xi Jinping and Vuong Dinh Hue"] };
        graph.AddParticipatedIn(Xi, chinh, Here);
        graph.AddParticipatedIn(Xi, hue, Here);
        var gold = Gold(
            """{"type": "Leader", "name": "Xi Jinping"}, {"type": "Event", "name": "meeting between Xi Jinping and Vo Van Thuong", "aliases": ["separate meetings"]}, {"type": "Event", "name": "meeting between Xi Jinping and Pham Minh Chinh", "aliases": ["separate meetings"]}, {"type": "Event", "name": "meeting between Xi Jinping and Vuong Dinh Hue", "aliases": ["separate meetings"]}""",
            """{"type": "ParticipatedIn", "from": "Xi Jinping", "to": "meeting between Xi Jinping and Pham Minh Chinh"}, {"type": "ParticipatedIn", "from": "Xi Jinping", "to": "meeting between Xi Jinping and Vuong Dinh Hue"}""");

        var score = Scorer.Score(graph, gold);

        Assert.Equal(new Score(3, 0, 1), score.Entities); // the Thuong meeting was not extracted
        Assert.Equal(new Score(2, 0, 0), score.Relations);
    }

    [Fact]
    public void Score_TwoNodesForOneGoldEntity_OnlyOneMatches()
    {
        var graph = new KnowledgeGraph();
        graph.AddMentions(new Article { Id = "article:a", Name = "a" }, Xi, Here);
        graph.AddMentions(new Article { Id = "article:a", Name = "a" }, new Leader { Id = "leader:xi", Name = "Xi" }, Here);

        var score = Scorer.Score(graph, Gold("""{"type": "Leader", "name": "Xi Jinping", "aliases": ["Xi"]}""", ""));

        Assert.Equal(new Score(1, 1, 0), score.Entities);
        Assert.Single(score.SpuriousEntities);
    }

    [Fact]
    public void Score_NodeSharingOnlyAnAliasWithAGoldEntity_LeavesItToTheNodeThatNamesIt()
    {
        var graph = new KnowledgeGraph();
        var other = new Event { Id = "event:a-conversation", Name = "meeting between Alberto van Klaveren and Xi Jinping", Aliases = ["the conversation"] };
        var talks = new Event { Id = "event:b-talks", Name = "meeting between Gabriel Boric and Xi Jinping", Aliases = ["Boric-Xi talks", "the conversation"] };
        graph.AddParticipatedIn(Xi, other, Here);
        graph.AddParticipatedIn(Xi, talks, Here);
        var gold = Gold(
            """{"type": "Leader", "name": "Xi Jinping"}, {"type": "Event", "name": "Boric-Xi talks", "aliases": ["the conversation"]}""",
            """{"type": "ParticipatedIn", "from": "Xi Jinping", "to": "Boric-Xi talks"}""");

        var score = Scorer.Score(graph, gold);

        Assert.Contains("(event:a-conversation)", Assert.Single(score.SpuriousEntities), StringComparison.Ordinal);
        Assert.Equal(new Score(1, 1, 0), score.Relations);
    }

    [Fact]
    public void Score_NodeSharingOnlyAnAliasWithTwoGoldEntities_DoesNotPushTheNodeThatNamesOneOntoTheOther()
    {
        var graph = new KnowledgeGraph();
        var talks = new Event { Id = "event:a-talks", Name = "meeting between Hakainde Hichilema and Kamala Harris", Aliases = ["Harris-Hichilema talks", "talks"] };
        var other = new Event { Id = "event:b-other", Name = "meeting between Kamala Harris and Nana Akufo-Addo in Dar es Salaam", Aliases = ["talks"] };
        graph.AddParticipatedIn(Xi, talks, Here);
        graph.AddParticipatedIn(Kishida, other, Here);
        var gold = Gold(
            """{"type": "Leader", "name": "Xi Jinping"}, {"type": "Leader", "name": "Fumio Kishida"}, {"type": "Event", "name": "Harris-Hichilema talks", "aliases": ["talks"]}, {"type": "Event", "name": "Harris-Akufo-Addo talks in Accra", "aliases": ["talks"]}""",
            """{"type": "ParticipatedIn", "from": "Xi Jinping", "to": "Harris-Hichilema talks"}""");

        var score = Scorer.Score(graph, gold);

        Assert.Equal(new Score(1, 1, 0), score.Relations); // the talks' participant counts; the other node's is spurious
    }

    [Fact]
    public void Score_TwoNodesNamingOneGoldEntity_TheOneWithAnotherEntityByAliasMovesToIt()
    {
        var graph = new KnowledgeGraph();
        var earlier = new Event { Id = "event:a-earlier", Name = "meeting in 2023", Aliases = ["Prabowo-Biden meeting", "that meeting"] };
        var story = new Event { Id = "event:b-story", Name = "meeting in 2024", Aliases = ["Prabowo-Biden meeting"] };
        graph.AddParticipatedIn(Xi, earlier, Here);
        graph.AddParticipatedIn(Xi, story, Here);
        var gold = Gold(
            """{"type": "Leader", "name": "Xi Jinping"}, {"type": "Event", "name": "Prabowo-Biden meeting"}, {"type": "Event", "name": "Biden-Widodo meeting", "aliases": ["that meeting"]}""", "");

        var score = Scorer.Score(graph, gold);

        Assert.Equal(new Score(3, 0, 0), score.Entities);
    }

    [Fact]
    public void Score_F1_IsTheHarmonicMean()
    {
        var score = new Score(6, 2, 4);

        Assert.Equal(0.75, score.Precision, 6);
        Assert.Equal(0.6, score.Recall, 6);
        Assert.Equal(2 * 0.75 * 0.6 / 1.35, score.F1, 6);
        Assert.Equal(1, default(Score).F1);
    }
}
