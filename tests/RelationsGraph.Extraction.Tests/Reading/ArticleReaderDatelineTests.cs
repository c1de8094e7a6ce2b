using RelationsGraph.Extraction.Reading;

namespace RelationsGraph.Extraction.Tests.Reading;

public sealed class ArticleReaderDatelineTests
{
    private static ArticleText ReadWithPage(string story, string updated) =>
        ArticleReader.Read("t", $"Leaders hold talks on trade\nUpdated: {updated}\n{story}");

    [Fact]
    public void Read_DecemberDatelineOnJanuaryPage_InfersPreviousYear()
    {
        var article = ReadWithPage("TOKYO, Dec. 31 (Kyodo) -- The ministers spoke by phone.", "Jan 2, 2024 09:00 Kyodo");

        Assert.Equal(new DateOnly(2023, 12, 31), article.DatelineDate);
    }

    [Fact]
    public void Read_JanuaryDatelineOnDecemberPage_InfersNextYear()
    {
        var article = ReadWithPage("TOKYO, Jan. 1 (Kyodo) -- The ministers spoke by phone.", "Dec 31, 2023 23:50");

        Assert.Equal(new DateOnly(2024, 1, 1), article.DatelineDate);
    }

    [Fact]
    public void Read_DatelineWithYear_UsesWrittenYear()
    {
        var article = ReadWithPage("GENEVA, Oct. 3, 2019 (AFP) -- The delegates met.", "Nov 17, 2023 15:27");

        Assert.Equal(new DateOnly(2019, 10, 3), article.DatelineDate);
        Assert.False(article.Dateline!.YearInferred);
        Assert.Equal("AFP", article.Dateline.OutletTag);
    }

    [Theory]
    [InlineData("ABU DHABI, 13th February, 2024 (WAM) -- The delegates met.", 2024, "WAM")]
    [InlineData("ABU DHABI, 13 February (WAM) -- The delegates met.", 2023, "WAM")]
    public void Read_DatelineWithTheDayBeforeTheMonth_ReadsTheDate(string story, int year, string outlet)
    {
        var article = ReadWithPage(story, "Feb 20, 2023 15:27");

        Assert.Equal(new DateOnly(year, 2, 13), article.DatelineDate);
        Assert.Equal("ABU DHABI", article.Dateline!.Place);
        Assert.Equal(outlet, article.Dateline.OutletTag);
    }

    [Fact]
    public void Read_DatelineWithTheYearAfterASlash_UsesWrittenYear()
    {
        var article = ReadWithPage("Addis Ababa, October 17/2023 (ENA) The delegates met.", "Nov 17, 2024 15:27");

        Assert.Equal(new DateOnly(2023, 10, 17), article.DatelineDate);
        Assert.Equal("Addis Ababa", article.Dateline!.Place);
        Assert.Equal("ENA", article.Dateline.OutletTag);
    }

    [Theory]
    [InlineData("TEMPO.CO, Jakarta - President Joko Widodo held talks with Xi Jinping in Beijing.", "Jakarta", "TEMPO.CO")]
    [InlineData("ST. LOUIS, Mo. (AP) - The delegates met on Tuesday.", "ST. LOUIS", "AP")]
    public void Read_OutletsWebAddressBeforeThePlace_IsTheOutletAndThePlaceFollows(string story, string place, string outlet)
    {
        var article = ReadWithPage(story, "Jul 26, 2022 20:14");

        Assert.Equal(place, article.DatelinePlace);
        Assert.Equal(outlet, article.Dateline!.OutletTag);
    }

