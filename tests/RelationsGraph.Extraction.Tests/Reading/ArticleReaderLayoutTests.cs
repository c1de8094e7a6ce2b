using RelationsGraph.Extraction.Reading;

namespace RelationsGraph.Extraction.Tests.Reading;

public sealed class ArticleReaderLayoutTests
{
    [Fact]
    public void Read_DatelineAloneOnItsLine_JoinsFollowingLine()
    {
        const string text = "Ministers meet on fisheries\nMANILA, Feb. 2 (Xinhua) --\nThe ministers met on Friday. They agreed on quotas.";

        var article = ArticleReader.Read("t", text);

        Assert.Equal("Ministers meet on fisheries", article.Headline);
        Assert.Single(article.Paragraphs);
        Assert.Equal("MANILA, Feb. 2 (Xinhua) --\nThe ministers met on Friday.", article.Sentences[0].Text);
        Assert.Equal("MANILA, Feb. 2 (Xinhua) --", article.Dateline!.Range.GetText(text));
    }

    [Fact]
    public void Read_SingleWordLineBeforeDateline_IsNavigationNotHeadline()
    {
        const string text = "Xinhua\nSAN FRANCISCO, Nov. 16 (Xinhua) -- The summit opened.";

        var article = ArticleReader.Read("t", text);

        Assert.Null(article.Headline);
        Assert.Contains(article.RemovedNoise, n => n.Kind == NoiseKind.Navigation && n.Text == "Xinhua");
    }

    [Fact]
    public void Read_AbbreviationAloneInAMenuAboveTheHeadline_DoesNotStartTheStory()
    {
        const string text = "Newsweek\nU.S.\nWorld\nPolitics\n\nZelensky walks out of the White House without a deal\n\n"
            + "President Donald Trump and President Volodymyr Zelensky traded barbs in the Oval Office on Friday.";

        var article = ArticleReader.Read("t", text);

        Assert.Equal("Zelensky walks out of the White House without a deal", article.Headline);
    }

    [Theory]
    [InlineData("Skip to navigation")]
    [InlineData("Skip to sections navigation")]
    [InlineData("Skip to the main content")]
    [InlineData("Accessibility links")]
    [InlineData("Larger text size")]
    [InlineData("Lire en français")]
    [InlineData("Home / India News / Leaders sign accord on defence and trade")]
    [InlineData("News > World > Leaders sign accord on defence and trade")]
    [InlineData("Top News | U.S. News | World News | Odd News | Entertainment | Science | Health | Sports | Photos")]
    [InlineData("The Guardian - Back to home")]
    [InlineData("This article is more than 2 years old")]
    [InlineData("This article is over 1 year old")]
    [InlineData("Read Time: 4 mins")]
    [InlineData("Reading time: 3 minutes")]
    [InlineData("5 min read")]
    [InlineData("Life & Style")]
    [InlineData("Politics & Law")]
    [InlineData("Subscribe   Sign in")]
    [InlineData("Share  Print  Email")]
    [InlineData("Share  Tweet  Email  Print")]
    [InlineData("Politics  Economy  Society  Culture  Opinion")]
    [InlineData("US  World  Politics  Business  Health  Entertainment  Style  Travel  Sports  Science  Climate  Weather  Ukraine-Russia War  Israel-Hamas War  Watch  Listen  Live TV")]
    [InlineData("Home  National  World  Politics  Business  Climate Change  Sport  Entertainment  Life & Style  Travel")]
    [InlineData("Link Copied!")]
    [InlineData("Subscribe to our newsletter")]
    [InlineData("Leave a comment")]
    [InlineData("Tags: Shinzo Abe, Xi Jinping, Li Keqiang, China, Japan-China relations, diplomacy, trade")]
    [InlineData("Gift this article")]
    [InlineData("ekathimerini.com")]
    [InlineData("www.example-news.co.uk")]
    public void Read_PageFurnitureAboveTheHeadline_IsNavigationNotHeadline(string line)
    {
        var article = ArticleReader.Read("t", line + "\nLeaders sign accord on defence\n\nThe leaders signed an accord on Thursday.");

        Assert.Equal("Leaders sign accord on defence", article.Headline);
        Assert.Contains(article.RemovedNoise, n => n.Kind == NoiseKind.Navigation && n.Text == line);
    }

