using RelationsGraph.Extraction.Mentions;
using RelationsGraph.Extraction.Tests.Support;

namespace RelationsGraph.Extraction.Tests.Mentions;

/// <summary>Dates the finder reads, and words that look like one and are not.</summary>
public sealed class DatePatternTests
{
    [Theory]
    [InlineData("The talks marked the 25th anniversary of the Good Friday Agreement.")]
    [InlineData("The peace was signed on Good Friday in 1998.")]
    public void Find_FridayOfGoodFriday_IsNoDayOfTheWeek(string text) =>
        Assert.DoesNotContain(Some.Sentence(text).MentionsOf(MentionKind.Date), d => d.Head == "weekday");
}
