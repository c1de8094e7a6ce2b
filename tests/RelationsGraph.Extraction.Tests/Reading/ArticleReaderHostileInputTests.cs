using System.Text;
using RelationsGraph.Extraction.Reading;
using RelationsGraph.Extraction.Text;

namespace RelationsGraph.Extraction.Tests.Reading;

public sealed class ArticleReaderHostileInputTests
{
    [Fact]
    public void Read_BinaryText_ThrowsWithOffsetAndLineColumn()
    {
        var text = "Headline\nThe talks\u0000\u0001\u0002\u0003 ended.\n" + new string('\u0000', 50);

        var error = Assert.Throws<ArticleFormatException>(() => ArticleReader.Read("binary", text));

        Assert.Equal("binary", error.ArticleId);
        Assert.Equal(18, error.Offset);
        Assert.Equal(new LineColumn(2, 10), error.Position);
        Assert.Contains("offset 18", error.Message, StringComparison.Ordinal);
        Assert.Contains("2:10", error.Message, StringComparison.Ordinal);
        Assert.Contains("'binary'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_FewStrayControlCharacters_TreatedAsSpaces()
    {
        var text = new StringBuilder();
        for (var i = 0; i < 20; i++)
        {
            text.Append("The delegates met again on Friday and discussed the agenda at length. ");
        }

        text.Append("Finally\u0007 they agreed.");

        var article = ArticleReader.Read("stray", text.ToString());

        Assert.Equal(21, article.Sentences.Count);
        ArticleAssert.SentencesQuoteOriginal(article);
    }

    [Fact]
    public void Read_ControlFractionOption_Respected()
    {
        const string text = "One\u0000 two three.";

        Assert.Throws<ArticleFormatException>(() => ArticleReader.Read("strict", text));
        var article = ArticleReader.Read("lenient", text, new ArticleReaderOptions { MaxControlCharacterFraction = 0.5 });
        Assert.Single(article.Sentences);
    }

    [Fact]
    public void Options_FractionOutOfRange_Throws()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new ArticleReaderOptions { MaxControlCharacterFraction = 1.5 });
        Assert.Throws<ArgumentOutOfRangeException>(() => new ArticleReaderOptions { MaxControlCharacterFraction = -0.1 });
    }

    [Fact]
    public void Read_FiveMegabyteSingleLine_CompletesWithSentences()
    {
        const string sentence = "The envoys of the two countries met again on Thursday and agreed to keep talking. ";
        var builder = new StringBuilder(5 * 1024 * 1024 + sentence.Length);
        while (builder.Length < 5 * 1024 * 1024)
        {
            builder.Append(sentence);
        }

        var text = builder.ToString();

        var article = ArticleReader.Read("huge", text);

        Assert.Equal(text.Length / sentence.Length, article.Sentences.Count);
        Assert.Single(article.Paragraphs);
        Assert.Equal(sentence.TrimEnd(), article.Sentences[^1].Text);
    }

    [Fact]
    public void Read_SingleLineWithoutSpacesOrStops_Completes()
    {
        var text = new string('x', 1_000_000) + new string('.', 1_000_000);

        var article = ArticleReader.Read("run-on", text);

        Assert.Single(article.Sentences);
    }
}
