using RelationsGraph.Extraction.Reading;

namespace RelationsGraph.Extraction.Tests.Reading;

public sealed class ArticleReaderTests
{
    [Fact]
    public void Read_EmptyText_ReturnsArticleWithoutSentences()
    {
        var article = ArticleReader.Read("empty", string.Empty);

        Assert.Equal("empty", article.Id);
        Assert.Empty(article.Sentences);
        Assert.Empty(article.Paragraphs);
        Assert.Empty(article.RemovedNoise);
        Assert.Null(article.Headline);
        Assert.Null(article.Outlet);
        Assert.Null(article.PublishedAt);
        Assert.Null(article.Dateline);
        Assert.Null(article.ResolveWeekday(DayOfWeek.Monday));
    }

    [Theory]
    [InlineData("   ")]
    [InlineData("\n\n\r\n")]
    [InlineData("\u00A0\t\u00A0")]
    public void Read_WhitespaceOnly_ReturnsArticleWithoutSentences(string text)
    {
        Assert.Empty(ArticleReader.Read("blank", text).Sentences);
    }

    [Fact]
    public void Read_NullArguments_Throw()
    {
        Assert.Throws<ArgumentNullException>(() => ArticleReader.Read(null!, "text"));
        Assert.Throws<ArgumentNullException>(() => ArticleReader.Read("id", null!));
    }

    [Fact]
    public void Read_PlainStoryWithoutNoise_KeepsAllSentences()
    {
        const string text = "The two ministers met in Hanoi on Monday. They discussed fisheries and trade.\nA joint statement followed.";

        var article = ArticleReader.Read("plain", text);

        Assert.Null(article.Headline);
        Assert.Equal(
            ["The two ministers met in Hanoi on Monday.", "They discussed fisheries and trade.", "A joint statement followed."],
            article.Sentences.Select(s => s.Text));
        ArticleAssert.SentencesQuoteOriginal(article);
    }

    [Fact]
    public void Read_HardWrappedParagraphs_JoinsLinesAndKeepsOffsets()
    {
        const string text =
            "Envoys agree to reopen border crossings\n" +
            "\n" +
            "SEOUL, March 3 (Yonhap) -- Senior envoys of the two countries agreed on\n" +
            "Friday to reopen three border crossings, officials said. The deal\n" +
            "takes effect next month.\n" +
            "\n" +
            "The envoys will meet again in the autumn.\n";

        var article = ArticleReader.Read("wrapped", text, new ArticleReaderOptions { ReferenceDate = new DateOnly(2024, 3, 4) });

        Assert.Equal("Envoys agree to reopen border crossings", article.Headline);
        Assert.Equal("Yonhap", article.Outlet);
        Assert.Equal(OutletSource.DatelineTag, article.OutletSource);
        Assert.Equal(new DateOnly(2024, 3, 3), article.DatelineDate);
        Assert.Equal(2, article.Paragraphs.Count);
        Assert.Equal(
            [
                "SEOUL, March 3 (Yonhap) -- Senior envoys of the two countries agreed on\nFriday to reopen three border crossings, officials said.",
                "The deal\ntakes effect next month.",
                "The envoys will meet again in the autumn.",
            ],
            article.Sentences.Select(s => s.Text));
        ArticleAssert.SentencesQuoteOriginal(article);
    }

    [Fact]
    public void Read_HeadlineWithoutDateline_FoundBeforeBlankLine()
    {
        const string text = "Ministers vow closer maritime cooperation\n\nThe foreign ministers met in Manila. They signed a memorandum.";

        var article = ArticleReader.Read("no-dateline", text);

        Assert.Equal("Ministers vow closer maritime cooperation", article.Headline);
        Assert.Equal(2, article.Sentences.Count);
    }

    [Fact]
    public void Read_BylineAndEditorLines_RemovedAndRecorded()
    {
        const string text =
            "Leaders pledge to deepen energy links\n" +
            "By Jane Doe\n" +
            "CANBERRA, July 8 (AP) \u2014 The leaders pledged to deepen energy links on Monday.\n" +
            "Editor: John Roe\n";

        var article = ArticleReader.Read("byline", text);

        Assert.Equal("Jane Doe", article.Byline);
        Assert.Equal("AP", article.Outlet);
        Assert.Contains(article.RemovedNoise, n => n.Kind == NoiseKind.Byline && n.Text == "By Jane Doe");
        Assert.Contains(article.RemovedNoise, n => n.Kind == NoiseKind.Editor && n.Text == "Editor: John Roe");
        Assert.Equal(["CANBERRA, July 8 (AP) \u2014 The leaders pledged to deepen energy links on Monday."], article.Sentences.Select(s => s.Text));
    }

