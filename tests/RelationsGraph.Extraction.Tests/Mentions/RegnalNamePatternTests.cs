using RelationsGraph.Extraction.Mentions;
using RelationsGraph.Extraction.Tests.Support;

namespace RelationsGraph.Extraction.Tests.Mentions;

public sealed class RegnalNamePatternTests
{
    [Fact]
    public void Find_ReigningTitleAndTheFirstNameOfAKnownMonarch_IsALeaderWithEveryMonarchOfThatTitleAndName()
    {
        var leader = Assert.Single(Some.Sentence("His Majesty King Hamad held talks in Moscow.").MentionsOf(MentionKind.Leader));

        Assert.Equal("Hamad", leader.Text);
        Assert.Equal(["leader:hamad-bin-isa-al-khalifa"], leader.Candidates);
    }

    [Theory]
    [InlineData("The delegation landed at King Hamad International Airport.")] // a longer name after the title
    [InlineData("King Hamadou held talks in Moscow.")] // no monarch of that name
    [InlineData("The king Hamad spoke of was a legend.")] // a title in lower case is no name's
    public void Find_TitleBeforeALongerNameOrNoMonarchsName_IsNoLeader(string text) =>
        Assert.Empty(Some.Sentence(text).MentionsOf(MentionKind.Leader));

    [Theory]
    [InlineData("May 23, 2024 20:00", "King Hamad held talks with President Vladimir Putin in Moscow.", "leader:hamad-bin-isa-al-khalifa")]
    [InlineData("Mar 10, 2010 20:00", "Emir Hamad held talks with President Vladimir Putin in Moscow.", "leader:hamad-bin-khalifa-al-thani")]
    [InlineData("Mar 10, 2010 20:00", "Amir Hamad held talks with President Vladimir Putin in Moscow.", "leader:hamad-bin-khalifa-al-thani")]
    public void Resolve_MonarchNamedByTitleAndFirstName_IsTheMonarchOfThatTitleInOffice(string published, string sentence, string expected)
    {
        var result = Some.Extract(published, "MOSCOW (Wire)", sentence);

        GraphAssert.EventOf(result.Graph, expected, "leader:vladimir-putin");
    }
}
