using RelationsGraph.Extraction.Tests.Support;

namespace RelationsGraph.Extraction.Tests.Rules;

/// <summary>Numbered sessions of bodies the knowledge base lacks ("the 13th session of the Intergovernmental Commission"): events of their own.</summary>
public sealed class SessionOfABodyTests
{
    [Fact]
    public void Apply_NumberedSessionCoChairedByTwoLeaders_IsTheBodysEventBothTakePartIn()
    {
        var result = Some.Extract("Jan 26, 2024 20:41", "TBILISI, Jan 26 (Wire)",
            "Armenian Prime Minister Nikol Pashinyan and Georgian Prime Minister Irakli Garibashvili co-chaired the 13th session of the Intergovernmental Commission for Economic Cooperation in Tbilisi on Friday.");
        var session = Assert.Single(result.Graph.NodesOf<Event>(), e => e.Ordinal == 13);

        Assert.Equal("13th session of the Intergovernmental Commission for Economic Cooperation", session.Name);
        GraphAssert.HasEdge(result.Graph, "ParticipatedIn", "leader:nikol-pashinyan", session.Id);
        GraphAssert.HasEdge(result.Graph, "ParticipatedIn", "leader:irakli-garibashvili", session.Id);
        GraphAssert.HasEdge(result.Graph, "OrganizedBy", session.Id, "org:intergovernmental-commission-for-economic-cooperation");
    }

    [Fact]
    public void Apply_SessionNamedAgainByTheBodysShorterName_IsOneEventNamedInFull()
    {
        var result = Some.Extract("Dec 5, 2023 08:00", "Doha, Qatar:",
            "President Recep Tayyip Erdogan attended the 9th session of the Qatari-Turkish Supreme Strategic Committee at Lusail Palace yesterday.",
            "The Joint Declaration of the 9th session of the Supreme Strategic Committee was signed by the two foreign ministers.");
        var session = Assert.Single(result.Graph.NodesOf<Event>(), e => e.Ordinal == 9);

        Assert.Equal("9th session of the Qatari-Turkish Supreme Strategic Committee", session.Name);
        GraphAssert.HasEdge(result.Graph, "ParticipatedIn", "leader:recep-tayyip-erdogan", session.Id);
    }

    [Theory]
    [InlineData("Pashinyan attended a session of the Intergovernmental Commission for Economic Cooperation in Tbilisi.")]
    [InlineData("Pashinyan attended the session of the Intergovernmental Commission for Economic Cooperation in Tbilisi.")]
    public void Apply_SessionWithoutANumber_IsNoEdition(string sentence)
    {
        var result = Some.Extract("Jan 26, 2024 20:41", "TBILISI, Jan 26 (Wire)", sentence);

        Assert.DoesNotContain(result.Graph.NodesOf<Event>(), e => e.EventKind == EventKind.Summit);
    }

    [Fact]
    public void Apply_PronounWhoChairedASession_IsNoParticipantByThatVerb()
    {
        var result = Some.Extract("Jan 26, 2024 20:41", "TBILISI, Jan 26 (Wire)",
            "Armenian Prime Minister Nikol Pashinyan arrived in Tbilisi on Friday.",
            "Later he chaired the 13th session of the Intergovernmental Commission for Economic Cooperation.");
        var session = Assert.Single(result.Graph.NodesOf<Event>(), e => e.Ordinal == 13);

        Assert.DoesNotContain(result.Graph.Edges, e => e.Kind == "ParticipatedIn" && e.Target.Id == session.Id);
    }
}
