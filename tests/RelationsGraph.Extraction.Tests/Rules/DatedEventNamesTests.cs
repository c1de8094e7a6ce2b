using RelationsGraph.Extraction.Rules;

namespace RelationsGraph.Extraction.Tests.Rules;

public sealed class DatedEventNamesTests
{
    [Fact]
    public void Of_ShortNamesOfAnEarlierMonth_GetTheYearAndTheMonthAndYear()
    {
        var dated = DatedEventNames.Of(["meeting between Ilham Aliyev and Xi Jinping in Samarkand", "Aliyev-Xi meeting in Samarkand"], new PartialDate(2022, 9), new DateOnly(2024, 7, 3), EventKind.Meeting, named: false).ToList();

        Assert.Equal(["Aliyev-Xi meeting in Samarkand 2022", "Aliyev-Xi meeting in Samarkand September 2022", "Aliyev-Xi meeting in Samarkand in September 2022"], dated);
    }

    [Fact]
    public void Of_SummitNameOfAnEarlierYear_IsAlsoWrittenAfterItsYear()
    {
        var dated = DatedEventNames.Of(["2023 NATO Summit", "NATO Summit in Vilnius"], new PartialDate(2023), new DateOnly(2024, 1, 10), EventKind.Summit, named: true).ToList();

        Assert.Equal(["NATO Summit in Vilnius 2023", "2023 NATO Summit in Vilnius"], dated);
    }

    [Fact]
    public void Of_EventOfTheArticlesMonth_HasNoDatedNames() =>
        Assert.Empty(DatedEventNames.Of(["Kishida-Xi meeting"], new PartialDate(2023, 11, 15), new DateOnly(2023, 11, 17), EventKind.Meeting, named: false));

    [Fact]
    public void Of_NameOpeningWithAnOrdinal_IsNotAlsoWrittenAfterItsYear() =>
        Assert.Equal(["29th APEC Economic Leaders' Meeting 2022"], DatedEventNames.Of(["29th APEC Economic Leaders' Meeting"], new PartialDate(2022), new DateOnly(2023, 11, 17), EventKind.Summit, named: true));

    [Fact]
    public void Of_UndatedEvent_HasNoDatedNames() =>
        Assert.Empty(DatedEventNames.Of(["Kishida-Xi meeting"], null, new DateOnly(2023, 11, 16), EventKind.Meeting, named: false));

    [Fact]
    public void Of_EventOfTheArticlesYearDatedByTheYearAlone_HasNoDatedNames() =>
        Assert.Empty(DatedEventNames.Of(["APEC Economic Leaders' Meeting in San Francisco"], new PartialDate(2023), new DateOnly(2023, 11, 17), EventKind.Summit, named: true));

    [Fact]
    public void Of_Anniversary_HasNoDatedNames() =>
        Assert.Empty(DatedEventNames.Of(["45th anniversary of the treaty"], new PartialDate(2023), new DateOnly(2024, 1, 5), EventKind.Anniversary, named: true));
}
