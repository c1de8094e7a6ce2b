using RelationsGraph.Extraction.Mentions;
using RelationsGraph.Extraction.Tests.Support;

namespace RelationsGraph.Extraction.Tests.Mentions;

/// <summary>Names the gazetteers find as the knowledge base writes them or otherwise.</summary>
public sealed class GazetteerPassTests
{
    [Theory]
    [InlineData("Việt Nam and the US agreed.", "Việt Nam", MentionKind.Country)]
    [InlineData("Erdoğan flew to Athens.", "Erdoğan", MentionKind.Leader)]
    [InlineData("Nguyễn Phú Trọng received Biden.", "Nguyễn Phú Trọng", MentionKind.Leader)]
    public void Find_NameWrittenWithDiacriticsTheKnowledgeBaseLacks_IsFound(string text, string name, MentionKind kind) =>
        Assert.Contains(Some.Sentence(text).Mentions, m => m.Kind == kind && m.Text == name);

    [Theory]
    [InlineData("The King arrived in the Democratic Republic of Congo on Tuesday.", "Democratic Republic of Congo")]
    [InlineData("The King arrived in the Democratic Republic of the Congo on Tuesday.", "Democratic Republic of the Congo")]
    [InlineData("The King arrived in DR Congo on Tuesday.", "DR Congo")]
    public void Find_CongoKinshasaWrittenWithOrWithoutThe_IsTheCountry(string text, string name) =>
        Assert.Contains(Some.Sentence(text).Mentions, m => m.Kind == MentionKind.Country && m.Text == name && m.Candidates.Contains("country:cd"));

    [Theory]
    [InlineData("Li stressed that history and Taiwan are major issues of principle.")]
    [InlineData("Wang said Japan should face up to its history.")]
    [InlineData("The two sides discussed history, trade and tourism.")]
    public void Find_HistoryAsAnIssue_IsATopic(string text) =>
        Assert.Contains(Some.Sentence(text).Mentions, m => m.Kind == MentionKind.Topic && m.Text == "history");

    [Theory]
    [InlineData("They signed the largest defense export contract in Turkey's history.")]
    [InlineData("Relations are going through the best period in their history.")]
    [InlineData("It was a milestone in the history of bilateral relations.")]
    [InlineData("The two nations share a long history.")]
    [InlineData("Trump said the plan could change history.")]
    public void Find_HistoryAsASpanOfTime_IsNoTopic(string text) =>
        Assert.DoesNotContain(Some.Sentence(text).Mentions, m => m.Kind == MentionKind.Topic && m.Text == "history");

    [Theory]
    [InlineData("Sharif met Crown Prince Mohammed bin Salman bin Abdulaziz Al Saud in Makkah.")]
    [InlineData("The prince, a grandson of the founder, signs as Turki ibn Abdulaziz Al Saud.")]
    public void Find_KnownNameAfterBinOrIbn_IsAFathersNameAndNoLeader(string text) =>
        Assert.DoesNotContain(Some.Sentence(text).Mentions, m => m.Kind == MentionKind.Leader && m.Text == "Abdulaziz Al Saud");

    [Fact]
    public void Find_NameAfterAWordEndingInBin_IsStillALeader() =>
        Assert.Contains(Some.Sentence("The cabin Abdulaziz Al Saud built still stands.").Mentions, m => m.Kind == MentionKind.Leader && m.Text == "Abdulaziz Al Saud");
}
