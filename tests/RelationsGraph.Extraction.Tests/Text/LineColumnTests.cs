using RelationsGraph.Extraction.Text;

namespace RelationsGraph.Extraction.Tests.Text;

public sealed class LineColumnTests
{
    [Theory]
    [InlineData("abc", 0, 1, 1)]
    [InlineData("abc", 3, 1, 4)]
    [InlineData("ab\ncd", 3, 2, 1)]
    [InlineData("ab\r\ncd", 4, 2, 1)]
    [InlineData("ab\r\ncd", 3, 1, 4)]
    [InlineData("ab\rcd\ne", 6, 3, 1)]
    [InlineData("a\u2028b", 2, 2, 1)]
    public void FromOffset_Offset_ReturnsOneBasedPosition(string text, int offset, int line, int column)
    {
        Assert.Equal(new LineColumn(line, column), LineColumn.FromOffset(text, offset));
    }

    [Fact]
    public void FromOffset_OutsideText_Throws()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => LineColumn.FromOffset("ab", 3));
        Assert.Throws<ArgumentOutOfRangeException>(() => LineColumn.FromOffset("ab", -1));
    }

    [Fact]
    public void ToString_Position_FormatsLineColon()
    {
        Assert.Equal("3:17", new LineColumn(3, 17).ToString());
    }
}
