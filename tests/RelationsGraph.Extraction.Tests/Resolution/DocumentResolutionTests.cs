using RelationsGraph.Extraction.Mentions;
using RelationsGraph.Extraction.Tests.Support;

namespace RelationsGraph.Extraction.Tests.Resolution;

public sealed class DocumentResolutionTests
{
    private const string Lead = "Brazilian President Luiz Inacio Lula da Silva and Chinese President Xi Jinping met in Beijing on Thursday.";

    [Fact]
    public void Resolve_TwoStatementsDescribedApart_AreTwoDocumentsWithBothSidesParties()
    {
        var result = Some.Story(Lead,
            "The two governments also issued a joint statement on deepening their comprehensive strategic partnership, as well as a separate joint statement on combating climate change, in which both pledged to do more.");

        var documents = result.Graph.NodesOf<Document>().OrderBy(d => d.Name, StringComparer.Ordinal).ToList();
        Assert.Equal(
            ["joint statement on combating climate change", "joint statement on deepening their comprehensive strategic partnership"],
            documents.Select(d => d.Name));
        Assert.Contains("a separate joint statement on combating climate change", documents[0].Aliases.Items);
        foreach (var document in documents)
        {
            GraphAssert.HasEdge(result.Graph, "PartyTo", "country:br", document.Id);
            GraphAssert.HasEdge(result.Graph, "PartyTo", "country:cn", document.Id);
        }
    }

    [Fact]
    public void Resolve_NewDescribedDocument_IsAlsoNamedByItsNounPhraseAlone()
    {
        var result = Some.Story(Lead, "Officials of the two countries signed a partner city agreement linking Suzhou and Recife.");

        var document = Assert.Single(result.Graph.NodesOf<Document>());
        Assert.Equal("partner city agreement linking Suzhou and Recife", document.Name);
        Assert.Contains("partner city agreement", document.Aliases.Items);
    }

    [Fact]
    public void Resolve_StatementDescribedAfterAnUndescribedOne_IsTheSameDocument()
    {
        var result = Some.Story(Lead,
            "The two governments issued a joint statement after the talks.",
            "The two governments issued a joint statement on deepening their partnership, officials said.");

        var document = Assert.Single(result.Graph.NodesOf<Document>());
        Assert.Contains("a joint statement on deepening their partnership", document.Aliases.Items);
    }

    [Fact]
    public void Resolve_UndescribedDocumentSignedBeforeTheTitleThatOpensWithItsWords_IsThatTitledDocument()
    {
        var result = Some.Story(Lead,
            "The two leaders signed a joint declaration that lifts relations to a strategic partnership.",
            "The Joint Declaration on a Strategic Partnership upgrades the ties the two countries agreed in 2015.");

        var document = Assert.Single(result.Graph.NodesOf<Document>());
        Assert.Equal("Joint Declaration on a Strategic Partnership", document.Name);
        Assert.Contains("a joint declaration", document.Aliases.Items);
    }

    [Fact]
    public void Resolve_DescribedDocumentSignedBeforeATitleThatPutsItsNounFirst_IsThatTitledDocument()
    {
        var result = Some.Story(Lead,
            "The two leaders signed a comprehensive strategic partnership treaty.",
            "They put their signatures to the Treaty on Comprehensive Strategic Partnership between the two countries at the palace.");

        var document = Assert.Single(result.Graph.NodesOf<Document>());
        Assert.Equal("Treaty on Comprehensive Strategic Partnership", document.Name);
        Assert.Contains("a comprehensive strategic partnership treaty", document.Aliases.Items);
    }

    [Fact]
    public void Resolve_ExchangeOfNotesAfterAnAgreement_IsANewAgreementNotThatOne()
    {
        var result = Some.Story(Lead,
            "The two leaders agreed to start negotiations on a trade agreement.",
            "They also witnessed the exchange of notes on grant aid for a railway project.");

        var notes = Assert.Single(result.Graph.NodesOf<Document>(), d => d.Aliases.Items.Contains("the exchange of notes"));
        Assert.Equal("exchange of notes on grant aid for a railway project", notes.Name);
        Assert.Equal(DocumentKind.Agreement, notes.DocumentKind);
        Assert.Equal(new PartialDate(2023, 11, 16), notes.Date); // told as it happens: the article's day
    }