    [Theory]
    [InlineData("Lima, Peru CNN — President Joe Biden met Chinese leader Xi Jinping on Saturday.")]
    [InlineData("Lima, Peru CNN —\n\nPresident Joe Biden met Chinese leader Xi Jinping on Saturday.")]
    public void Read_PlaceAndAnOutletInCapitalsWithoutBrackets_IsTheDateline(string story)
    {
        var article = ReadWithPage(story, "Nov 16, 2024 21:47");

        Assert.Equal("Lima", article.DatelinePlace);
        Assert.Equal("CNN", article.Dateline!.OutletTag);
        Assert.EndsWith("President Joe Biden met Chinese leader Xi Jinping on Saturday.", article.Sentences[^1].Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Lima, Peru CNN reported that the leaders met.")]
    [InlineData("Lima, Peru REPORTS — The leaders met.")]
    [InlineData("Lima, Peru Cnn — The leaders met.")]
    public void Read_OutletWithoutADashOrNotInCapitals_IsNoDateline(string story)
    {
        var article = ReadWithPage(story, "Nov 16, 2024 21:47");

        Assert.Null(article.Dateline);
    }

    [Fact]
    public void Read_DatelineWithoutAnyReferenceDate_HasNoDate()
    {
        var article = ArticleReader.Read("t", "HANOI, May 9 (Reuters) - The ministers met.");

        Assert.Equal("HANOI", article.DatelinePlace);
        Assert.Null(article.DatelineDate);
    }

    [Fact]
    public void Read_ReferenceDateOption_GivesDatelineYear()
    {
        var article = ArticleReader.Read(
            "t", "HANOI, May 9 (Reuters) - The ministers met.", new ArticleReaderOptions { ReferenceDate = new DateOnly(2022, 5, 10) });

        Assert.Equal(new DateOnly(2022, 5, 9), article.DatelineDate);
    }

    [Theory]
    [InlineData("WASHINGTON (AP) \u2014 The senators met.", "WASHINGTON", "AP")]
    [InlineData("WOODSIDE, Calif. (AP) \u2014 The leaders met.", "WOODSIDE", "AP")]
    [InlineData("NEW DELHI \u2014 The ministers met.", "NEW DELHI", null)]
    [InlineData("Beijing, Nov. 16 (Xinhua) -- The ministers met.", "Beijing", "Xinhua")]
    [InlineData("ST. PETERSBURG, June 2 -- The ministers met.", "ST. PETERSBURG", null)]
    [InlineData("PORT-AU-PRINCE, April 2 (Reuters) - The ministers met.", "PORT-AU-PRINCE", "Reuters")]
    [InlineData("Guangzhou (China) (AFP) \u2013 The ministers met.", "Guangzhou", "AFP")]
    [InlineData("Beijing (ANTARA) - The President held a bilateral meeting.", "Beijing", "ANTARA")]
    [InlineData("SOCHI, September 4. /TASS/. The presidents held talks.", "SOCHI", "TASS")]
    [InlineData("Riyadh, December 08, 2022, SPA -- The King received the Chinese President.", "Riyadh", "SPA")]
    [InlineData("BEIJING: Chinese President Xi Jinping on Wednesday assured his guest of continued support.", "BEIJING", null)]
    [InlineData("NEW DELHI: The two prime ministers agreed on Monday to expand defence and trade ties.", "NEW DELHI", null)]
    [InlineData("WASHINGTON--Prime Minister Shigeru Ishiba and U.S. President Donald Trump held their first summit.", "WASHINGTON", null)]
    [InlineData("TOKYO\u2014The two prime ministers met.", "TOKYO", null)]
    public void Read_DatelineForms_ParsePlaceAndTag(string text, string place, string? tag)
    {
        var article = ArticleReader.Read("t", text);

        Assert.Equal(place, article.DatelinePlace);
        Assert.Equal(tag, article.Dateline!.OutletTag);
        Assert.Single(article.Sentences);
        Assert.Equal(0, article.Dateline.Range.Start);
    }

    [Theory]
    [InlineData("U.S.-China talks resumed on Friday.")]
    [InlineData("US-CHINA talks resumed on Friday.")]
    [InlineData("U.S.- China talks resumed on Friday.")]
    [InlineData("Xi--the Chinese president--spoke first.")]
    [InlineData("Chinese President Xi Jinping (R) meets the visiting envoy.")]
    [InlineData("CHINA, JAPAN agree to talk more often.")]
    [InlineData("Xi Jinping -- the Chinese president -- spoke first.")]
    [InlineData("Xi Jinping (R) (file photo) spoke first.")]
    [InlineData("Xi Jinping (R) - the Chinese president - spoke first.")]
    [InlineData("Guangzhou (China) - The ministers met.")]
    [InlineData("Beijing (Antara) - The President held a bilateral meeting.")]
    [InlineData("NATO summit opens in Vilnius.")]
    [InlineData("Talks on September 4. /tass/ is lower case.")]
    [InlineData("Riyadh, December 08, 2022, SAUDI PRESS AGENCY -- The King received the Chinese President.")]
    [InlineData("Riyadh, December 08, SPA said the King received the Chinese President.")]
    [InlineData("BY DANA WHITFIELD - The ministers met on Friday in the capital.")]
    public void Read_NotADateline_HasNoDateline(string text)
    {
        Assert.Null(ArticleReader.Read("t", text).Dateline);
    }

    [Theory]
    [InlineData("UPDATE: The ministers met on Friday in the capital to discuss trade and investment.")]
    [InlineData("EDITOR'S NOTE: This story has been corrected to show the date of the two leaders' meeting.")]
    [InlineData("BREAKING: Xi arrives in Paris.")]
    [InlineData("NATO: Allies agree on a new plan.")]
    [InlineData("BEIJING:\"A New Era\" was the phrase of the day as the two leaders met for talks.")]
    [InlineData("Beijing: Chinese President Xi Jinping on Wednesday assured his guest of continued support.")]
    public void Read_ColonAfterALabelAShortLineOrNoCapitals_IsNoDateline(string text) =>
        Assert.Null(ArticleReader.Read("t", text).Dateline);

    [Theory]
    [InlineData("Washington: US President Joe Biden has welcomed Prime Minister Anthony Albanese to the White House.", "Washington")]
    [InlineData("new delhi: Prime Minister Narendra Modi and Italian Prime Minister Giorgia Meloni held talks on Thursday.", null)]
    [InlineData("Kishida: Japan will do its utmost to keep the region free and open for all nations.", null)]
    [InlineData("Beijing: Chinese President Xi Jinping on Wednesday assured his guest of continued support.", null)]
    public void Read_PlaceInTitleCaseAndColon_IsADatelineOnlyWhenAKnownPlace(string text, string? place)
    {
        var options = new ArticleReaderOptions { KnownPlaces = ["Washington", "New Delhi"] };

        Assert.Equal(place, ArticleReader.Read("t", text, options).DatelinePlace);
    }

    [Theory]
    [InlineData("Geneva \u2014 President Biden and Russian President Vladimir Putin sat down face to face on Wednesday.", "Geneva")]
    [InlineData("Geneva -- President Biden and Russian President Vladimir Putin sat down face to face on Wednesday.", "Geneva")]
    [InlineData("Geneva \u2014 the lakeside city where Biden and Putin met on Wednesday, was calm.", null)]
    [InlineData("Geneva \u2014 Biden and Putin.", null)]
    [InlineData("Lausanne \u2014 President Biden and Russian President Vladimir Putin sat down face to face on Wednesday.", null)]
    public void Read_KnownPlaceInTitleCaseAndADash_IsADatelineOnlyBeforeTheStorysFirstSentence(string text, string? place)
    {
        var options = new ArticleReaderOptions { KnownPlaces = ["Geneva"] };

        Assert.Equal(place, ArticleReader.Read("t", text, options).DatelinePlace);
    }

    [Theory]
    [InlineData("Lula and Biden say democracy prevailed\nFeb.10.2023 at 9:40PM\nWashington\n\nThe two presidents held talks at the White House.", "Washington")]
    [InlineData("Washington\nLula and Biden say democracy prevailed in both countries\n\nThe two presidents held talks at the White House.", null)]
    [InlineData("Lula and Biden say democracy prevailed\nWashington\nWorld\nThe two presidents held talks at the White House.", null)]
    [InlineData("Lula and Biden say democracy prevailed\nLausanne\n\nThe two presidents held talks at the White House.", null)]
    public void Read_KnownPlaceAloneOnALineBetweenTheHeadlineAndTheStory_IsTheDateline(string text, string? place)
    {
        var options = new ArticleReaderOptions { KnownPlaces = ["Washington"] };

        Assert.Equal(place, ArticleReader.Read("t", text, options).DatelinePlace);
    }

    [Fact]
    public void Read_PlaceAndCountryAloneOnALineAboveTheStory_IsTheDateline()
    {
        var article = ArticleReader.Read("t", "Erdogan, Putin meet in Sochi\n\nSOCHI, Russia\n\nThe two presidents held talks on Monday.");

        Assert.Equal("SOCHI", article.DatelinePlace);
        Assert.Contains("The two presidents held talks on Monday.", article.Sentences.Select(s => s.Text));
    }

    [Fact]
    public void Read_SubheadingInCapitalsWithAComma_IsNoDateline()
    {
        var article = ArticleReader.Read("t", "Erdogan, Scholz differ on Gaza\n\nThe two leaders met in Berlin on Friday.\n\nMIGRATION, EU TIES\n\nThe talks also touched on migration.");

        Assert.Null(article.DatelinePlace);
        Assert.Contains("The talks also touched on migration.", article.Sentences.Select(s => s.Text));
    }

    [Theory]
    [InlineData("New Delhi:")]
    [InlineData("NEW DELHI:")]
    [InlineData("New Delhi: ")]
    public void Read_PlaceAndColonAloneOnALineAboveTheStory_IsTheDateline(string line)
    {
        var article = ArticleReader.Read("t", $"Modi, Hasina hold talks\n\n{line}\n\nPrime Minister Narendra Modi held talks with his Bangladeshi counterpart on Saturday.");

        Assert.Equal("New Delhi", article.DatelinePlace, StringComparer.OrdinalIgnoreCase);
        Assert.Contains("Prime Minister Narendra Modi held talks with his Bangladeshi counterpart on Saturday.", article.Sentences.Select(s => s.Text));
    }

    [Theory]
    [InlineData("Highlights:")]
    [InlineData("Key Points:")]
    [InlineData("Tags:")]
    [InlineData("Prime Minister Narendra Modi:")]
    [InlineData("New Delhi: Modi")]
    [InlineData("new delhi:")]
    public void Read_LabelLongNameOrMoreAfterTheColon_IsNoColonLineDateline(string line) =>
        Assert.Null(ArticleReader.Read("t", $"Modi, Hasina hold talks\n\n{line}\n\nPrime Minister Narendra Modi held talks with his Bangladeshi counterpart on Saturday.").DatelinePlace);

    [Fact]
    public void Read_ManyShortLinesAboveTheDateline_DoNotUseUpTheSearch()
    {
        var buttons = string.Join('\n', Enumerable.Range(1, 14).Select(i => $"Share {i}"));
        var article = ArticleReader.Read("t", $"Leaders meet in Manila\nListen to this article\n{buttons}\nMANILA: Japan and the Philippines agreed on Friday to begin negotiations on a defence pact.");

        Assert.Equal("MANILA", article.DatelinePlace);
    }

    [Fact]
    public void Read_DatelineBelowTwelveLinesOfProse_IsNotSearchedFor()
    {
        var prose = string.Join('\n', Enumerable.Range(1, 12).Select(i => $"This is line {i} of a long preamble."));
        var article = ArticleReader.Read("t", $"Leaders meet in Manila\n{prose}\nMANILA: Japan and the Philippines agreed on Friday to begin negotiations on a defence pact.");

        Assert.Null(article.DatelinePlace);
    }

    [Fact]
    public void Read_CapitalisedLineWithoutACountry_IsNoDateline() =>
        Assert.Null(ArticleReader.Read("t", "Leaders meet\n\nBREAKING NEWS\n\nThe two presidents held talks on Monday.").DatelinePlace);

    [Fact]
    public void Read_TimeStampEndingWithAPlaceInCapitals_GivesTheDatelinePlace()
    {
        var article = ArticleReader.Read("t", "Modi and Kishida meet\n\nUpdated - March 20, 2023 10:12 pm IST - NEW DELHI\n\nMr. Kishida arrived here in the morning on a two-day visit.");

        Assert.Equal("NEW DELHI", article.DatelinePlace);
        Assert.Equal(new DateTimeOffset(2023, 3, 20, 22, 12, 0, TimeSpan.FromHours(5.5)), article.PublishedAt);
        Assert.Equal(["Mr. Kishida arrived here in the morning on a two-day visit."], article.Sentences.Select(s => s.Text));
    }

    [Theory]
    [InlineData("Updated - March 20, 2023 10:12 pm IST - PTI")]
    [InlineData("Updated - March 20, 2023 - 10:12 IST")]
    [InlineData("Updated: March 20, 2023 10:12 NEW DELHI")]
    [InlineData("Updated - March 20, 2023 - New Delhi edition of the paper")]
    public void Read_TimeStampEndingWithAnOutletATimeOrProse_GivesNoDateline(string stamp) =>
        Assert.Null(ArticleReader.Read("t", $"Modi and Kishida meet\n\n{stamp}\n\nMr. Kishida arrived in the morning.").DatelinePlace);

    [Fact]
    public void Read_StoryDatelineAndPlaceInTimeStamp_TheStorysDatelineWins() =>
        Assert.Equal("HIROSHIMA", ArticleReader.Read("t", "Leaders meet\n\nUpdated - May 20, 2023 10:12 pm IST - NEW DELHI\n\nHIROSHIMA, May 20 (PTI) - The two leaders met.").DatelinePlace);

    [Fact]
    public void Read_LineOfAgenciesAboveTheDateline_IsCreditNotDateline()
    {
        var article = ArticleReader.Read("t", "Abe and Moon hold talks\nKYODO, JIJI\nDec 24, 2019\nCHENGDU, CHINA \u2013 Prime Minister Shinzo Abe and President Moon Jae-in held talks on Tuesday.");

        Assert.Equal("CHENGDU", article.DatelinePlace);
        Assert.DoesNotContain(article.Sentences, s => s.Text.Contains("JIJI", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("KYODO, SEOUL")]
    [InlineData("Reuters")]
    public void Read_LineWithAnOutletAndAPlace_IsNoCreditList(string line) =>
        Assert.NotEqual(NoiseKind.Source, ArticleReader.Read("t", $"Leaders meet\n\n{line}\n\nThe two presidents held talks on Monday.").RemovedNoise.FirstOrDefault(n => n.Text == line)?.Kind);
}