    [Fact]
    public void Read_BylineWithOutlet_UsedWhenNoBetterSource()
    {
        const string text = "Talks end without deal\nBy Jane Doe, Kyodo News\n\nThe talks ended without a deal on Tuesday.";

        var article = ArticleReader.Read("kyodo", text);

        Assert.Equal("Kyodo News", article.Outlet);
        Assert.Equal(OutletSource.Byline, article.OutletSource);
        Assert.Equal("Jane Doe", article.Byline);
    }

    [Fact]
    public void Read_AgencyWriterByline_TakesOutletFromKnownOutlets()
    {
        const string text = "Envoys meet\nby Xinhua writer Jane Doe\n\nThe envoys met on Tuesday.";

        var article = ArticleReader.Read("writer", text);

        Assert.Equal("Xinhua", article.Outlet);
        Assert.Equal("Jane Doe", article.Byline);
    }

    [Theory]
    [InlineData("By Euronews with AFP", "Euronews")]
    [InlineData("By Jane Doe with Reuters", "Jane Doe")]
    [InlineData("by Kyiv Independent news desk", "Kyiv Independent")]
    [InlineData("By Reuters staff", "Reuters")]
    [InlineData("By Jane Olstaff", "Jane Olstaff")]
    public void Read_BylineWithTheAgencyThatHelpedOrANewsroom_IsTheNameBeforeIt(string line, string name)
    {
        var article = ArticleReader.Read("with", "Envoys meet\n" + line + "\n\nThe envoys met on Tuesday.");

        Assert.Equal(name, article.Byline);
        Assert.Single(article.Sentences);
    }

    [Theory]
    [InlineData("By the end of the talks with China, both sides had agreed on a timetable.")]
    [InlineData("By Tuesday with the deal done, both sides went home")]
    [InlineData("By the time of the talks the staff")]
    public void Read_StoryLineStartingWithByAndHoldingWith_IsNotAByline(string line)
    {
        var article = ArticleReader.Read("by", line);

        Assert.Single(article.Sentences);
        Assert.Null(article.Byline);
    }

    [Fact]
    public void Read_StoryLineStartingWithBy_IsNotAByline()
    {
        const string text = "By the end of the talks, both sides had agreed on a timetable.";

        var article = ArticleReader.Read("by", text);

        Assert.Single(article.Sentences);
        Assert.Null(article.Byline);
    }

    [Fact]
    public void Read_CurlyQuotesAndNonBreakingSpaces_KeptInOriginalText()
    {
        const string text = "SAN FRANCISCO,\u00A0Nov. 16 (Xinhua) -- \u201CWe should look ahead,\u201D Xi said.\u00A0Kishida agreed.";

        var article = ArticleReader.Read("quotes", text, new ArticleReaderOptions { ReferenceDate = new DateOnly(2023, 11, 17) });

        Assert.Equal(
            ["SAN FRANCISCO,\u00A0Nov. 16 (Xinhua) -- \u201CWe should look ahead,\u201D Xi said.", "Kishida agreed."],
            article.Sentences.Select(s => s.Text));
        Assert.Equal(new DateOnly(2023, 11, 16), article.DatelineDate);
        ArticleAssert.SentencesQuoteOriginal(article);
    }