    [Fact]
    public void Resolve_MemorandumDescribedAfterAnUndescribedOne_IsASecondDocument()
    {
        var result = Some.Story(Lead,
            "The two state utilities signed a memorandum of understanding to develop a hydropower project.",
            "A memorandum of understanding on a new cross-border petroleum pipeline was also signed.");

        Assert.Equal(2, result.Graph.NodesOf<Document>().Count());
    }

    [Theory]
    [InlineData("A memorandum of understanding on a new cross-border petroleum pipeline was also signed.", 1)]
    [InlineData("A memorandum of understanding on a new cross-border petroleum pipeline was signed on Friday.", 1)]
    [InlineData("A memorandum of understanding on a new cross-border petroleum pipeline was discussed.", 0)]
    public void Resolve_IndefiniteDocumentSaidInThePassiveToBeSigned_IsADocument(string sentence, int documents)
    {
        var result = Some.Story(Lead, sentence);

        Assert.Equal(documents, result.Graph.NodesOf<Document>().Count());
    }

    [Theory]
    [InlineData("Forty-five years ago, China and Japan concluded the Treaty of Peace and Friendship.", "treaty:china-japan-treaty-of-peace-and-friendship")]
    [InlineData("Forty-five years ago, Brazil and Japan concluded the Treaty of Peace and Friendship.", "doc:treaty-of-peace-and-friendship")]
    public void Resolve_TitleOpeningAKnownDocumentOfTheArticlesCountries_IsThatDocument(string sentence, string id)
    {
        var result = Some.Story(sentence);

        Assert.Equal(id, Assert.Single(result.Graph.NodesOf<Document>(), d => d.Name.StartsWith("Treaty of Peace", StringComparison.Ordinal)).Id);
    }

    [Fact]
    public void Resolve_DocumentInApposition_IsNoSecondDocument()
    {
        var result = Some.Story(Lead, "The two governments issued a joint statement on deepening their partnership, a declaration of intent that officials hailed.");

        Assert.Equal("joint statement on deepening their partnership", Assert.Single(result.Graph.NodesOf<Document>()).Name);
    }

    [Fact]
    public void Resolve_StatementJoinedToNothingJustMade_IsNoNewDocument()
    {
        var result = Some.Story(Lead, "Officials recalled the talks as well as a separate joint statement on climate change.");

        Assert.Empty(result.Graph.NodesOf<Document>());
    }

    [Theory]
    [InlineData("In a statement issued after the meeting, the foreign ministry said both leaders reaffirmed their partnership.", 0)]
    [InlineData("In a joint statement issued after the meeting, both leaders reaffirmed their partnership.", 1)]
    public void Resolve_StatementFramingWhatWasSaid_IsADocumentOnlyWhenJoint(string sentence, int documents)
    {
        var result = Some.Story(Lead, sentence);

        Assert.Equal(documents, result.Graph.NodesOf<Document>().Count());
    }

    [Theory]
    [InlineData("The upgrade was announced in a joint statement issued by the two countries after the meeting.", 1)]
    [InlineData("The leaders welcomed a joint statement released after the talks.", 1)]
    [InlineData("The leaders welcomed a statement released by the foreign ministry.", 0)]
    [InlineData("The leaders welcomed a joint statement from the talks.", 0)]
    public void Resolve_IndefiniteDocumentBeforeItsParticiple_IsADocumentUnlessAPlainStatement(string sentence, int documents)
    {
        var result = Some.Story(Lead, sentence);

        Assert.Equal(documents, result.Graph.NodesOf<Document>().Count());
    }

