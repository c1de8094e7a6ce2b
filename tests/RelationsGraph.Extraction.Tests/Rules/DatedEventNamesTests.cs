using RelationsGraph.Extraction.Rules;

namespace RelationsGraph.Extraction.Tests.Rules;

public sealed class DatedEventNamesTests
{
    [Fact]
    public void Of_ShortNameOfAMonth_GetsTheYearTheMonthAndTheCityAsALabel()
    {
        var dated = DatedEventNames.Of(["meeting between Ilham Aliyev and Xi Jinping in Samarkand", "Aliyev-Xi meeting in Samarkand"], new PartialDate(2022, 9), EventKind.Meeting, named: false).ToList();

        Assert.Equal(
            ["Aliyev-Xi meeting in Samarkand 2022", "Aliyev-Xi meeting in Samarkand September 2022", "Aliyev-Xi meeting in Samarkand in September 2022", "Aliyev-Xi meeting Samarkand September 2022"],
            dated);
    }

    [Fact]
    public void Of_ShortNameOfADay_GetsTheDayInIsoForm()
    {
        var dated = DatedEventNames.Of(["Xi-Abe meeting in Beijing"], new PartialDate(2018, 10, 26), EventKind.Meeting, named: false).ToList();

        Assert.Contains("Xi-Abe meeting in Beijing 2018-10-26", dated);
        Assert.Contains("Xi-Abe meeting Beijing 2018-10-26", dated); // "Xi-Abe meeting, Beijing, 2018-10-26"
        Assert.Contains("Xi-Abe meeting in Beijing October 2018", dated);
    }

    [Fact]
    public void Of_SummitNameOfAYear_IsAlsoWrittenAfterItsYear()
    {
        var dated = DatedEventNames.Of(["2023 NATO Summit", "NATO Summit in Vilnius"], new PartialDate(2023), EventKind.Summit, named: true).ToList();

        Assert.Equal(["NATO Summit in Vilnius 2023", "NATO Summit Vilnius 2023", "2023 NATO Summit in Vilnius"], dated);
    }

    [Fact]
    public void Of_NameAsWrittenWithItsArticle_IsDatedOnlyWithoutIt()
    {
        var dated = DatedEventNames.Of(["The G20 summit in New Delhi", "G20 summit in New Delhi"], new PartialDate(2023), EventKind.Summit, named: true).ToList();

        Assert.Contains("2023 G20 summit in New Delhi", dated);
        Assert.DoesNotContain(dated, d => d.Contains("The G20", StringComparison.Ordinal));
    }

    [Fact]
    public void Of_NameOpeningWithAnOrdinal_IsNotAlsoWrittenAfterItsYear() =>
        Assert.Equal(["29th APEC Economic Leaders' Meeting 2022"], DatedEventNames.Of(["29th APEC Economic Leaders' Meeting"], new PartialDate(2022), EventKind.Summit, named: true));

    [Fact]
    public void Of_Anniversary_HasNoDatedNames() =>
        Assert.Empty(DatedEventNames.Of(["45th anniversary of the treaty"], new PartialDate(2023), EventKind.Anniversary, named: true));

    [Fact]
    public void Of_UndatedEvent_HasNoDatedNames() =>
        Assert.Empty(DatedEventNames.Of(["Kishida-Xi meeting"], null, EventKind.Meeting, named: false));
}
