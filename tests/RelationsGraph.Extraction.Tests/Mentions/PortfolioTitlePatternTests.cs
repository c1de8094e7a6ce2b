using RelationsGraph.Extraction.Mentions;
using RelationsGraph.Extraction.Tests.Support;

namespace RelationsGraph.Extraction.Tests.Mentions;

public sealed class PortfolioTitlePatternTests
{
    [Theory]
    [InlineData("Tourism Minister Tomas Halloran joined them.", "Tourism Minister", "Tomas Halloran")]
    [InlineData("Local Government Development Minister Nga Kor Ming joined them.", "Local Government Development Minister", "Nga Kor Ming")]
    [InlineData("Energy and Natural Resources Minister Alparslan Bayraktar joined them.", "Energy and Natural Resources Minister", "Alparslan Bayraktar")]
    [InlineData("Indonesian Tourism Minister Tomas Halloran joined them.", "Tourism Minister", "Tomas Halloran")]
    public void Find_CapitalisedPortfolioBeforeMinisterAndAName_IsATitleOfThatPerson(string text, string title, string name)
    {
        var s = Some.Sentence(text);

        Assert.Contains(s.MentionsOf(MentionKind.Title), m => m.Text == title && m.Title == title);
        Assert.Equal(name, Assert.Single(s.MentionsOf(MentionKind.Leader)).Name);
    }

    [Fact]
    public void Find_WordBeforeAndThatEndsAName_IsNoPartOfTheNextTitle()
    {
        var s = Some.Sentence("Finance Minister Ishaq Dar and Planning Minister Ahsan Iqbal joined them.");

        Assert.Equal(["Ishaq Dar", "Ahsan Iqbal"], s.MentionsOf(MentionKind.Leader).Select(m => m.Name));
        Assert.Contains(s.MentionsOf(MentionKind.Title), m => m.Text == "Planning Minister");
    }

    [Theory]
    [InlineData("The Tourism Minister Tomas Halloran joined them.", "The Tourism Minister")]
    [InlineData("At Tourism Minister Tomas Halloran's request, they met.", "At Tourism Minister")]
    [InlineData("Former Minister Tomas Halloran joined them.", "Former Minister")]
    public void Find_WordThatIsNoPortfolioBeforeMinister_IsNoPartOfATitle(string text, string notTitle) =>
        Assert.DoesNotContain(Some.Sentence(text).MentionsOf(MentionKind.Title), m => m.Text == notTitle);

    [Fact]
    public void Find_TitleTheKnowledgeBaseHas_IsLeftAsItWas() =>
        Assert.Equal(["Foreign Minister"], Some.Sentence("Foreign Minister Tomas Halloran joined them.").MentionsOf(MentionKind.Title).Select(m => m.Text));

    [Theory]
    [InlineData("Chaves was accompanied by Science and Technology Minister Paula Bogantes.", "Science and Technology Minister", "Paula Bogantes")]
    [InlineData("Human Rights Minister Bertram Ashcombe spoke first.", "Human Rights Minister", "Bertram Ashcombe")]
    public void Find_PortfolioTheLexiconKnowsAsATopic_IsTheTitleAndNoTopic(string text, string title, string name)
    {
        var s = Some.Sentence(text);

        Assert.Equal(title, Assert.Single(s.MentionsOf(MentionKind.Leader), m => m.Name == name).Title);
        Assert.Empty(s.MentionsOf(MentionKind.Topic));
    }
}