    [Fact]
    public void Resolve_PhraseIntroducingATitleAfterItsParticiple_IsTheTitledDocument()
    {
        var result = Some.Story(Lead, "A joint statement released by the two governments, titled \"Partners for the Future,\" voiced concern.");

        var document = Assert.Single(result.Graph.NodesOf<Document>());
        Assert.Equal("Partners for the Future", document.Name);
        Assert.Contains("A joint statement", document.Aliases.Items);
    }

    [Fact]
    public void Resolve_TitleFarFromAnEarlierPhrase_IsADocumentOfItsOwn()
    {
        var result = Some.Story(Lead,
            "They issued a joint statement after the talks in the capital on Friday, and also launched a programme called \"Partners for the Future\".");

        Assert.Equal(2, result.Graph.NodesOf<Document>().Count());
    }

    [Theory]
    [InlineData("The council was set up under an agreement signed by the two leaders in Brasilia in October 2019, officials said.", 2019, 10)]
    [InlineData("The council was set up under an agreement signed by the two leaders in March 2023, officials said.", 2023, 3)]
    public void Resolve_DocumentSignedInAMonthOfItsParticiplePhrase_IsOfThatMonth(string sentence, int year, int month)
    {
        var result = Some.Extract("Sep 11, 2023 20:00", "NEW DELHI, Sept. 11 (Wire)", Lead, sentence);

        Assert.Equal(new PartialDate(year, month), Assert.Single(result.Graph.NodesOf<Document>()).Date);
    }

    [Fact]
    public void Resolve_DateAfterTheParticiplePhrasesComma_DoesNotDateTheDocument()
    {
        var result = Some.Extract("Sep 11, 2023 20:00", "NEW DELHI, Sept. 11 (Wire)", Lead,
            "The council works under an agreement signed by the two leaders, who first met in 2019.");

        Assert.Equal(new PartialDate(2023, 9, 11), Assert.Single(result.Graph.NodesOf<Document>()).Date);
    }

    [Fact]
    public void Resolve_DefiniteDocumentBeforeItsParticipleWithNothingBefore_IsANewDocument()
    {
        var result = Some.Story(Lead, "The joint statement issued after the talks set out new targets.");

        Assert.Single(result.Graph.NodesOf<Document>());
    }

    [Theory]
    [InlineData("On the General Security of Military Information Agreement (GSOMIA), a bilateral pact for sharing defense secrets signed in 2016, Lula said little.")]
    [InlineData("On the General Security of Military Information Agreement, a bilateral pact for sharing defense secrets signed in 2016, Lula said little.")]
    public void Resolve_IndefinitePhraseApposedToANamedDocument_DescribesIt(string sentence)
    {
        var result = Some.Story(Lead, sentence);

        var document = Assert.Single(result.Graph.NodesOf<Document>());
        Assert.Contains("a bilateral pact for sharing defense secrets", document.Aliases.Items);
    }

    [Fact]
    public void Resolve_DocumentOfAnArticleWithNoDateOfItsOwn_IsAnUndatedDocument()
    {
        var result = Some.Extractor.Extract(RelationsGraph.Extraction.Reading.ArticleReader.Read("test",
            "Abe and Trump confirm alliance\n\nWashington, Feb. 10 (Wire)--Japanese Prime Minister Shinzo Abe and U.S. President Donald Trump met at the White House on Friday.\n\n"
            + "The pledge was written into a joint statement released after the talks.\n"));

        var document = Assert.Single(result.Graph.NodesOf<Document>());
        Assert.Null(document.Date);
        Assert.Contains("a joint statement", document.Aliases.Items);
    }

    [Fact]
    public void Resolve_PhraseWithATitleSetBesideIt_IsTheTitledDocument()
    {
        var result = Some.Story(Lead, "The two countries issued a joint statement, the Beijing Communique, setting out their partnership.");

        var document = Assert.Single(result.Graph.NodesOf<Document>());
        Assert.Equal("Beijing Communique", document.Name);
        Assert.Contains("a joint statement", document.Aliases.Items);
    }

