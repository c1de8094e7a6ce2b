using RelationsGraph.Extraction.Mentions;
using RelationsGraph.Extraction.Tests.Support;

namespace RelationsGraph.Extraction.Tests.Mentions;

public sealed class DocumentPatternTests
{
    private static Mention SingleDocument(string text) => Assert.Single(Some.Sentence(text).MentionsOf(MentionKind.Document));

    [Theory]
    [InlineData("In 2020 the UAE signed the Abraham Accords with Israel.", "Abraham Accords")]
    [InlineData("Congress passed the Taiwan Relations Act in 1979.", "Taiwan Relations Act")]
    [InlineData("Ottawa unveiled its Indo-Pacific Strategy in November.", "Indo-Pacific Strategy")]
    [InlineData("Both sides welcomed the Nairobi-Washington Vision on Thursday.", "Nairobi-Washington Vision")]
    [InlineData("Beijing backed the Renewed Hope Agenda of the president.", "Renewed Hope Agenda")]
    public void Find_TitleCaseNameEndingInAPlansOrLawsNoun_IsANamedDocument(string text, string name) =>
        Assert.Equal(name, SingleDocument(text).Name);

    [Theory]
    [InlineData("as stated in the 2013 Vietnam-US Joint Statement and in the Vietnam-US Joint Vision Statement of 2015.")]
    [InlineData("as set out in the Hanoi Joint Statement and the Saigon Declaration adopted later.")]
    public void Find_DocumentNounThenAndWithALowerCaseWord_EndsTheTitle(string text) =>
        Assert.Equal(2, Some.Sentence(text).MentionsOf(MentionKind.Document).Count(m => m.Name is not null));

    [Fact]
    public void Find_LawWhoseNameGoesThroughIn_IsTheWholeName() =>
        Assert.Equal(
            "Countering Malign Russian Activities in Africa Act",
            SingleDocument("The Countering Malign Russian Activities in Africa Act worried Pretoria.").Name);

    [Theory]
    [InlineData("The two presidents signed the Joint Declaration of the Kyrgyz Republic and the People's Republic of China on Establishing a Comprehensive Strategic Partnership in the New Era.",
        "Joint Declaration of the Kyrgyz Republic and the People's Republic of China on Establishing a Comprehensive Strategic Partnership in the New Era")]
    [InlineData("They signed the Joint Declaration on the Establishment of Strategic Partnership between the Republic of Azerbaijan and the People's Republic of China.",
        "Joint Declaration on the Establishment of Strategic Partnership between the Republic of Azerbaijan and the People's Republic of China")]
    [InlineData("They signed the Treaty on Good-Neighborliness, Friendship and Cooperation in 2001.", "Treaty on Good-Neighborliness, Friendship and Cooperation")]
    [InlineData("They signed the Agreement on Trade, China said, and Japan welcomed it.", "Agreement on Trade")]
    public void Find_LongTitleWithAnArticleOrAListInIt_IsTheWholeTitle(string text, string name) =>
        Assert.Equal(name, SingleDocument(text).Name);

    [Theory]
    [InlineData("The talks advanced the Saudi Vision 2030 reform plan.", "Saudi Vision 2030")]
    [InlineData("Both cited the Continental Agenda 2063 of the African Union.", "Continental Agenda 2063")]
    public void Find_VisionOrAgendaWithTheYearItLooksTo_EndsWithTheYear(string text, string name) =>
        Assert.Equal(name, SingleDocument(text).Name);

    [Fact]
    public void Find_StrategyFollowedByAYear_EndsAtTheNoun() =>
        Assert.Equal("National Security Strategy", SingleDocument("Tokyo revised its National Security Strategy 2022 edition.").Name);

    [Theory]
    [InlineData("The President spoke, according to his Special Adviser on Information and Strategy, Bayo Onanuga.")]
    [InlineData("The Special Envoy for Climate Policy arrived on Monday.")]
    public void Find_OfficeNamedForWhatItDoes_IsNoDocument(string text) =>
        Assert.Empty(Some.Sentence(text).MentionsOf(MentionKind.Document));

    [Theory]
    [InlineData("India's Act East Policy shaped the talks.")]
    [InlineData("Act now, the leaders said.")]
    public void Find_LoneActOpeningARun_IsNoDocument(string text) =>
        Assert.Empty(Some.Sentence(text).MentionsOf(MentionKind.Document));

    [Theory]
    [InlineData(
        "The leaders adopted the \"Oman-India Joint Vision: A Partnership for the Future\" on Saturday.",
        "Oman-India Joint Vision: A Partnership for the Future")]
    [InlineData(
        "They issued the \"Melbourne Declaration \u2013 A Partnership for the Future\" after the talks.",
        "Melbourne Declaration \u2013 A Partnership for the Future")]
    public void Find_QuotedTitleWithASubtitle_IsOneDocumentWithTheWholeTitle(string text, string name) =>
        Assert.Equal(name, SingleDocument(text).Name);

    [Theory]
    [InlineData("Bhutan and India signed a memorandum of understanding on energy efficiency during the visit.", "a memorandum of understanding", "a memorandum of understanding on energy efficiency")]
    [InlineData("The two central banks signed an MoU on digital payments.", "an MoU", "an MoU on digital payments")]
    [InlineData("Both sides signed a memorandum of cooperation on semiconductors.", "a memorandum of cooperation", "a memorandum of cooperation on semiconductors")]
    public void Find_MemorandumWithItsSubject_IsAMemorandumDescribedByThePhrase(string text, string noun, string described)
    {
        var memorandum = SingleDocument(text);

        Assert.Equal("memorandum", memorandum.Head);
        Assert.Equal(noun, memorandum.Text);
        Assert.Contains(described, memorandum.Variants);
    }

    [Theory]
    [InlineData("Nepal and India today signed the revised Treaty of Transit.", "Treaty of Transit")]
    [InlineData("The two countries recalled the Treaty of Good-Neighborliness and Friendly Cooperation.", "Treaty of Good-Neighborliness and Friendly Cooperation")]
    public void Find_DocumentNounWithAnOfPhraseOfCapitalisedWords_IsANamedDocument(string text, string name) =>
        Assert.Equal(name, SingleDocument(text).Name);

    [Theory]
    [InlineData("Disputes must be settled in line with the 1982 United Nations Convention on the Law of the Sea.", 0)]
    [InlineData("Azerbaijan will host a session of the UN Framework Convention on Climate Change.", 0)]
    [InlineData("The United Nations and ASEAN signed a Joint Declaration on Comprehensive Partnership.", 2)]
    public void Find_BodyThatOpensADocumentsTitle_IsNoMentionOfTheBody(string text, int bodies)
    {
        var s = Some.Sentence(text);

        Assert.Single(s.MentionsOf(MentionKind.Document));
        Assert.Equal(bodies, s.MentionsOf(MentionKind.Organization).Count());
    }
}