    [Fact]
    public void Read_ChineseNameBesideRomanisation_StaysInSentence()
    {
        const string text = "BEIJING, Jan. 5 (Xinhua) -- Xi Jinping (\u4E60\u8FD1\u5E73) met the visiting envoy. They spoke briefly.";

        var article = ArticleReader.Read("cjk", text);

        Assert.Equal(2, article.Sentences.Count);
        Assert.Contains("(\u4E60\u8FD1\u5E73)", article.Sentences[0].Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_HeadlinesUnderAReadMoreLabel_RemovedAsRelatedLinks()
    {
        const string text = "MANILA: Kishida met Marcos in Manila on Friday (Nov 3).\n\nRead more:\n"
            + "Kishida to become first Japanese leader to address Philippine Congress\n"
            + "Philippines, China trade blame after collisions near disputed shoal\n\n"
            + "The pair voiced concern about the South China Sea.";

        var article = ArticleReader.Read("related", text);

        Assert.Equal(3, article.RemovedNoise.Count(n => n.Kind == NoiseKind.RelatedLink));
        Assert.Equal(2, article.Sentences.Count);
        Assert.Equal("The pair voiced concern about the South China Sea.", article.Sentences[1].Text);
    }

    [Theory]
    [InlineData("Related\n\n", 3)]
    [InlineData("Read more:\n\n\n", 3)]
    public void Read_HeadlinesAfterABlankLineUnderARelatedLabel_RemovedAsRelatedLinks(string label, int links)
    {
        var text = "WASHINGTON, Nov 15 (Wire) - Biden met Xi in Woodside on Wednesday.\n\n" + label
            + "Biden to Host Xi at Historic Estate Outside San Francisco\n"
            + "APEC Leaders Gather in San Francisco Amid Economic Uncertainty\n\n"
            + "The two leaders agreed to resume military talks.";

        var article = ArticleReader.Read("related", text);

        Assert.Equal(links, article.RemovedNoise.Count(n => n.Kind == NoiseKind.RelatedLink));
        Assert.Equal("The two leaders agreed to resume military talks.", article.Sentences[^1].Text);
        Assert.Equal(2, article.Sentences.Count);
    }

    [Fact]
    public void Read_HeadlineBehindARelatedLabelOnItsLine_RemovedAsARelatedLink()
    {
        const string text = "LONDON, May 18 (Wire) - Sunak met Kishida in Hiroshima.\n"
            + "Related: What is the G7 and what will leaders discuss in Hiroshima?\n"
            + "The two leaders signed an accord.";

        var article = ArticleReader.Read("inline", text);

        Assert.Contains(article.RemovedNoise, n => n.Kind == NoiseKind.RelatedLink && n.Text.StartsWith("Related: What is the G7", StringComparison.Ordinal));
        Assert.DoesNotContain(article.Sentences, s => s.Text.Contains("What is the G7", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("Read more | BRICS summit: What you need to know as leaders descend on Sandton")]
    [InlineData("Premium | Election Commission ...")]
    [InlineData("Trending: Leaders gather in Sandton for the BRICS summit")]
    [InlineData("READ: PM Shehbaz assures Chinese investors of foolproof security in Shenzhen")]
    public void Read_HeadlineBehindALabelAndABar_RemovedAsARelatedLink(string line)
    {
        var text = "PRETORIA, Aug. 22 (Wire) - Ramaphosa met Xi in Pretoria.\n\n" + line + "\n\nThe two leaders signed an accord.";

        var article = ArticleReader.Read("bar", text);

        Assert.Contains(article.RemovedNoise, n => n.Kind == NoiseKind.RelatedLink && n.Text == line);
        Assert.Equal(2, article.Sentences.Count);
    }

    [Fact]
    public void Read_SentenceBehindALabelEndingInAFullStop_IsKept()
    {
        const string text = "PRETORIA, Aug. 22 (Wire) - Ramaphosa met Xi in Pretoria.\n\nPremium | The two leaders signed an accord.";

        Assert.DoesNotContain(ArticleReader.Read("bar", text).RemovedNoise, n => n.Kind == NoiseKind.RelatedLink);
    }

    [Fact]
    public void Read_StorySentenceRightAfterARelatedLabel_IsKept()
    {
        const string text = "LONDON, May 18 (Wire) - Sunak met Kishida in Hiroshima.\nRelated\nThe two leaders signed an accord on Thursday.";

        var article = ArticleReader.Read("label", text);

        Assert.Contains(article.Sentences, s => s.Text == "The two leaders signed an accord on Thursday.");
    }

    [Fact]
    public void Read_UnknownShortLines_RemovedAsNavigationButHeadlineKept()
    {
        const string text = "English\nSummit closes with joint pledge\nWorld News\nLIMA, Nov. 18 (Reuters) - The summit closed on Saturday with a joint pledge.\nMore stories";

        var article = ArticleReader.Read("short", text);

        Assert.Equal("Summit closes with joint pledge", article.Headline);
        Assert.Contains(article.RemovedNoise, n => n.Kind == NoiseKind.Navigation && n.Text == "English");
        Assert.Contains(article.RemovedNoise, n => n.Kind == NoiseKind.Navigation && n.Text == "World News");
        Assert.Contains(article.RemovedNoise, n => n.Kind == NoiseKind.Navigation && n.Text == "More stories");
        Assert.Single(article.Sentences);
        Assert.Equal("Reuters", article.Outlet);
    }

    [Fact]
    public void Read_BreadcrumbAndDecoration_Removed()
    {
        const string text = "Home | World | Asia-Pacific\n* * *\nThe ministers met in Jakarta on Friday.";

        var article = ArticleReader.Read("crumbs", text);

        Assert.Contains(article.RemovedNoise, n => n.Kind == NoiseKind.Navigation);
        Assert.Contains(article.RemovedNoise, n => n.Kind == NoiseKind.Decoration);
        Assert.Equal(["The ministers met in Jakarta on Friday."], article.Sentences.Select(s => s.Text));
    }

    [Fact]
    public void Read_CaptionInsideParagraph_RemovedWithItsCredit()
    {
        const string text = "Leaders shake hands in Lima, Nov. 15, 2024. [Photo/Agencies] The leaders met for an hour. They agreed to meet again.";

        var article = ArticleReader.Read("inline-caption", text);

        Assert.Equal(["The leaders met for an hour.", "They agreed to meet again."], article.Sentences.Select(s => s.Text));
        var caption = Assert.Single(article.RemovedNoise);
        Assert.Equal(NoiseKind.PhotoCaption, caption.Kind);
        Assert.Equal("Leaders shake hands in Lima, Nov. 15, 2024. [Photo/Agencies]", caption.Text);
        ArticleAssert.SentencesQuoteOriginal(article);
    }

    [Fact]
    public void Read_CreditInParenthesesCaptionLine_Removed()
    {
        const string text = "The two leaders pose for a photo before the talks. (Xinhua/Jane Doe)\nThe talks lasted two hours.";

        var article = ArticleReader.Read("credit", text);

        Assert.Equal(["The talks lasted two hours."], article.Sentences.Select(s => s.Text));
        Assert.Equal(NoiseKind.PhotoCaption, Assert.Single(article.RemovedNoise).Kind);
    }

    [Theory]
    [InlineData("President Cyril Ramaphosa welcomes Chinese President Xi Jinping in Pretoria. (GCIS)")]
    [InlineData("(GCIS) Ramaphosa and Xi inspect the guard of honour at the Union Buildings.")]
    public void Read_CaptionLineWithABareCreditInBrackets_Removed(string caption)
    {
        var article = ArticleReader.Read("bare-credit", "Ramaphosa hosts Xi\n\n" + caption + "\n\nPRETORIA, Aug. 22 (Wire) - Ramaphosa met Xi on Tuesday.");

        Assert.Equal(["PRETORIA, Aug. 22 (Wire) - Ramaphosa met Xi on Tuesday."], article.Sentences.Select(s => s.Text));
        Assert.Equal(NoiseKind.PhotoCaption, Assert.Single(article.RemovedNoise).Kind);
    }

    [Theory]
    [InlineData("The talks lasted two hours, the ministry said. (AFP)")]
    [InlineData("(AFP) The talks lasted two hours, the ministry said.")]
    [InlineData("The talks lasted two hours, the ministry said (in a statement).")]
    [InlineData("(LEAD) Yoon, Kishida agree to revive shuttle diplomacy")]
    public void Read_OutletOrWordsInBracketsAroundAStorySentence_AreNoCredit(string story)
    {
        var article = ArticleReader.Read("credit-story", "PRETORIA, Aug. 22 (Wire) - Ramaphosa met Xi on Tuesday.\n\n" + story);

        Assert.DoesNotContain(article.RemovedNoise, n => n.Kind == NoiseKind.PhotoCaption);
    }

    [Fact]
    public void Read_FullWidthPunctuation_SplitsAtIdeographicStops()
    {
        const string text = "\u4E60\u8FD1\u5E73\u4F1A\u89C1\u5CB8\u7530\u6587\u96C4\u3002\u53CC\u65B9\u540C\u610F\uFF0C\u52A0\u5F3A\u5408\u4F5C\uFF01";

        var article = ArticleReader.Read("zh", text);

        Assert.Equal(2, article.Sentences.Count);
        ArticleAssert.SentencesQuoteOriginal(article);
    }

    [Theory]
    [InlineData("Asia / Pacific")]
    [InlineData("World / Europe / France")]
    [InlineData("Politics, Europe, Türkiye")]
    public void Read_SectionLineSplitBySpacedSlashes_IsNavigationNotTheHeadline(string section)
    {
        var article = ArticleReader.Read("crumbs", section + "\nXi hosts Macron in Guangzhou for informal talks\n\nThe ministers met in Jakarta on Friday.");

        Assert.Equal("Xi hosts Macron in Guangzhou for informal talks", article.Headline);
        Assert.Contains(article.RemovedNoise, n => n.Kind == NoiseKind.Navigation);
    }

    [Fact]
    public void Read_HeadlineSplitByABarWithFullStopsInIt_StaysTheHeadline()
    {
        var article = ArticleReader.Read("crumbs", "Kim meets Xi | No deal yet. | Analysis\n\nThe ministers met in Jakarta on Friday.");

        Assert.Equal("Kim meets Xi | No deal yet. | Analysis", article.Headline);
    }

    [Fact]
    public void Read_HeadlineWithAnUnspacedSlash_StaysTheHeadline()
    {
        var article = ArticleReader.Read("crumbs", "Xi/Biden talks end\n\nThe ministers met in Jakarta on Friday.");

        Assert.Equal("Xi/Biden talks end", article.Headline);
    }

    [Fact]
    public void Read_HeadlineOfTwoNamesAndAVerb_StaysTheHeadline() =>
        Assert.Equal("Erdogan, Putin meet in Sochi", ArticleReader.Read("t", "Erdogan, Putin meet in Sochi\n\nThe ministers met in Jakarta on Friday.").Headline);
}
