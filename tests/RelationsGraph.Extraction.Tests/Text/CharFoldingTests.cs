using RelationsGraph.Extraction.Text;

namespace RelationsGraph.Extraction.Tests.Text;

public sealed class CharFoldingTests
{
    [Theory]
    [InlineData('\u2019', '\'')]
    [InlineData('\u2018', '\'')]
    [InlineData('\u201C', '"')]
    [InlineData('\u2010', '-')]
    [InlineData('\u2011', '-')]
    [InlineData('\u2013', '-')]
    [InlineData('\u2014', '-')]
    [InlineData('\u00A0', ' ')]
    [InlineData('\n', ' ')]
    [InlineData('\uFF0C', ',')]
    [InlineData('A', 'A')]
    public void NormalizePunctuation_Variant_MapsToAsciiForm(char input, char expected)
    {
        Assert.Equal(expected, CharFolding.NormalizePunctuation(input));
    }

    [Theory]
    [InlineData('A', 'a')]
    [InlineData('z', 'z')]
    [InlineData('\u00C9', '\u00E9')]
    [InlineData('7', '7')]
    [InlineData('\u4E60', '\u4E60')]
    public void FoldCase_Letter_LowerCases(char input, char expected)
    {
        Assert.Equal(expected, CharFolding.FoldCase(input));
    }

    [Fact]
    public void Fold_String_KeepsLength()
    {
        const string text = "CHINA\u2019S Treaty \u2014 Japan\u00A0\uD83D\uDE00";
        var folded = CharFolding.Fold(text);
        Assert.Equal(text.Length, folded.Length);
        Assert.Equal("china's treaty - japan \uD83D\uDE00", folded);
    }

    [Fact]
    public void Fold_WithoutCaseFolding_KeepsCase()
    {
        Assert.Equal("Xi's US-Japan", CharFolding.Fold("Xi\u2019s US\u2013Japan", foldCase: false));
    }
}