    [Theory]
    [InlineData("This article is more than a summary of the talks.")]
    [InlineData("This article is more than 2 pages long")]
    [InlineData("Read time: 4 hours of talks")]
    [InlineData("5 min read the statement")]
    [InlineData("Leaders of the two nations met and agreed - Back to home")]
    [InlineData("Skip to the end: the leaders agreed.")]
    [InlineData("Subscribe   to the idea of peace")]
    [InlineData("Politics  Economy  and the leaders' talks")]
    [InlineData("US  World  Politics  Business  Health  Entertainment  Style  Travel  Sports  Science  Climate  Weather  Ukraine-Russia-  War  Listen  Live TV")]
    [InlineData("US  World  Politics  Business  Health  Entertainment  Style  Travel  Sports  Science  Climate  Weather  and the leaders' talks  Listen  Live TV")]
    [InlineData("Tags: the leaders agreed on everything.")]
    [InlineData("Talks.Ended")]
    [InlineData("Growth of 2.5")]
    [InlineData("Trade & Ukraine: what the leaders agreed.")]
    [InlineData("Asia / Pacific leaders agreed on a long list of regional issues")]
    [InlineData("Home / Leaders agreed on a long list of regional issues / Trade")]
    public void Read_StoryLineLikePageFurniture_IsKept(string line)
    {
        var article = ArticleReader.Read("t", "Leaders sign accord\n\n" + line);

        Assert.DoesNotContain(article.RemovedNoise, n => n.Text == line);
        Assert.NotEmpty(article.Sentences);
    }

    private const string FirstParagraph =
        "BALI, Nov. 14 (Wire) -- US President Joe Biden and Chinese President Xi Jinping met for three hours on Monday on the eve of the summit.";

    [Theory]
    [InlineData("Trade, Ukraine and North Korea")]
    [InlineData("\u2018Neither a party nor a participant\u2019")]
    [InlineData("Criticism at home")]
    public void Read_ShortLineOfItsOwnBetweenParagraphs_IsASubheading(string heading)
    {
        var article = ArticleReader.Read("t", "Leaders meet\n\n" + FirstParagraph + "\n\n" + heading + "\n\nThe two leaders also discussed trade.\n");

        Assert.Contains(article.RemovedNoise, n => n.Kind == NoiseKind.Subheading && n.Text == heading);
        Assert.Equal(2, article.Sentences.Count);
    }

    [Theory]
    [InlineData("\n\nThe talks went well.\n\n")]
    [InlineData("\n\nTrade, Ukraine and North Korea were on the agenda as the two leaders met in the resort town for talks\n\n")]
    [InlineData("\nTrade, Ukraine and North Korea\n\n")]
    [InlineData("\n\nWhat comes next?\n\n")]
    [InlineData("\n\n\u201CWe will never give up.\u201D\n\n")]
    public void Read_SentenceOrLineRunningOnOrLongLine_IsNoSubheading(string between)
    {
        var article = ArticleReader.Read("t", "Leaders meet\n\n" + FirstParagraph + between + "The two leaders also discussed trade.\n");

        Assert.DoesNotContain(article.RemovedNoise, n => n.Kind == NoiseKind.Subheading);
    }

    [Fact]
    public void Read_ShortLineBeforeTheFirstParagraphOfProse_IsNoSubheading()
    {
        var article = ArticleReader.Read("t", "Leaders meet\n\nStandfirst of the page\n\n" + FirstParagraph + "\n");

        Assert.DoesNotContain(article.RemovedNoise, n => n.Kind == NoiseKind.Subheading);
    }

