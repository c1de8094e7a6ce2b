using RelationsGraph.Extraction.Mentions;
using RelationsGraph.Extraction.Tests.Support;

namespace RelationsGraph.Extraction.Tests.Resolution;

public sealed class DateResolverTests
{
    [Theory]
    [InlineData("They met on Wednesday.", "2024-04-10")]
    [InlineData("They met on Friday.", "2024-04-05")]
    [InlineData("They met in March.", "2024-03")]
    [InlineData("They met in May.", "2023-05")]
    [InlineData("They met last April.", "2023-04")]
    [InlineData("They met in November last year.", "2023-11")]
    [InlineData("They met a year ago.", "2023")]
    [InlineData("They had agreed on it a year earlier, when they met in Woodside.", "2023")]
    [InlineData("They had met a year before.", "2023")]
    [InlineData("This year marks the date.", "2024")]
    [InlineData("They met on Dec. 30.", "2023-12-30")]
    [InlineData("They met on 8 April.", "2024-04-08")]
    [InlineData("They met on 30 December.", "2023-12-30")]
    [InlineData("They met today.", "2024-04-10")]
    [InlineData("They met this morning.", "2024-04-10")]
    [InlineData("They will dine together tonight.", "2024-04-10")]
    [InlineData("They spoke by phone yesterday.", "2024-04-09")]
    public void Resolve_RelativeDates_CountFromTheArticlesDate(string sentence, string expected)
    {
        // Filed Wednesday 10 April 2024.
        var result = Some.Extract("Apr 10, 2024 18:00", "WASHINGTON, April 10 (Wire)", sentence);
        var date = result.Sentences.SelectMany(s => s.MentionsOf(MentionKind.Date)).Last();

        Assert.Equal(expected, date.Date?.ToString());
    }

    [Theory]
    [InlineData("He will travel to Seoul on Friday.", "2024-04-12")]
    [InlineData("She is expected to attend the summit in September.", "2024-09")]
    [InlineData("The talks are scheduled for Wednesday.", "2024-04-10")]
    [InlineData("He will recall that they met in March.", "2024-03")]
    [InlineData("He accepted the invitation to attend the summit in May.", "2024-05")]
    [InlineData("She looked forward to hosting him in September.", "2024-09")]
    [InlineData("The summit, which Indonesia is hosting from Friday, opens the season.", "2024-04-12")]
    [InlineData("Xi prepares to sit down with the U.S. president on Saturday, also in Osaka.", "2024-04-13")]
    [InlineData("The leaders are slated to meet on Monday.", "2024-04-15")]
    [InlineData("Biden was to host Kishida and Marcos on Thursday.", "2024-04-11")]
    [InlineData("Later on Thursday, Biden was to host Kishida and Marcos.", "2024-04-11")]
    public void Resolve_DateInAClauseAboutTheFuture_IsTheNextOne(string sentence, string expected)
    {
        var result = Some.Extract("Apr 10, 2024 18:00", "WASHINGTON, April 10 (Wire)", sentence);

        Assert.Equal(expected, result.Sentences.SelectMany(s => s.MentionsOf(MentionKind.Date)).Last().Date?.ToString());
    }

    [Theory]
    [InlineData("On Saturday, Kishida is set to address a joint session of Congress.", "2024-04-13")]
    [InlineData("On Friday, he will travel to Seoul.", "2024-04-12")]
    [InlineData("On Monday, the two leaders met in Seoul and will meet again.", "2024-04-08")]
    [InlineData("On Monday, Kishida said he will travel to Seoul.", "2024-04-08")]
    [InlineData("The three-way summit on Friday will bring Marcos to the table.", "2024-04-12")]
    [InlineData("The summit in Washington on Friday will bring Marcos to the table.", "2024-04-12")]
    [InlineData("The summit on Monday brought Marcos to the table.", "2024-04-08")]
    public void Resolve_DateThatOpensTheSentence_TakesTheTenseOfTheClauseAfterIt(string sentence, string expected)
    {
        var result = Some.Extract("Apr 10, 2024 18:00", "WASHINGTON, April 10 (Wire)", sentence);

        Assert.Equal(expected, result.Sentences.SelectMany(s => s.MentionsOf(MentionKind.Date)).Last().Date?.ToString());
    }

