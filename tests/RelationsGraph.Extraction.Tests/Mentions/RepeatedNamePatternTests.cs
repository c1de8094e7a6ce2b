using RelationsGraph.Extraction.Mentions;
using RelationsGraph.Extraction.Tests.Support;

namespace RelationsGraph.Extraction.Tests.Mentions;

public sealed class RepeatedNamePatternTests
{
    [Fact]
    public void Find_TitledNameWrittenEarlierWithoutItsTitle_IsThatLeaderThereToo()
    {
        var result = Some.Story(
            "Tomas Halloran used the talks to warn that the trade gap was becoming unsustainable.",
            "Australian Foreign Minister Tomas Halloran met Chinese Foreign Minister Wang Yi in Beijing on Thursday.");

        var first = Some.FirstMention(result, MentionKind.Leader, "Tomas Halloran");

        Assert.Equal(0, first.Sentence);
        Assert.Equal(["leader:tomas-halloran"], first.NodeIds);
    }

    [Theory]
    [InlineData("Tomas Halloran Street was closed for the visit.")]
    [InlineData("The tomas halloran fund was set up in 2020.")]
    public void Find_SameWordsGoingOnAsAnotherNameOrInAnotherCase_AreNoMention(string sentence)
    {
        var result = Some.Story(sentence, "Australian Foreign Minister Tomas Halloran met Chinese Foreign Minister Wang Yi in Beijing on Thursday.");

        Assert.Empty(result.Sentences[0].MentionsOf(MentionKind.Leader));
    }
}
