using RelationsGraph.Extraction.Reading;

namespace RelationsGraph.Extraction.Tests.Reading;

public sealed class ArticleReaderStampTests
{
    private const string Story = "\n\nThe delegations met for two hours and agreed to meet again.\n";

    [Theory]
    [InlineData("Updated 6:42 PM EDT, April 10, 2024", "2024-04-10T18:42:00-04:00")]
    [InlineData("Updated 21:58, 17-Nov-2022", "2022-11-17T21:58:00+00:00")]
    [InlineData("Published: 11:05pm, 2 Apr 2024", "2024-04-02T23:05:00+00:00")]
    [InlineData("November 16, 2023", "2023-11-16T00:00:00+00:00")]
    [InlineData("Nov. 17, 2023", "2023-11-17T00:00:00+00:00")]
    [InlineData("6th Feb 2025", "2025-02-06T00:00:00+00:00")]
    [InlineData("BRUSSELS, 13. Jul 2023, 18:12", "2023-07-13T18:12:00+00:00")]
    [InlineData("Feb 6th, 2025", "2025-02-06T00:00:00+00:00")]
    [InlineData("Feb.10.2023 at 9:40PM", "2023-02-10T21:40:00+00:00")]
    [InlineData("Mar - 27 - 2023 , 18:47", "2023-03-27T18:47:00+00:00")]
    [InlineData("22nd March 2024", "2024-03-22T00:00:00+00:00")]
    [InlineData("August 19, 2023 06:12 JST", "2023-08-19T06:12:00+09:00")]
    [InlineData("Updated - March 20, 2023 10:12 pm IST - NEW DELHI", "2023-03-20T22:12:00+05:30")]
    [InlineData("Published - November 15, 2022 07:30 pm WIB", "2022-11-15T19:30:00+07:00")]
    [InlineData("31/03/2023 09:12 PM", "2023-03-31T21:12:00+00:00")]
    [InlineData("20-11-2024 09:47", "2024-11-20T09:47:00+00:00")]
    [InlineData("Published on  07-26-2024 02:10", "2024-07-26T02:10:00+00:00")]
    [InlineData("04-09-2023", "2023-09-04T00:00:00+00:00")]
    [InlineData("Selin Kaya |04.09.2023 - Update : 05.09.2023", "2023-09-04T00:00:00+00:00")]
    [InlineData("9.10.2024. 13:47", "2024-10-09T13:47:00+00:00")]
    [InlineData("03/31/2023 09:12 PM", "2023-03-31T21:12:00+00:00")]
    [InlineData("All News 20:51 March 16, 2023", "2023-03-16T20:51:00+00:00")]
    [InlineData("KYODO NEWS - Nov 17, 2023 - 10:48 | World, All", "2023-11-17T10:48:00+00:00")]
    [InlineData("(People's Daily Online) 09:14, November 16, 2022", "2022-11-16T09:14:00+00:00")]
    [InlineData("By LIN QIAO in Woodside, California | China Daily | Updated: 2023-11-16 10:21", "2023-11-16T10:21:00+00:00")]
    [InlineData("Posted Wed 24 May 2023 at 1:52pm, updated Wed 24 May 2023 at 5:10pm", "2023-05-24T13:52:00+00:00")]
    [InlineData("03 December 2024 | 13h47 - Updated: 03 December 2024 | 21h15", "2024-12-03T13:47:00+00:00")]
    [InlineData("India News | Press Trust of India | Updated: June 22, 2024 3:41 pm IST", "2024-06-22T15:41:00+05:30")]
    [InlineData("World News | Updated: 2024-06-22 10:21", "2024-06-22T10:21:00+00:00")]
    [InlineData("Write: 2023-05-21 17:42:08 Updated: 2023-05-21 20:15:36", "2023-05-21T17:42:08+00:00")]
    [InlineData("Published on 06/05/2024 - 21:32 GMT+2", "2024-05-06T21:32:00+02:00")]
    [InlineData("Updated 06/05/2024 10:00 UTC+05:30", "2024-05-06T10:00:00+05:30")]
    [InlineData("06/05/2024 10:00 AM EDT", "2024-06-05T10:00:00-04:00")]
    [InlineData("06/05/2024 10:00 AM PHT", "2024-06-05T10:00:00+08:00")]
    [InlineData("BY DANA WHITFIELD - 04/10/24 6:12 PM ET", "2024-04-10T18:12:00-05:00")]
    [InlineData("04/10/24 6:12 PM ET", "2024-04-10T18:12:00-05:00")]
    [InlineData("17 OCT 2023 08:12 AM | Tiempo de lectura: 4 minutos", "2023-10-17T08:12:00+00:00")]
    [InlineData("Nov 16, 2023 | 3 min read", "2023-11-16T00:00:00+00:00")]
    [InlineData("February 20, 2023 2:05 PM  4 min read", "2023-02-20T14:05:00+00:00")]
    [InlineData("October 25, 2023, 11:32 a.m.", "2023-10-25T11:32:00+00:00")]
    [InlineData("Status: 16.04.2024 2:37 p.m.", "2024-04-16T14:37:00+00:00")]
    [InlineData("Hungary Today 2024.07.08.", "2024-07-08T00:00:00+00:00")]
    [InlineData("Política | 25 de enero de 2023 | 14:36", "2023-01-25T14:36:00+00:00")]
    [InlineData("Publicado el 07 de mayo de 2024 a las 14:05h", "2024-05-07T14:05:00+00:00")]
    [InlineData("Juche 112(2023).9.14.", "2023-09-14T00:00:00+09:00")]
    [InlineData("Juche112.9.14.", "2023-09-14T00:00:00+09:00")]
    [InlineData("Juche 113.6.19", "2024-06-19T00:00:00+09:00")]
    public void Read_TimeStampLineWithoutALabelColon_IsNoiseAndGivesThePublicationTime(string stamp, string expected)
    {
        var article = ArticleReader.Read("t", "Leaders meet to discuss trade\n" + stamp + Story);

        Assert.Equal(DateTimeOffset.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), article.PublishedAt);
        Assert.Equal("Leaders meet to discuss trade", article.Headline);
        Assert.Single(article.Sentences);
        Assert.Contains(article.RemovedNoise, n => n.Kind == NoiseKind.Updated);
    }

    [Theory]
    [InlineData("Issued on: 07/04/2023 - 11:05", "2023-04-07T11:05:00+00:00")]
    [InlineData("Modified: 07/04/2023 - 16:48", "2023-04-07T16:48:00+00:00")]
    [InlineData("Updated: 2023/11/16 10:21", "2023-11-16T10:21:00+00:00")]
    public void Read_LabelledLineWithANumericDate_ReadsItDayFirst(string stamp, string expected)
    {
        // 07/04 is 7 April or July 4: read day first, as most of the world writes it (and as RFI and France 24 do).
        var article = ArticleReader.Read("t", "Leaders meet to discuss trade\n" + stamp + Story);

        Assert.Equal(DateTimeOffset.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), article.PublishedAt);
        Assert.Single(article.Sentences);
        Assert.Contains(article.RemovedNoise, n => n.Kind == NoiseKind.Updated);
    }

    [Theory]
    [InlineData("Published on 07/04/2023 at 17:52, updated on 07/04/2023 at 19:31", "2023-04-07T17:52:00+00:00")]
    [InlineData("12/02/2024 18:05", "2024-02-12T18:05:00+00:00")]
    public void Read_NumericDateWithoutAZoneBesideATwentyFourHourTime_ReadsItDayFirst(string stamp, string expected)
    {
        // A 24-hour clock is not how the United States or the Philippines, which write dates month first, tell time.
        var article = ArticleReader.Read("t", "Leaders meet to discuss trade\n" + stamp + Story);

        Assert.Equal(DateTimeOffset.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), article.PublishedAt);
        Assert.Contains(article.RemovedNoise, n => n.Kind == NoiseKind.Updated);
    }

    [Theory]
    [InlineData("07/04/2023 09:14")]
    [InlineData("07/04/2023 11:14")]
    [InlineData("07/04/2023 5:52 pm")]
    public void Read_NumericDateWithoutAZoneOrA24HourTime_GivesNoPublicationTime(string stamp)
    {
        var article = ArticleReader.Read("t", "Leaders meet to discuss trade\n" + stamp + Story);

        Assert.Null(article.PublishedAt);
    }

    [Theory]
    [InlineData("Published: December 7, 2023 6:32 PM", "2023-12-07T18:32:00+00:00")]
    [InlineData("Published: 16 July ,2022: 01:15 AM GST Updated: 16 July ,2022: 08:50 PM GST", "2022-07-16T01:15:00+04:00")]
    [InlineData("Updated: Nov 17, 2023 11:32 a.m. JST", "2023-11-17T11:32:00+09:00")]
    public void Read_LabelledLineWithATwelveHourTimeOrAZone_ReadsBothAndNoOutlet(string stamp, string expected)
    {
        var article = ArticleReader.Read("t", "Leaders meet to discuss trade\n" + stamp + Story);

        Assert.Equal(DateTimeOffset.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), article.PublishedAt);
        Assert.Null(article.Outlet);
    }

    [Theory]
    [InlineData("By Dana Omarova in Diplomacy on 2 July 2024", "2024-07-02T00:00:00+00:00")]
    [InlineData("By Jane Doe on March 3, 2023", "2023-03-03T00:00:00+00:00")]
    public void Read_BylineEndingWithADate_GivesThePublicationDate(string byline, string expected)
    {
        var article = ArticleReader.Read("t", "Leaders meet to discuss trade\n" + byline + Story);

        Assert.Equal(DateTimeOffset.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), article.PublishedAt);
        Assert.Single(article.Sentences);
    }

    [Fact]
    public void Read_LabelledLineWithAnUnreadableDate_IsATimeStampLineWithoutADate()
    {
        var article = ArticleReader.Read("t", "Leaders meet to discuss trade\nUpdated: 31/31/2023 - 11:05" + Story);

        Assert.Null(article.PublishedAt);
        Assert.Single(article.Sentences);
        Assert.Contains(article.RemovedNoise, n => n.Kind == NoiseKind.Updated);
    }

    [Theory]
    [InlineData("KYODO NEWS - Nov 17, 2023 - 10:48 | World, All", "Kyodo News")]
    [InlineData("(People's Daily Online) 09:14, November 16, 2022", "People's Daily Online")]
    [InlineData("By LIN QIAO in Woodside, California | China Daily | Updated: 2023-11-16 10:21", "China Daily")]
    public void Read_TimeStampLineNamingTheOutlet_GivesTheOutlet(string stamp, string outlet)
    {
        var article = ArticleReader.Read("t", "Leaders meet to discuss trade\n" + stamp + Story);

        Assert.Equal(outlet, article.Outlet, StringComparer.OrdinalIgnoreCase);
    }

    [Theory]
    [InlineData("On November 16, 2023, the leaders met and agreed to talk again.")]
    [InlineData("The talks were held on Nov. 17, 2023 in the capital of the host country and lasted two hours")]
    [InlineData("November 16, 2023 and November 17, 2023")]
    public void Read_StoryLineHoldingADate_IsNoTimeStamp(string line)
    {
        var article = ArticleReader.Read("t", "Leaders meet to discuss trade\n\n" + line + Story);

        Assert.Null(article.PublishedAt);
        Assert.DoesNotContain(article.RemovedNoise, n => n.Kind == NoiseKind.Updated);
    }

    [Fact]
    public void Read_OutletAloneOnALine_IsNavigationButNamesTheOutlet()
    {
        var article = ArticleReader.Read("t", "Leaders meet to discuss trade\nCGTN\nUpdated 21:58, 17-Nov-2022" + Story);

        Assert.Equal("CGTN", article.Outlet);
        Assert.Equal("Leaders meet to discuss trade", article.Headline);
    }

    [Theory]
    [InlineData("04/05/2023 09:12 PM")]
    [InlineData("04/05/2023 09:12 GMT-5")]
    [InlineData("04/05/2023 09:12 GMT+25")]
    public void Read_NumericDateThatCouldBeDayOrMonthFirst_IsNoTimeStampUnlessTheZoneTellsTheOrder(string stamp)
    {
        // Without a zone, or with one of the Americas, where both orders are written, 04/05 is 4 May or April 5.
        var article = ArticleReader.Read("t", "Leaders meet to discuss trade\n" + stamp + Story);

        Assert.Null(article.PublishedAt);
    }

    [Theory]
    [InlineData("Juche 112(2024).9.14.")]
    [InlineData("Juche 112(2023).13.14.")]
    [InlineData("Juche 112(2023).2.30.")]
    [InlineData("Juche 112(2023).9.14. Kim Jong Un visits Russia")]
    [InlineData("Juche idea 112.9.14.")]
    public void Read_JucheDateLineThatDoesNotAddUp_GivesNoPublicationTime(string line) =>
        Assert.Null(ArticleReader.Read("t", "Leaders meet to discuss trade\n" + line + Story).PublishedAt);
}
