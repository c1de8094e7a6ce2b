using RelationsGraph.Extraction.Tests.Support;

namespace RelationsGraph.Extraction.Tests.Rules;

public sealed class SignedByRuleTests
{
    [Fact]
    public void Apply_SignedByTwoLeaders_TheDocumentIsSignedByBoth()
    {
        var result = Some.Story("The Japan-Republic of Korea Joint Declaration, signed in Tokyo in October 1998 by then President Kim Dae-jung and then Prime Minister Keizo Obuchi, is still cited.");

        GraphAssert.HasEdge(result.Graph, "SignedBy", "doc:japan-korea-joint-declaration-1998", "leader:kim-dae-jung");
        GraphAssert.HasEdge(result.Graph, "SignedBy", "doc:japan-korea-joint-declaration-1998", "leader:keizo-obuchi");
    }

    [Theory]
    [InlineData("The Japan-Republic of Korea Joint Declaration, issued in Tokyo in October 1998 by then President Kim Dae-jung and then Prime Minister Keizo Obuchi, is still cited.")]
    [InlineData("The Japan-Republic of Korea Joint Declaration, concluded in Tokyo in October 1998 by then President Kim Dae-jung and then Prime Minister Keizo Obuchi, is still cited.")]
    public void Apply_IssuedOrConcludedByTwoLeaders_TheDocumentIsSignedByBoth(string sentence)
    {
        var result = Some.Story(sentence);

        GraphAssert.HasEdge(result.Graph, "SignedBy", "doc:japan-korea-joint-declaration-1998", "leader:kim-dae-jung");
        GraphAssert.HasEdge(result.Graph, "SignedBy", "doc:japan-korea-joint-declaration-1998", "leader:keizo-obuchi");
    }

    [Theory]
    [InlineData("The Japan-Republic of Korea Joint Declaration, published in Tokyo in October 1998 by then President Kim Dae-jung, is still cited.")]
    [InlineData("The Japan-Republic of Korea Joint Declaration was issued in October 1998, when Kim Dae-jung visited Tokyo.")]
    public void Apply_DocumentPublishedByOrIssuedWithoutBy_IsSignedByNobody(string sentence) =>
        Assert.Empty(Some.Story(sentence).Graph.EdgesOf<SignedBy>());

    [Fact]
    public void Apply_LeadersSignedADocument_SignedItAndTheirCountriesArePartiesToIt()
    {
        var result = Some.Story("Russian President Vladimir Putin and North Korean leader Kim Jong Un signed a mutual defense agreement on Wednesday.");
        var pact = Assert.Single(result.Graph.NodesOf<Document>());

        Assert.Equal("mutual defense agreement", pact.Name);
        GraphAssert.HasEdge(result.Graph, "SignedBy", pact.Id, "leader:vladimir-putin");
        GraphAssert.HasEdge(result.Graph, "SignedBy", pact.Id, "leader:kim-jong-un");
        GraphAssert.HasEdge(result.Graph, "PartyTo", "country:ru", pact.Id);
        GraphAssert.HasEdge(result.Graph, "PartyTo", "country:kp", pact.Id);
    }

    [Fact]
    public void Apply_SignedWithoutSignatories_SignsNothing()
    {
        var result = Some.Story("The Japan-U.S. Security Treaty was signed in 1960 and revised later.");

        Assert.Empty(result.Graph.EdgesOf<SignedBy>());
    }

    [Fact]
    public void Apply_TheTwoLeadersSignedAStatement_EachLeaderSignedIt()
    {
        var result = Some.Extract("Mar 21, 2023 22:00", "MOSCOW, March 21 (Wire)",
            "Chinese President Xi Jinping and Russian President Vladimir Putin held talks in the Kremlin on Tuesday.",
            "The two leaders signed a joint statement on deepening their partnership.");
        var statement = Assert.Single(result.Graph.NodesOf<Document>());

        GraphAssert.HasEdge(result.Graph, "SignedBy", statement.Id, "leader:xi-jinping");
        GraphAssert.HasEdge(result.Graph, "SignedBy", statement.Id, "leader:vladimir-putin");
    }

    [Theory]
    [InlineData("In the presence of the two presidents, officials from the two governments signed a memorandum of understanding on critical minerals.")]
    [InlineData("In the presence of Xi and Putin, ministers signed a memorandum of understanding on critical minerals.")]
    public void Apply_SignedInTheLeadersPresence_TheyDidNotSignIt(string sentence)
    {
        var result = Some.Extract("Mar 21, 2023 22:00", "MOSCOW, March 21 (Wire)",
            "Chinese President Xi Jinping and Russian President Vladimir Putin held talks in the Kremlin on Tuesday.",
            sentence);

        Assert.Single(result.Graph.NodesOf<Document>());
        Assert.Empty(result.Graph.EdgesOf<SignedBy>());
    }

