using RelationsGraph.Extraction.Text;

namespace RelationsGraph.Extraction.Tests.Text;

public sealed class TextRangeTests
{
    [Fact]
    public void GetText_Range_QuotesCharacters()
    {
        var range = new TextRange(4, 9);

        Assert.Equal("talks", range.GetText("The talks ended."));
        Assert.Equal(5, range.Length);
        Assert.False(range.IsEmpty);
    }

    [Fact]
    public void IsEmpty_EqualBounds_IsTrue()
    {
        Assert.True(new TextRange(3, 3).IsEmpty);
    }
}
