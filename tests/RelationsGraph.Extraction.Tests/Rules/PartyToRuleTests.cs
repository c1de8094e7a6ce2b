using RelationsGraph.Extraction.Tests.Support;

namespace RelationsGraph.Extraction.Tests.Rules;

public sealed class PartyToRuleTests
{
    [Fact]
    public void Apply_NamedBilateralTreaty_BothPartiesWithTheNameAsEvidence()
    {
        var result = Some.Story("Officials in Tokyo and Washington praised the Japan-U.S. Security Treaty.");

        foreach (var country in new[] { "country:jp", "country:us" })
        {
            Assert.Contains(GraphAssert.HasEdge(result.Graph, "PartyTo", country, "treaty:japan-us-security-treaty").Evidence, e => e.Text == "Japan-U.S. Security Treaty");
        }
    }

    [Fact]
    public void Apply_MultilateralCharter_NoPartiesFromTheArticle()
    {
        var result = Some.Story("Brazil and India invoked the Charter of the United Nations.");

        Assert.DoesNotContain(result.Graph.EdgesOf<PartyTo>(), e => !e.Evidence.IsReferenceOnly);
    }

    [Fact]
    public void Apply_CountriesThatSignedANewAgreement_ArePartiesToIt()
    {
        var result = Some.Story("Japan and the Philippines on Thursday signed a Reciprocal Access Agreement to ease troop visits.");

        GraphAssert.HasEdge(result.Graph, "PartyTo", "country:jp", "doc:reciprocal-access-agreement");
        GraphAssert.HasEdge(result.Graph, "PartyTo", "country:ph", "doc:reciprocal-access-agreement");
    }

    [Theory]
    [InlineData("The upgrade was set out in a joint statement issued by the two governments after the meeting.")]
    [InlineData("The council works under an agreement signed by Lula and Xi last year.")]
    public void Apply_NewDocumentIssuedByAGroupOrByLeaders_TheirCountriesAreParties(string sentence)
    {
        var result = Some.Story("Brazilian President Luiz Inacio Lula da Silva and Chinese President Xi Jinping met in Beijing on Thursday.", sentence);
        var document = Assert.Single(result.Graph.NodesOf<Document>());

        GraphAssert.HasEdge(result.Graph, "PartyTo", "country:br", document.Id);
        GraphAssert.HasEdge(result.Graph, "PartyTo", "country:cn", document.Id);
    }

    [Theory]
    [InlineData("Officials read a joint statement issued to the two countries by the United Nations.")]
    [InlineData("The leaders noted a joint statement issued by Moscow, which the two countries welcomed.")]
    public void Apply_NewDocumentIssuedByNoGroupOrLeaders_HasNoParties(string sentence)
    {
        var result = Some.Story("Brazilian President Luiz Inacio Lula da Silva and Chinese President Xi Jinping met in Beijing on Thursday.", sentence);

        Assert.Single(result.Graph.NodesOf<Document>());
        Assert.DoesNotContain(result.Graph.EdgesOf<PartyTo>(), e => !e.Evidence.IsReferenceOnly);
    }

    [Theory]
    [InlineData("A joint statement issued at the end of the visit said the two sides would expand trade.", 2)]
    [InlineData("A joint statement issued at the end of the visit, officials noted, set targets.", 0)]
    public void Apply_NewDocumentOpeningASentenceAsWhatSaidIt_TheMeetingsSidesAreParties(string sentence, int parties)
    {
        var result = Some.Story("Brazilian President Luiz Inacio Lula da Silva and Chinese President Xi Jinping met in Beijing on Thursday.", sentence);

        Assert.Equal(parties, result.Graph.EdgesOf<PartyTo>().Count(e => !e.Evidence.IsReferenceOnly));
    }

    [Fact]
    public void Apply_GroupOfKnownDocuments_NamesEachDocumentsParties()
    {
        var result = Some.Story("Xi said China and Japan must abide by the four political documents.");

        var edge = GraphAssert.HasEdge(result.Graph, "PartyTo", "country:jp", "doc:china-japan-joint-declaration-1998");
        Assert.Contains(edge.Evidence, e => e.Text == "the four political documents");
    }

