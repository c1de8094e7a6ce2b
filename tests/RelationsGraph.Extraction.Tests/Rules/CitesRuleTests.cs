using RelationsGraph.Extraction.Tests.Support;

namespace RelationsGraph.Extraction.Tests.Rules;

public sealed class CitesRuleTests
{
    private const string Lead = "Chinese President Xi Jinping met U.S. President Joe Biden on Thursday.";

    [Fact]
    public void Apply_ParticipantCitesTheDocumentGroup_TheMeetingCitesTheSetAndEachDocument()
    {
        var result = Some.Story(Lead, "Xi said Washington should act in accordance with the three joint communiques.");
        var meeting = GraphAssert.EventOf(result.Graph, "leader:xi-jinping", "leader:joe-biden");

        foreach (var document in new[] { "doc:three-joint-communiques-between-china-and-the-united-states", "doc:shanghai-communique", "doc:china-us-joint-communique-1979", "doc:august-17-communique" })
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
    public void Apply_DocumentBeforeACommaAndAnotherVerb_IsNotTheCiter()
    {
        var result = Some.Story(
            "Chinese Foreign Minister Wang Yi met Japanese Foreign Minister Yoshimasa Hayashi in Jakarta on Thursday.",
            "Wang said the China-Japan Treaty of Peace and Friendship was signed 45 years ago.",
            "He called on the two sides to return to the original aspiration of the treaty, adhere to the principles laid down in the four political documents and build ties for the new era.");
        var meeting = GraphAssert.EventOf(result.Graph, "leader:wang-yi", "leader:yoshimasa-hayashi");

        GraphAssert.HasEdge(result.Graph, "Cites", meeting.Id, "doc:china-japan-joint-communique-1972");
        Assert.DoesNotContain(result.Graph.EdgesOf<Cites>(), c => c.Source.Id == "treaty:china-japan-treaty-of-peace-and-friendship" && !c.Evidence.IsReferenceOnly);
    }

    [Fact]
    public void Apply_CitationInABackgroundSentence_CitesNothing()
    {
        var result = Some.Story(Lead, "The two countries normalized relations in 1979 under the Joint Communique on the Establishment of Diplomatic Relations.");

        Assert.DoesNotContain(result.Graph.EdgesOf<Cites>(), c => !c.Evidence.IsReferenceOnly);
    }

    [Fact]
    public void Apply_PrinciplesEstablishedInADocument_TheMeetingCitesIt()
    {
        var result = Some.Story(Lead, "Xi said the two countries should follow the principles established in the Shanghai Communique.");

        var cites = (Cites)GraphAssert.HasEdge(result.Graph, "Cites", GraphAssert.EventOf(result.Graph, "leader:xi-jinping", "leader:joe-biden").Id, "doc:shanghai-communique");
        Assert.Equal("established in", cites.Verb);
    }

    private const string SeoulLead = "Chinese Premier Li Qiang met Japanese Prime Minister Fumio Kishida in Seoul on Sunday.";

    [Fact]
    public void Apply_MeetingDescribedAfterTheCitation_TheMainEventCites()
    {
        var result = Some.Extract("May 26, 2024 20:00", "SEOUL, May 26 (Wire)", SeoulLead,
            "China is willing to follow the principles established in the four political documents, Li said, adding that the two sides should act on "
            + "the understandings reached by President Xi Jinping and Prime Minister Kishida when they met in San Francisco last November.");
        var main = GraphAssert.EventOf(result.Graph, "leader:li-qiang", "leader:fumio-kishida");
        var earlier = GraphAssert.EventOf(result.Graph, "leader:xi-jinping", "leader:fumio-kishida");

        GraphAssert.HasEdge(result.Graph, "Cites", main.Id, "treaty:china-japan-treaty-of-peace-and-friendship");
        GraphAssert.NoEdge(result.Graph, "Cites", earlier.Id, "treaty:china-japan-treaty-of-peace-and-friendship");
    }

    [Fact]
    public void Apply_MeetingDescribedBeforeTheCitation_ThatMeetingCites()
    {
        var result = Some.Extract("May 26, 2024 20:00", "SEOUL, May 26 (Wire)", SeoulLead,
            "When President Xi Jinping and Prime Minister Kishida met in San Francisco last November, they said they would abide by the four political documents.");
        var main = GraphAssert.EventOf(result.Graph, "leader:li-qiang", "leader:fumio-kishida");
        var earlier = GraphAssert.EventOf(result.Graph, "leader:xi-jinping", "leader:fumio-kishida");

        GraphAssert.HasEdge(result.Graph, "Cites", earlier.Id, "treaty:china-japan-treaty-of-peace-and-friendship");
        GraphAssert.NoEdge(result.Graph, "Cites", main.Id, "treaty:china-japan-treaty-of-peace-and-friendship");
    }

    [Theory]
    [InlineData("Biden said his government upholds the positions of previous administrations as a whole, including the Shanghai Communique.", true)]
    [InlineData("Biden said his government upholds its positions as the Shanghai Communique turns fifty.", false)]
    public void Apply_DocumentAfterAs_IsInTheCuesClauseUnlessAsOpensAnother(string sentence, bool cited)
    {
        var result = Some.Story(Lead, sentence);
        var meeting = GraphAssert.EventOf(result.Graph, "leader:xi-jinping", "leader:joe-biden");

        Assert.Equal(cited, result.Graph.EdgesOf<Cites>().Any(c => c.Source.Id == meeting.Id && c.Target.Id == "doc:shanghai-communique"));
    }
}
