using RelationsGraph.Extraction.Reading;

namespace RelationsGraph.Extraction.Tests.Reading;

public sealed class NoisyXinhuaPageTests
{
    private static readonly ArticleText Article = ArticleReader.Read("xinhua-2023-11-16", SamplePages.NoisyXinhuaPage());

    [Fact]
    public void Read_NoisyPage_FindsHeadline()
    {
        Assert.Equal("Xi meets Japanese PM, calls for constructive ties fit for new era", Article.Headline);
        Assert.Equal(Article.Headline, Article.HeadlineRange!.Value.GetText(Article.Text));
    }

    [Fact]
    public void Read_NoisyPage_FindsOutletFromUpdatedLine()
    {
        Assert.Equal("Xinhua", Article.Outlet);
        Assert.Equal(OutletSource.UpdatedLine, Article.OutletSource);
    }

    [Fact]
    public void Read_NoisyPage_FindsPublishedTimeWithZeroOffset()
    {
        Assert.Equal(new DateTimeOffset(2023, 11, 17, 15, 27, 0, TimeSpan.Zero), Article.PublishedAt);
    }

    [Fact]
    public void Read_NoisyPage_FindsDatelinePlaceAndInfersYear()
    {
        Assert.Equal("SAN FRANCISCO", Article.DatelinePlace);
        Assert.Equal(new DateOnly(2023, 11, 16), Article.DatelineDate);
        Assert.True(Article.Dateline!.YearInferred);
        Assert.Equal("Xinhua", Article.Dateline.OutletTag);
        Assert.Equal("SAN FRANCISCO, Nov. 16 (Xinhua) --", Article.Dateline.Range.GetText(Article.Text));
        Assert.Equal("SAN FRANCISCO", Article.Dateline.PlaceRange.GetText(Article.Text));
    }

    [Fact]
    public void Read_NoisyPage_KeepsEveryStorySentenceInOrder()
    {
        Assert.Equal(SamplePages.StorySentences, Article.Sentences.Select(s => s.Text));
    }

    [Fact]
    public void Read_NoisyPage_SentenceTextsQuoteOriginalOffsets()
    {
        ArticleAssert.SentencesQuoteOriginal(Article);
    }

    [Fact]
    public void Read_NoisyPage_DatelineStaysInFirstSentence()
    {
        var first = Article.Sentences[0];
        Assert.Equal(Article.Dateline!.Range.Start, first.Start);
        Assert.StartsWith("SAN FRANCISCO, Nov. 16 (Xinhua) --", first.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_NoisyPage_RemovesCaptionBothTimes()
    {
        var captions = Article.RemovedNoise.Where(n => n.Kind == NoiseKind.PhotoCaption).ToList();
        Assert.Equal(2, captions.Count);
        Assert.All(captions, c => Assert.Equal(SamplePages.Caption, c.Text));
        Assert.DoesNotContain(Article.Sentences, s => s.Text.Contains("[Photo", StringComparison.Ordinal));
    }

    [Fact]
    public void Read_NoisyPage_RemovesFooterAndNavigationLines()
    {
        var kinds = Article.RemovedNoise.Select(n => (n.Kind, n.Text)).ToList();

        Assert.Contains((NoiseKind.Navigation, "App"), kinds);
        Assert.Contains((NoiseKind.Updated, "Updated: Nov 17, 2023 15:27 Xinhua"), kinds);
        Assert.Contains((NoiseKind.Copyright, "Copyright\u00A9 www.gov.cn | About us | Contact us"), kinds);
        Assert.Contains((NoiseKind.WebsiteIdentification, "Website Identification Code bm01000001"), kinds);
        Assert.Contains((NoiseKind.RegistrationNumber, "Registration Number: 05070218"), kinds);
        Assert.Contains(kinds, k => k.Kind == NoiseKind.Copyright && k.Text.StartsWith("All rights reserved.", StringComparison.Ordinal));
        Assert.Contains((NoiseKind.Navigation, "Mobile"), kinds);
        Assert.Contains((NoiseKind.Navigation, "Desktop"), kinds);
        Assert.Equal(Article.RemovedNoise.OrderBy(n => n.Start).Select(n => n.Start), Article.RemovedNoise.Select(n => n.Start));
    }

    [Fact]
    public void Read_NoisyPage_GroupsSentencesIntoParagraphs()
    {
        Assert.Equal(6, Article.Paragraphs.Count);
        Assert.Equal(2, Article.Paragraphs[1].SentenceCount);
        Assert.Equal([0, 1, 1, 2, 3, 4, 5], Article.Sentences.Select(s => s.ParagraphIndex));
        Assert.Equal(SamplePages.StorySentences[0], Article.Paragraphs[0].Text);
    }

    [Fact]
    public void Read_NoisyPage_ResolvesThursdayToDatelineDate()
    {
        Assert.Equal(new DateOnly(2023, 11, 16), Article.ResolveWeekday(DayOfWeek.Thursday));
        Assert.Equal(new DateOnly(2023, 11, 13), Article.ResolveWeekday(DayOfWeek.Monday));
    }

    [Theory]
    [InlineData("\r\n")]
    [InlineData("\r")]
    public void Read_NoisyPageWithOtherLineEnds_GivesSameSentences(string newline)
    {
        var article = ArticleReader.Read("crlf", SamplePages.NoisyXinhuaPage(newline));

        Assert.Equal(SamplePages.StorySentences, article.Sentences.Select(s => s.Text));
        Assert.Equal("Xinhua", article.Outlet);
        Assert.Equal(2, article.RemovedNoise.Count(n => n.Kind == NoiseKind.PhotoCaption));
        ArticleAssert.SentencesQuoteOriginal(article);
    }
}
