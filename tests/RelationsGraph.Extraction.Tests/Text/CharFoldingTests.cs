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

    [Theory]
    [InlineData('\u00E9', 'e')] // é
    [InlineData('\u00C9', 'E')] // É
    [InlineData('\u1ECD', 'o')] // ọ, Vietnamese
    [InlineData('\u1EC7', 'e')] // ệ, two marks
    [InlineData('\u011F', 'g')] // ğ, Turkish
    [InlineData('\u0130', 'I')] // İ
    [InlineData('\u0131', 'i')] // ı, no decomposition
    [InlineData('\u0111', 'd')] // đ, no decomposition
    [InlineData('\u0142', 'l')] // ł, no decomposition
    [InlineData('\u00F8', 'o')] // ø, no decomposition
    [InlineData('\u00E3', 'a')] // ã
    [InlineData('\u01D6', 'u')] // ǖ, Pinyin
    [InlineData('\u1EF9', 'y')] // ỹ
    public void RemoveDiacritics_LatinLetterWithMarks_IsItsBaseLetter(char input, char expected) =>
        Assert.Equal(expected, CharFolding.RemoveDiacritics(input));

    [Theory]
    [InlineData('a')]
    [InlineData('\u00D7')] // ×
    [InlineData('\u00DF')] // ß
    [InlineData('\u00E6')] // æ
    [InlineData('\u00D0')] // Ð
    [InlineData('\u024F')] // ɏ, the last of Latin Extended-B, no decomposition
    [InlineData('\u0250')] // ɐ, past Latin Extended-B
    [InlineData('\u1EFF')] // ỿ, the last of Latin Extended Additional, no decomposition
    [InlineData('\u4E60')]
    [InlineData('\u0439')] // й keeps its breve: Cyrillic is not Latin
    public void RemoveDiacritics_OtherCharacter_IsItself(char input) =>
        Assert.Equal(input, CharFolding.RemoveDiacritics(input));

    [Fact]
    public void Fold_NamesWithAndWithoutDiacritics_AreTheSame()
    {
        Assert.Equal(CharFolding.Fold("Nguyen Phu Trong"), CharFolding.Fold("Nguy\u1EC5n Ph\u00FA Tr\u1ECDng"));
        Assert.Equal("Erdogan", CharFolding.Fold("Erdo\u011Fan", foldCase: false));
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
