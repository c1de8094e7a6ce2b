using RelationsGraph.Extraction.Mentions;
using RelationsGraph.Extraction.Tests.Support;

namespace RelationsGraph.Extraction.Tests.Mentions;

public sealed class TopicCompoundPatternTests
{
    private static string[] Topics(string text) => Some.MentionTexts(text, MentionKind.Topic);

    [Theory]
    [InlineData("The leaders agreed to work together on semiconductor supply chains.", "semiconductor supply chains")]
    [InlineData("The leaders agreed to work together on supply chains for semiconductors.", "supply chains for semiconductors")]
    [InlineData("Officials said critical minerals supply chains would be a focus.", "critical minerals supply chains")]
    public void Find_TwoTopicsWrittenAsOneSubject_AreOneTopic(string sentence, string topic) =>
        Assert.Equal([topic], Topics(sentence));

    [Fact]
    public void Find_TopicsJoinedByAnd_StayTwo() =>
        Assert.Equal(["semiconductors", "supply chains"], Topics("The leaders agreed to work together on semiconductors and supply chains."));

    [Fact]
    public void Find_TopicInsideAnotherTopicsPhrase_IsLeftAsItIs()
    {
        // The enumeration's item "financing for investment cooperation" holds the lexicon's "investment cooperation".
        var topics = Topics("The sides discussed the financing for investment cooperation in energy and tourism.");

        Assert.Contains("financing for investment cooperation", topics);
    }
}
