using RelationsGraph.Extraction.Tests.Support;

namespace RelationsGraph.Extraction.Tests.Rules;

public sealed class CitesRuleTests
{
    private const string Lead = "Chinese President Xi Jinping met U.S. President Joe Biden on Thursday.";

    [Fact]
    public void Apply_ParticipantCitesTheDocumentGroup_TheMeetingCitesEachDocument()
    {
        var result = Some.Story(Lead, "Xi said Washington should act in accordance with the three joint communiques.");
        var meeting = GraphAssert.EventOf(result.Graph, "leader:xi-jinping", "leader:joe-biden");

        foreach (var document in new[] { "doc:shanghai-communique", "doc:china-us-joint-communique-1979", "doc:august-17-communique" })
        {
            var cites = (Cites)GraphAssert.HasEdge(result.Graph, "Cites", meeting.Id, document);
            Assert.Equal("in accordance with", cites.Verb);
        }
    }

    [Fact]
    public void Apply_AsStatedIn_CitesTheNamedDocument()
    {
        var result = Some.Story(Lead, "Biden said the U.S. position, as stated in the Shanghai Communique, had not changed.");

        GraphAssert.HasEdge(result.Graph, "Cites", GraphAssert.EventOf(result.Graph, "leader:xi-jinping", "leader:joe-biden").Id, "doc:shanghai-communique");
    }

    [Fact]
    public void Apply_BothSidesAgreeInLineWithADocument_TheMeetingCitesIt()
    {
        var result = Some.Story(Lead, "The two sides agreed to manage their differences in line with the Shanghai Communique.");

        GraphAssert.HasEdge(result.Graph, "Cites", GraphAssert.EventOf(result.Graph, "leader:xi-jinping", "leader:joe-biden").Id, "doc:shanghai-communique");
    }

    [Fact]
    public void Apply_SidesNamedOnlyAfterTheCue_CitesNothing()
    {
        var result = Some.Story(Lead, "Officials say the matter was settled under the Shanghai Communique between the two countries.");

        Assert.DoesNotContain(result.Graph.EdgesOf<Cites>(), c => c.Source is Event);
    }

    [Fact]
    public void Apply_DocumentWhosePreambleRecallsAnother_TheFirstCitesTheSecond()
    {
        var result = Some.Story("Japan signed the Japan-U.S. Security Treaty, whose preamble recalls the Charter of the United Nations, in 1960.");

        GraphAssert.HasEdge(result.Graph, "Cites", "treaty:japan-us-security-treaty", "doc:un-charter");
    }

    [Fact]
    public void Apply_CitationInABackgroundSentence_CitesNothing()
    {
        var result = Some.Story(Lead, "The two countries normalized relations in 1979 under the Joint Communique on the Establishment of Diplomatic Relations.");

        Assert.DoesNotContain(result.Graph.EdgesOf<Cites>(), c => !c.Evidence.IsReferenceOnly);
    }
}