    [Fact]
    public void Read_ShortHeadlineDirectlyAboveWrappedStory_IsHeadline()
    {
        const string text = "Short title\nThe first line runs on without a period because it is hard wrapped\nand continues here. Second sentence.";

        var article = ArticleReader.Read("t", text);

        Assert.Equal("Short title", article.Headline);
        Assert.Equal(2, article.Sentences.Count);
    }

    [Fact]
    public void Read_HeadlineDirectlyAboveAStandfirstOnOneLongLine_IsHeadlineNotTheStandfirstsFirstWords()
    {
        const string text = "Milei and Xi meet in Rio as trade trumps ideology\n"
            + "In his first face-to-face encounter with the Chinese leader, the libertarian president left campaign-trail hostility behind.\n\n"
            + "President Javier Milei held his first meeting with Chinese President Xi Jinping on Tuesday.";

        var article = ArticleReader.Read("t", text);

        Assert.Equal("Milei and Xi meet in Rio as trade trumps ideology", article.Headline);
        Assert.Equal(2, article.Sentences.Count);
    }

    [Fact]
    public void Read_HardWrappedParagraphWhoseSecondLineStartsWithAName_IsStillOneSentence()
    {
        const string text = "Leaders meet\n\nThe two leaders met for more than two hours on Tuesday and agreed with\nPresident Xi to keep talking.";

        var article = ArticleReader.Read("t", text);

        Assert.Equal("The two leaders met for more than two hours on Tuesday and agreed with\nPresident Xi to keep talking.", Assert.Single(article.Sentences).Text);
    }

    [Fact]
    public void Read_IsoUpdatedLineWithOffsetAndSourceLine_ReadsTimeAndOutlet()
    {
        const string text =
            "Will the talks resume soon?\nUpdated\uFF1A2023-11-17 15:27 GMT+8\nSource: China Daily\nThe talks will resume next week, officials said.";

        var article = ArticleReader.Read("t", text);

        Assert.Equal("Will the talks resume soon?", article.Headline);
        Assert.Equal(new DateTimeOffset(2023, 11, 17, 15, 27, 0, TimeSpan.FromHours(8)), article.PublishedAt);
        Assert.Equal("China Daily", article.Outlet);
        Assert.Equal(OutletSource.SourceLine, article.OutletSource);
        Assert.Contains(article.RemovedNoise, n => n.Kind == NoiseKind.Source);
    }

    [Theory]
    [InlineData("(c) 2023 Some Outlet")]
    [InlineData("Copyright 2023 Some Outlet")]
    [InlineData("\u00A9 Some Outlet 2023")]
    [InlineData("Some Outlet. All Rights Reserved.")]
    public void Read_CopyrightFooterForms_Removed(string footer)
    {
        var article = ArticleReader.Read("t", "The talks ended on Friday.\n" + footer);

        Assert.Single(article.Sentences);
        Assert.Equal(NoiseKind.Copyright, Assert.Single(article.RemovedNoise).Kind);
    }

    [Fact]
    public void Read_QuestionLineDirectlyBeforeStoryWithoutDateline_IsNotHeadline()
    {
        var article = ArticleReader.Read("t", "Is this the end of the talks?\nNo, officials said on Friday.");

        Assert.Null(article.Headline);
        Assert.Equal(2, article.Sentences.Count);
    }

    [Fact]
    public void Read_StorySentenceMentioningCopyright_Kept()
    {
        const string text = "Copyright protection was also on the agenda. The ministers agreed to cooperate.";

        Assert.Equal(2, ArticleReader.Read("t", text).Sentences.Count);
    }

    [Fact]
    public void Read_CustomNavigationWords_Respected()
    {
        var options = new ArticleReaderOptions { NavigationWords = ["Weiter lesen"] };

        var article = ArticleReader.Read("t", "The talks ended on Friday.\nWeiter lesen\nApp", options);

        Assert.Contains(article.RemovedNoise, n => n.Text == "Weiter lesen");
        Assert.Single(article.Sentences);
    }