    [Theory]
    [InlineData("The three leaders also met in Hiroshima that same month.", "2023-05")]
    [InlineData("The three leaders also met in Hiroshima later that month.", "2023-05")]
    [InlineData("The three leaders also met in Hiroshima the same month.", "2023-05")]
    [InlineData("The three leaders also met in Hiroshima earlier that year.", "2023")]
    [InlineData("The three leaders also met in Hiroshima that same year.", "2023")]
    [InlineData("The three leaders also met in Hiroshima that month.", "2023-05")]
    [InlineData("The three leaders also met in Hiroshima in June that year.", "2023-06")]
    [InlineData("The three leaders also met in Hiroshima in June the same year.", "2023-06")]
    [InlineData("The three leaders also met in Hiroshima that same day.", null)]
    [InlineData("The three leaders met again in Hiroshima the following day.", null)]
    public void Resolve_DateToldByThePreviousOne_TakesItsMonthOrYear(string sentence, string? expected)
    {
        var result = Some.Extract("Aug 18, 2023 18:00", "CAMP DAVID, Md. (Wire)", "Kishida visited Seoul in May.", sentence);
        var date = result.Sentences[^1].MentionsOf(MentionKind.Date).Single();

        Assert.Equal(expected, date.Date?.ToString());
    }

    [Theory]
    [InlineData("the following day", "2016-12-16")]
    [InlineData("the next day", "2016-12-16")]
    public void Resolve_DayAfterADayTold_IsTheDayAfterIt(string words, string expected)
    {
        var result = Some.Extract("Dec 16, 2016 20:00", "TOKYO, Dec. 16 (Wire)",
            "Putin arrived in Nagato on Thursday for talks with Abe.", $"The two men continued their discussions {words} in Tokyo.");

        Assert.Equal(expected, result.Sentences[^1].MentionsOf(MentionKind.Date).Single().Date?.ToString());
    }

    [Theory]
    [InlineData("In July, the two spoke by phone and Biden invited Netanyahu to meet in the fall.")]
    [InlineData("In July, Biden told reporters he expected to meet Netanyahu.")]
    public void Resolve_MonthOpeningASentenceWhosePastVerbComesFirst_IsThePastMonth(string sentence)
    {
        var result = Some.Extract("Sep 20, 2023 18:00", "NEW YORK (Wire)", sentence);

        Assert.Equal("2023-07", result.Sentences[^1].MentionsOf(MentionKind.Date).First().Date?.ToString());
    }

    [Fact]
    public void Resolve_SameDayAfterASpanStartedSince_IsTheDayBeforeTheSpan()
    {
        var result = Some.Extract("May 25, 2023 20:00", "YEREVAN, MAY 25 (Wire)",
            "Pashinyan met Putin in Moscow on Thursday.",
            "They discussed the blockade of the corridor, closed since December 12, 2022.",
            "Later on the same day, Aliyev joined them.");

        Assert.Equal("2023-05-25", result.Sentences[^1].MentionsOf(MentionKind.Date).Single().Date?.ToString());
    }

    [Theory]
    [InlineData("They met the year before.")]
    [InlineData("They met a year before the summit.")]
    [InlineData("They met the same week.")]
    public void Find_TheWithoutSameOrAnotherUnit_IsNoDate(string sentence)
    {
        var result = Some.Extract("Aug 18, 2023 18:00", "CAMP DAVID, Md. (Wire)", sentence);

        Assert.Empty(result.Sentences[^1].MentionsOf(MentionKind.Date));
    }

    [Fact]
    public void Resolve_NoArticleDate_LeavesRelativeDatesUnresolved()
    {
        var result = Some.Extractor.Extract(Extraction.Reading.ArticleReader.Read("t", "They met on Wednesday and again in 1998."));
        var dates = result.Sentences.SelectMany(s => s.MentionsOf(MentionKind.Date)).ToList();

        Assert.Null(dates[0].Date);
        Assert.Equal("1998", dates[1].Date?.ToString());
    }
}
