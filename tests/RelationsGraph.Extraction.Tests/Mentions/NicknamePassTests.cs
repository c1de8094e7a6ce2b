using RelationsGraph.Extraction.Mentions;
using RelationsGraph.Extraction.Tests.Support;

namespace RelationsGraph.Extraction.Tests.Mentions;

public sealed class NicknamePassTests
{
    [Theory]
    [InlineData("President Ferdinand \"Bongbong\" Marcos Jr. welcomed Kishida.", "Ferdinand \"Bongbong\" Marcos Jr.", "leader:ferdinand-marcos-jr")]
    [InlineData("President Ferdinand \u201CBongbong\u201D Marcos Jr. welcomed Kishida.", "Ferdinand \u201CBongbong\u201D Marcos Jr.", "leader:ferdinand-marcos-jr")]
    [InlineData("Luiz In\u00E1cio \"Lula\" da Silva arrived in Beijing.", "Luiz In\u00E1cio \"Lula\" da Silva", "leader:luiz-inacio-lula-da-silva")]
    public void Find_NicknameInsideAName_IsOneMentionOfTheWholeName(string text, string written, string leader)
    {
        var mention = Assert.Single(Some.Sentence(text).MentionsOf(MentionKind.Leader), m => m.Candidates.Contains(leader));

        Assert.Equal(written, mention.Text);
        Assert.Equal([leader], mention.Candidates);
    }

    [Fact]
    public void Find_NicknameInsideAName_KeepsTheTitleBeforeIt()
    {
        var mention = Assert.Single(Some.Sentence("President Ferdinand \"Bongbong\" Marcos Jr. welcomed Kishida.").MentionsOf(MentionKind.Leader), m => m.Text.StartsWith("Ferdinand", StringComparison.Ordinal));

        Assert.Equal("President", mention.Title);
    }

    [Theory]
    [InlineData("Leaders of the \"Quad\" Security Dialogue met in Tokyo.")]
    [InlineData("Moon said \"Kim\" Jong Un would visit.")]
    public void Find_QuotedWordInNoLeadersName_AddsNoLeader(string text)
    {
        Assert.DoesNotContain(Some.Sentence(text).MentionsOf(MentionKind.Leader), m => m.Text.Contains('"', StringComparison.Ordinal));
    }
}