    [Fact]
    public void Read_HeadlineAndStandfirstsWithoutBlankLines_HeadlineFoundAndStoryStartsAtItsFirstSentence()
    {
        const string text =
            "Diplomacy\n" +
            "Leaders pledge deeper partnership in Kremlin talks, but pipeline deal remains elusive\n" +
            "The two presidents sign two joint statements as the state visit reaches its second day\n" +
            "Published: 11:48pm, 21 Mar 2023\n" +
            "The two presidents promised on Tuesday to deepen their partnership. They signed two statements.";

        var article = ArticleReader.Read("t", text);

        Assert.Equal("Leaders pledge deeper partnership in Kremlin talks, but pipeline deal remains elusive", article.Headline);
        Assert.Equal("They signed two statements.", article.Sentences[^1].Text);
    }

    [Fact]
    public void Read_SiteNameThatTheCopyrightFooterRepeats_IsNavigationNotHeadline()
    {
        const string text = "The Sydney Morning Herald\n\nBiden rolls out the red carpet for Albanese\n\nTHE SYDNEY MORNING HERALD\n\n"
            + "Washington: The two leaders met at the White House on Wednesday for talks on trade and security.\n\n\u00a9 2023 The Sydney Morning Herald";

        var article = ArticleReader.Read("t", text, new ArticleReaderOptions { KnownPlaces = ["Washington"] });

        Assert.Equal("Biden rolls out the red carpet for Albanese", article.Headline);
        Assert.Equal(2, article.RemovedNoise.Count(n => n.Kind == NoiseKind.Navigation && n.Text.Equals("The Sydney Morning Herald", StringComparison.OrdinalIgnoreCase)));
        Assert.Equal(["Washington: The two leaders met at the White House on Wednesday for talks on trade and security."], article.Sentences.Select(s => s.Text));
    }

    [Fact]
    public void Read_SiteNameWithoutACopyrightFooterThatNamesIt_StaysTheHeadline() =>
        Assert.Equal("The Sydney Morning Herald", ArticleReader.Read(
            "t", "The Sydney Morning Herald\n\nThe two leaders met on Wednesday.\n\n\u00a9 2023 Nine Publishing\n\nRead more: The Sydney Morning Herald guide to the visit").Headline);

    [Theory]
    [InlineData("Updated: Nov 16, 2023 01:20")]
    [InlineData("By Jane Doe")]
    public void Read_SectionNameAboveAStampedHeadline_IsNavigationNotHeadline(string stamp)
    {
        var article = ArticleReader.Read("t", "East Asia Pacific\n\nBiden, Xi agree to reopen military hotlines\n\n" + stamp + "\n\nThe two leaders met on Wednesday.");

        Assert.Equal("Biden, Xi agree to reopen military hotlines", article.Headline);
        Assert.Contains(article.RemovedNoise, n => n.Kind == NoiseKind.Navigation && n.Text == "East Asia Pacific");
    }

    [Fact]
    public void Read_HeadlineAndStandfirstAboveTheByline_HeadlineIsTheFirst()
    {
        var article = ArticleReader.Read(
            "t", "The Daily Wire\n\nTrump steps into North Korea after summit with Moon\n\nLeaders agree to restart working-level talks\n\nBy Jane Doe\n\nThe two leaders met on Sunday.");

        Assert.Equal("Trump steps into North Korea after summit with Moon", article.Headline);
    }

    [Fact]
    public void Read_ShortHeadlineWithNoStampAfterALongerLine_StaysTheHeadline()
    {
        var article = ArticleReader.Read("t", "Xi meets Kishida\n\nLeaders agree to restart working-level talks soon\n\nThe two leaders met on Sunday.");

        Assert.Equal("Xi meets Kishida", article.Headline);
    }
}
