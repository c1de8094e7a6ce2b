using RelationsGraph.Extraction.Mentions;
using RelationsGraph.Extraction.Tests.Support;

namespace RelationsGraph.Extraction.Tests.Mentions;

public sealed class MinistryTitlePatternTests
{
    [Theory]
    [InlineData("Minister of Trade Tomas Halloran joined them.", "Minister of Trade", "Tomas Halloran")]
    [InlineData("Minister of Fisheries and Forestry Alparslan Bayraktar joined them.", "Minister of Fisheries and Forestry", "Alparslan Bayraktar")]
    [InlineData("Minister of University and Research Anna Maria Bernini joined them.", "Minister of University and Research", "Anna Maria Bernini")]
    [InlineData("It was exchanged by Singapore's Minister for Manpower Tomas Halloran.", "Minister for Manpower", "Tomas Halloran")]
    [InlineData("They were joined by Minister of Culture, Mrs. Rachida Dati, and others.", "Minister of Culture", "Rachida Dati")]
    [InlineData("They were joined by Minister of the Economy Tomas Halloran.", "Minister of the Economy", "Tomas Halloran")]
    public void Find_MinisterOfAPortfolioBeforeAName_IsATitleOfThatPerson(string text, string title, string name)
    {
        var s = Some.Sentence(text);

        Assert.Contains(s.MentionsOf(MentionKind.Title), m => m.Text == title && m.Title == title);
        Assert.Equal(name, Assert.Single(s.MentionsOf(MentionKind.Leader)).Name);
    }

    [Theory]
    [InlineData("The talks were attended by Minister of Foreign Affairs and Expatriates Riyad al-Malki.", "Minister of Foreign Affairs and Expatriates", "Riyad al-Malki")]
    [InlineData("He was accompanied by Minister of Foreign Affairs, African Cooperation and Moroccan Expatriates, Mr. Nasser Bourita.",
        "Minister of Foreign Affairs, African Cooperation and Moroccan Expatriates", "Nasser Bourita")]
    public void Find_ListedTitleWhosePortfolioGoesOn_TakesTheRestAndKeepsItsName(string text, string title, string name)
    {
        var s = Some.Sentence(text);

        Assert.Contains(s.MentionsOf(MentionKind.Title), m => m.Text == title && m.Title == "Foreign Minister");
        Assert.Equal(name, Assert.Single(s.MentionsOf(MentionKind.Leader)).Name);
    }

    [Theory]
    [InlineData("He was met by the Minister for Trade and Industry, Dr Tomas Halloran.", "Minister for Trade and Industry", "Tomas Halloran")]
    [InlineData("He was met by the Minister for Foreign Affairs and East African Cooperation, Dr Stergomena Tax.",
        "Minister for Foreign Affairs and East African Cooperation", "Stergomena Tax")]
    [InlineData("He was received by Minister of State for Information and Broadcasting L. Murugan.",
        "Minister of State for Information and Broadcasting", "L. Murugan")]
    public void Find_MinisterForAPortfolioBeforeAName_TitlesThatPersonWithTheWholePortfolio(string text, string title, string name)
    {
        var s = Some.Sentence(text);

        Assert.Contains(s.MentionsOf(MentionKind.Title), m => m.Text == title);
        Assert.Equal(name, Assert.Single(s.MentionsOf(MentionKind.Leader)).Name);
    }

    [Theory]
    [InlineData("Minister of Trade and Industry said exports grew.", "Minister of Trade and Industry")]
    [InlineData("The Minister of Tourism, who spoke first, said exports grew.", "Minister of Tourism")]
    [InlineData("The Minister of Tourism of Ghana Tomas Halloran said exports grew.", "Minister of Tourism")]
    public void Find_NoNameRightAfterThePortfolio_AddsNoTitle(string text, string notTitle) =>
        Assert.DoesNotContain(Some.Sentence(text).MentionsOf(MentionKind.Title), m => m.Text == notTitle);
}