    [Theory]
    [InlineData("By evening the two men had put their names to the Panmunjom Declaration.", true)]
    [InlineData("By evening the two men had put their hopes in the Panmunjom Declaration.", false)]
    public void Apply_TheTwoPutTheirNamesToADocument_EachSignedIt(string sentence, bool isSigned)
    {
        var result = Some.Extract("Apr 27, 2018 22:00", "SEOUL, April 27 (Wire)",
            "North Korean leader Kim Jong Un and South Korean President Moon Jae-in held talks at Panmunjom on Friday.", sentence);
        var declaration = Assert.Single(result.Graph.NodesOf<Document>());

        Assert.Equal(isSigned, result.Graph.EdgesOf<SignedBy>().Any(e => e.Source.Id == declaration.Id && e.Target.Id == "leader:kim-jong-un"));
        Assert.Equal(isSigned, result.Graph.EdgesOf<SignedBy>().Any(e => e.Source.Id == declaration.Id && e.Target.Id == "leader:moon-jae-in"));
    }

    [Theory]
    [InlineData("The two leaders also put their signatures to a treaty on the demarcation of the shared border.", true)]
    [InlineData("The two leaders also put their hopes in a treaty on the demarcation of the shared border.", false)]
    public void Apply_TheTwoPutTheirSignaturesToAnUnnamedDocument_ItIsNewAndEachSignedIt(string sentence, bool isSigned)
    {
        var result = Some.Extract("Dec 22, 2022 20:00", "TASHKENT, Dec. 22 (Wire)",
            "Kazakh President Kassym-Jomart Tokayev held talks with Uzbek President Shavkat Mirziyoyev in Tashkent on Thursday.", sentence);
        var treaty = result.Graph.NodesOf<Document>().SingleOrDefault();

        Assert.Equal(isSigned, treaty is not null);
        Assert.Equal(isSigned, result.Graph.EdgesOf<SignedBy>().Any(e => e.Source.Id == treaty?.Id && e.Target.Id == "leader:kassym-jomart-tokayev"));
        Assert.Equal(isSigned, result.Graph.EdgesOf<SignedBy>().Any(e => e.Source.Id == treaty?.Id && e.Target.Id == "leader:shavkat-mirziyoyev"));
    }

    [Fact]
    public void Apply_LeadersJoinedAcrossATitleSetOffByCommasSignedWhereFirst_BothSignedIt()
    {
        var result = Some.Extract("28 May 2024, 15:46", "Brussels, 28 May 2024 (Lusa) -",
            "Prime Minister Luís Montenegro and the President of Ukraine, Volodymyr Zelensky, on Tuesday signed in Brussels a bilateral security agreement.");
        var agreement = Assert.Single(result.Graph.NodesOf<Document>());

        GraphAssert.HasEdge(result.Graph, "SignedBy", agreement.Id, "leader:luis-montenegro");
        GraphAssert.HasEdge(result.Graph, "SignedBy", agreement.Id, "leader:volodymyr-zelensky");
        GraphAssert.HasEdge(result.Graph, "PartyTo", "country:pt", agreement.Id);
        GraphAssert.EventOf(result.Graph, "leader:luis-montenegro", "leader:volodymyr-zelensky");
    }

    [Fact]
    public void Apply_TheDocumentSignedByTwoLeaders_IsTheDocumentNamedBefore()
    {
        var result = Some.Extract("09.05.2025 16:21", "NANCY, May 9 (Wire)",
            "Poland and France on Friday signed a treaty on enhanced cooperation and friendship.",
            "The document was signed in the city of Nancy by Prime Minister Donald Tusk and President Emmanuel Macron.");
        var treaty = Assert.Single(result.Graph.NodesOf<Document>());

        GraphAssert.HasEdge(result.Graph, "SignedBy", treaty.Id, "leader:donald-tusk");
        GraphAssert.HasEdge(result.Graph, "SignedBy", treaty.Id, "leader:emmanuel-macron");
    }

    [Theory]
    [InlineData("He stressed the tracks set out in the Athens Declaration on Friendly Relations and Good-Neighbourliness, which he and Erdogan signed on 7 December 2023.")]
    [InlineData("The Athens Declaration on Friendly Relations and Good-Neighbourliness, which the two leaders signed in December, still guides them.")]
    public void Apply_DocumentThatLeadersSigned_IsSignedByThemAndTheirCountriesArePartiesToIt(string sentence)
    {
        var result = Some.Extract("13.05.2024 | 19:42", "ANKARA, May 13 (Wire) -",
            "Prime Minister Kyriakos Mitsotakis held talks with Turkish President Recep Tayyip Erdogan in Ankara on Monday.", sentence);
        const string Declaration = "doc:athens-declaration-on-friendly-relations-and-good-neighbourliness";

        GraphAssert.HasEdge(result.Graph, "SignedBy", Declaration, "leader:kyriakos-mitsotakis");
        GraphAssert.HasEdge(result.Graph, "SignedBy", Declaration, "leader:recep-tayyip-erdogan");
        GraphAssert.HasEdge(result.Graph, "PartyTo", "country:gr", Declaration);
        GraphAssert.HasEdge(result.Graph, "PartyTo", "country:tr", Declaration);
        Assert.Empty(result.Diagnostics);
    }
}