    [Fact]
    public void Apply_GroupOfKnownDocuments_ItsCountriesArePartiesToTheSet()
    {
        var result = Some.Story("Xi said China and Japan must abide by the four political documents.");

        GraphAssert.HasEdge(result.Graph, "PartyTo", "country:cn", "doc:four-political-documents-between-china-and-japan");
        GraphAssert.HasEdge(result.Graph, "PartyTo", "country:jp", "doc:four-political-documents-between-china-and-japan");
    }

    [Fact]
    public void Apply_GroupByAnotherName_NamesEachDocumentsParties()
    {
        var result = Some.Story("The two leaders confirmed the principles of the four basic documents between Japan and China.");

        Assert.Contains(GraphAssert.HasEdge(result.Graph, "PartyTo", "country:cn", "doc:china-japan-joint-statement-2008").Evidence, e => !e.IsReference);
    }

    [Fact]
    public void Apply_NewDocumentNamedForTwoCountries_BothArePartiesToIt()
    {
        var result = Some.Story("The visit builds on the Japan-Australia Reciprocal Access Agreement.");

        var edge = GraphAssert.HasEdge(result.Graph, "PartyTo", "country:jp", "doc:japan-australia-reciprocal-access-agreement");
        Assert.Contains(edge.Evidence, e => e.Text == "Japan-Australia Reciprocal Access Agreement");
        GraphAssert.HasEdge(result.Graph, "PartyTo", "country:au", "doc:japan-australia-reciprocal-access-agreement");
    }

    [Theory]
    [InlineData("The headline product is the Tokyo Declaration for Japan-India Special Strategic and Global Partnership.", 2)]
    [InlineData("The headline product is the Tokyo Declaration for Asia-Pacific Special Strategic and Global Partnership.", 0)]
    [InlineData("The headline product is the India Declaration for Japan-Australia Special Strategic and Global Partnership.", 2)]
    public void Apply_NewDocumentNamedForTwoCountriesAfterFor_BothArePartiesToIt(string sentence, int parties)
    {
        var result = Some.Story(sentence);

        Assert.Equal(parties, result.Graph.EdgesOf<PartyTo>().Count());
    }

    [Fact]
    public void Apply_NewDocumentBetweenTwoGovernments_BothArePartiesToIt()
    {
        var result = Some.Story(
            "Officials recalled the Joint Communique between the Government of Malaysia and the Government of the People's Republic of China.");

        const string Id = "doc:joint-communique-between-the-government-of-malaysia-and-the-government-of-the-peoples-republic-of-china";
        GraphAssert.HasEdge(result.Graph, "PartyTo", "country:my", Id);
        GraphAssert.HasEdge(result.Graph, "PartyTo", "country:cn", Id);
    }

    [Fact]
    public void Apply_NewDocumentNamedForARegion_NoParties()
    {
        var result = Some.Story("India and Australia discussed the Asia-Pacific Trade Agreement.");

        Assert.DoesNotContain(result.Graph.EdgesOf<PartyTo>(), e => !e.Evidence.IsReferenceOnly);
    }

    [Fact]
    public void Apply_NewDocumentNamedForOneCountry_ThatCountryIsNoParty()
    {
        var result = Some.Story("The leaders welcomed progress on the Japan Official Security Assistance Agreement.");

        Assert.DoesNotContain(result.Graph.EdgesOf<PartyTo>(), e => !e.Evidence.IsReferenceOnly);
    }

    [Theory]
    [InlineData("In a joint statement, the two leaders said they shared a commitment to freedom of navigation.")]
    [InlineData("In a joint statement issued after the meeting, the two leaders said they shared a commitment to freedom of navigation.")]
    public void Apply_JointStatementFramingTheSentence_IsTheMeetingSidesStatement(string sentence)
    {
        var result = Some.Extract("Nov 3, 2023 20:00", "MANILA, Nov. 3 (Wire)",
            "Philippine President Ferdinand Marcos Jr. and Japanese Prime Minister Fumio Kishida met in Manila on Friday.",
            sentence);

        var statement = Assert.Single(result.Graph.NodesOf<Document>());
        GraphAssert.HasEdge(result.Graph, "PartyTo", "country:ph", statement.Id);
        GraphAssert.HasEdge(result.Graph, "PartyTo", "country:jp", statement.Id);
    }