    [Fact]
    public void Resolve_TitleAfterACommaFarFromThePhrase_IsADocumentOfItsOwn()
    {
        var result = Some.Story(Lead, "The two countries issued a joint statement on trade after the talks, and, as agreed, the Beijing Communique stays in force.");

        Assert.Equal(2, result.Graph.NodesOf<Document>().Count());
    }

    private const string JapanLead = "Chinese President Xi Jinping and Japanese Prime Minister Fumio Kishida met on Thursday.";

    [Fact]
    public void Resolve_StatementSignedInAnEarlierYearOfTheSentence_IsTheKnowledgeBaseDocument()
    {
        var result = Some.Story(JapanLead, "During that 2008 trip, the two leaders' predecessors signed a joint statement in Tokyo.");

        Assert.Equal(["doc:china-japan-joint-statement-2008"], Some.FirstMention(result, MentionKind.Document, "a joint statement").NodeIds);
    }

    [Fact]
    public void Resolve_StatementOnlyMentionedInAnEarlierYearsSentence_IsNotTheKnowledgeBaseDocument()
    {
        var result = Some.Story(JapanLead, "During that 2008 trip, the two leaders' predecessors discussed a joint statement in Tokyo.");

        Assert.DoesNotContain("doc:china-japan-joint-statement-2008", Some.FirstMention(result, MentionKind.Document, "a joint statement").NodeIds);
    }

    [Fact]
    public void Resolve_StatementSignedInTheArticlesYear_IsANewDocument()
    {
        var result = Some.Extract("Jun 27, 2008 20:00", "TOKYO, June 27 (Wire)", JapanLead, "In 2008, the two leaders signed a joint statement in Tokyo.");

        Assert.DoesNotContain("doc:china-japan-joint-statement-2008", Some.FirstMention(result, MentionKind.Document, "a joint statement").NodeIds);
    }

    [Fact]
    public void Resolve_PactSignedInAnEarlierMonthOfTheSentence_IsANewDocumentOfThatMonth()
    {
        var result = Some.Story(Lead, "Their previous meeting took place in September 2022, when the two countries signed an interim water-sharing pact.");

        var pact = Assert.Single(result.Graph.NodesOf<Document>(), d => d.Name.Contains("water-sharing", StringComparison.Ordinal));
        Assert.Equal(new PartialDate(2022, 9), pact.Date);
    }

    [Theory]
    [InlineData("The Tokyo Declaration gives ties a grander name.", "The headline product is the Tokyo Declaration for Japan-India Special Strategic and Global Partnership.")]
    [InlineData("The headline product is the Tokyo Declaration for Japan-India Special Strategic and Global Partnership.", "The Tokyo Declaration gives ties a grander name.")]
    public void Resolve_ShortTitleAndTheFullTitleItOpens_AreOneDocumentOfTheFullName(string first, string second)
    {
        var result = Some.Story(first, second);

        var document = Assert.Single(result.Graph.NodesOf<Document>(), d => d.Name.StartsWith("Tokyo Declaration", StringComparison.Ordinal));
        Assert.Equal("Tokyo Declaration for Japan-India Special Strategic and Global Partnership", document.Name);
        Assert.Contains("The Tokyo Declaration", document.Aliases.Items);
    }

    [Fact]
    public void Resolve_ShortTitleOpeningTwoFullTitles_StaysADocumentOfItsOwn()
    {
        var result = Some.Story(
            "The Tokyo Declaration gives ties a grander name.",
            "They signed the Tokyo Declaration for Japan-India Special Strategic and Global Partnership.",
            "They also signed the Tokyo Declaration on Clean Energy Cooperation.");

        Assert.Contains(result.Graph.NodesOf<Document>(), d => d.Name == "Tokyo Declaration");
    }

