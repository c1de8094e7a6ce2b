using RelationsGraph.Extraction.Knowledge;

namespace RelationsGraph.Extraction.Tests.Knowledge;

public sealed class OfficeTermTests
{
    private static readonly OfficeTerm Exact = new("leader:a", "country:jp", "Prime Minister", new PartialDate(2021, 10, 4), new PartialDate(2024, 10, 1));

    [Fact]
    public void Covers_DayTheSuccessorTakesOffice_IsNotCovered()
    {
        Assert.True(Exact.Covers(new DateOnly(2024, 9, 30)));
        Assert.False(Exact.Covers(new DateOnly(2024, 10, 1)));
        Assert.True(Exact.Covers(new DateOnly(2021, 10, 4)));
        Assert.False(Exact.Covers(new DateOnly(2021, 10, 3)));
    }

    [Fact]
    public void Covers_YearOnlyBounds_CoverTheirWholeYears()
    {
        var term = new OfficeTerm("leader:b", "country:cn", "Foreign Minister", new PartialDate(1972), new PartialDate(1974));

        Assert.True(term.Covers(new DateOnly(1972, 1, 1)));
        Assert.True(term.Covers(new DateOnly(1974, 12, 31)));
        Assert.False(term.Covers(new DateOnly(1975, 1, 1)));
    }

    [Fact]
    public void Overlaps_MonthPartlyInTheTerm_Overlaps()
    {
        Assert.True(Exact.Overlaps(new PartialDate(2021, 10)));
        Assert.True(Exact.Overlaps(new PartialDate(2024, 9)));
        Assert.False(Exact.Overlaps(new PartialDate(2024, 10)));
        Assert.True(new OfficeTerm("leader:c", "country:us", "President", null, null).Overlaps(new PartialDate(1900)));
    }
}