    [Fact]
    public void Apply_JointStatementIssuedWithoutAClosingComma_FramesNothingAndHasNoParties()
    {
        var result = Some.Extract("Nov 3, 2023 20:00", "MANILA, Nov. 3 (Wire)",
            "Philippine President Ferdinand Marcos Jr. and Japanese Prime Minister Fumio Kishida met in Manila on Friday.",
            "In a joint statement issued after the meeting the two leaders spoke of freedom of navigation and of much else besides that day.");

        Assert.Single(result.Graph.NodesOf<Document>()); // issued: a document, but no frame of what the sides said
        Assert.DoesNotContain(result.Graph.EdgesOf<PartyTo>(), e => !e.Evidence.IsReferenceOnly);
    }

    [Theory]
    [InlineData("Putin said the commitments were set out in a separate memorandum of understanding signed between Russia and the UN.", new[] { "country:ru" })]
    [InlineData("Officials recalled a separate agreement signed between Russia and Turkey last year.", new[] { "country:ru", "country:tr" })]
    public void Apply_DocumentSignedBetweenCountries_HasThemAsParties(string sentence, string[] parties)
    {
        var result = Some.Story("Turkish President Recep Tayyip Erdogan met Russian President Vladimir Putin in Sochi on Monday.", sentence);
        var document = Assert.Single(result.Graph.NodesOf<Document>());

        Assert.Equal(parties, result.Graph.EdgesOf<PartyTo>().Where(e => e.Target.Id == document.Id).Select(e => e.Source.Id).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Apply_DocumentListedAmongThoseSigned_TheMeetingsSidesAreParties()
    {
        var result = Some.Story(
            "Brazilian President Luiz Inacio Lula da Silva and Chinese President Xi Jinping met in Beijing on Thursday.",
            "The documents signed on Thursday include a memorandum of understanding (MoU) on maritime safety, an MoU on blue economy cooperation and a protocol on durian exports.");

        var documents = result.Graph.NodesOf<Document>().ToList();
        Assert.Equal(3, documents.Count);
        foreach (var document in documents)
        {
            GraphAssert.HasEdge(result.Graph, "PartyTo", "country:br", document.Id);
            GraphAssert.HasEdge(result.Graph, "PartyTo", "country:cn", document.Id);
        }
    }

    [Theory]
    [InlineData("Several agreements were exchanged in the presence of the two leaders.", 2)]
    [InlineData("The two leaders spoke to reporters after the talks.", 0)]
    public void Apply_ListOfTheSentenceBeforeSigned_TheMeetingsSidesAreParties(string before, int documents)
    {
        var result = Some.Story(
            "Brazilian President Luiz Inacio Lula da Silva and Chinese President Xi Jinping met in Beijing on Thursday.",
            before,
            "They included a Memorandum of Understanding on cooperation in renewable energy and a protocol on durian exports.");

        var found = result.Graph.NodesOf<Document>().ToList();
        Assert.Equal(documents, found.Count);
        Assert.DoesNotContain(found, d => d.Name == "Memorandum of Understanding");
        foreach (var document in found)
        {
            GraphAssert.HasEdge(result.Graph, "PartyTo", "country:br", document.Id);
            GraphAssert.HasEdge(result.Graph, "PartyTo", "country:cn", document.Id);
        }
    }

    [Fact]
    public void Apply_NewDocumentNamedForTwoCountriesByTheirAdjectives_BothArePartiesToIt()
    {
        var result = Some.Story("The new accord builds on the Polish-French Treaty of Friendship and Solidarity.");

        GraphAssert.HasEdge(result.Graph, "PartyTo", "country:pl", "doc:polish-french-treaty-of-friendship-and-solidarity");
        GraphAssert.HasEdge(result.Graph, "PartyTo", "country:fr", "doc:polish-french-treaty-of-friendship-and-solidarity");
    }
}