    [Theory]
    [InlineData("The two leaders witnessed the signing of several cooperation documents, including a social security agreement and an agreement on film co-production.")]
    [InlineData("The documents signed on Thursday include a social security agreement, and an agreement on film co-production.")]
    [InlineData("The two leaders witnessed the signing of several cooperation documents, among them a social security agreement and an agreement on film co-production.")]
    [InlineData("The two leaders witnessed the signing of several cooperation documents. Among them were a social security agreement and an agreement on film co-production.")]
    public void Resolve_DocumentsListedAmongThoseSigned_AreADocumentEach(string sentence)
    {
        var result = Some.Story(Lead, sentence);

        var documents = result.Graph.NodesOf<Document>().Select(d => d.Name).Order(StringComparer.Ordinal);
        Assert.Equal(["agreement on film co-production", "social security agreement"], documents);
    }

    [Fact]
    public void Resolve_UndescribedAgreementSignedAfterADescribedOne_IsASecondDocument()
    {
        var result = Some.Story(Lead, "The two leaders signed an agreement on film co-production.", "They also signed a security agreement.");

        Assert.Equal(2, result.Graph.NodesOf<Document>().Count());
    }

    [Fact]
    public void Resolve_UndescribedAgreementListedAfterAnotherOfDifferentWords_IsASecondDocument()
    {
        var result = Some.Story(Lead, "The documents signed on Thursday include a social security agreement and an agreement to expand film co-production.");

        Assert.Equal(2, result.Graph.NodesOf<Document>().Count());
    }

    [Theory]
    [InlineData("The two leaders discussed several issues, including a social security agreement and an agreement on film co-production.")]
    [InlineData("The documents reviewed on Thursday include a social security agreement and an agreement on film co-production.")]
    [InlineData("The two leaders signed off on several issues, including a social security agreement and an agreement on film co-production.")]
    public void Resolve_DocumentsListedWithNoSigning_AreNoDocuments(string sentence)
    {
        var result = Some.Story(Lead, sentence);

        Assert.Empty(result.Graph.NodesOf<Document>());
    }

    [Theory]
    [InlineData("The two leaders witnessed the signing of several documents, including a trade pact; officials later praised a social security agreement and an agreement on film co-production.", "trade pact")]
    [InlineData("The documents signed on Thursday include a social security agreement that replaces an agreement reached earlier.", "social security agreement")]
    public void Resolve_DocumentsBeyondTheListOfThoseSigned_AreNoDocuments(string sentence, string listed)
    {
        var result = Some.Story(Lead, sentence);

        var document = Assert.Single(result.Graph.NodesOf<Document>());
        Assert.Equal(listed, document.Name);
    }

    [Fact]
    public void Resolve_TheNewTreatyAfterOthersWereNamed_IsTheOneSignedOnTheArticlesDay()
    {
        var result = Some.Extract("09.05.2025 16:21", "NANCY, May 9 (Wire)",
            "Poland and France on Friday signed a treaty on enhanced cooperation and friendship.",
            "France signed the Quirinal Treaty with Italy in 2021.",
            "The new treaty builds on the Polish-French Treaty of Friendship and Solidarity.");
        var signed = Assert.Single(result.Graph.NodesOf<Document>(), d => d.Date == new PartialDate(2025, 5, 9));

        GraphAssert.HasEdge(result.Graph, "Cites", signed.Id, "doc:polish-french-treaty-of-friendship-and-solidarity");
        GraphAssert.NoEdge(result.Graph, "Cites", "doc:quirinal-treaty", "doc:polish-french-treaty-of-friendship-and-solidarity");
    }

    [Fact]
    public void Resolve_TheDocumentSignedTodayWhenNoneIsOfThatDay_IsNoDocument()
    {
        var result = Some.Story(Lead,
            "In 2017, the two countries signed a joint statement on a comprehensive strategic partnership.",
            "The document signed today builds on the 2017 joint statement, officials said.");

        var mention = Some.FirstMention(result, MentionKind.Document, "The document");
        Assert.Empty(mention.NodeIds);
        Assert.Empty(result.Graph.EdgesOf<Cites>());
    }
}
