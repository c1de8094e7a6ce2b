using RelationsGraph.Extraction.Reading;

namespace RelationsGraph.Extraction.Tests.Reading;

public sealed class WeekdayResolverTests
{
    [Theory]
    [InlineData(DayOfWeek.Thursday, 2023, 11, 16)]
    [InlineData(DayOfWeek.Wednesday, 2023, 11, 15)]
    [InlineData(DayOfWeek.Friday, 2023, 11, 10)]
    [InlineData(DayOfWeek.Sunday, 2023, 11, 12)]
    public void Resolve_WeekdayAgainstThursday_ReturnsMostRecentOnOrBefore(DayOfWeek day, int year, int month, int date)
    {
        Assert.Equal(new DateOnly(year, month, date), WeekdayResolver.Resolve(new DateOnly(2023, 11, 16), day));
    }

    [Fact]
    public void Resolve_AcrossYearEnd_GoesBackIntoPreviousYear()
    {
        Assert.Equal(new DateOnly(2023, 12, 29), WeekdayResolver.Resolve(new DateOnly(2024, 1, 2), DayOfWeek.Friday));
    }

    [Theory]
    [InlineData("Thursday", DayOfWeek.Thursday)]
    [InlineData("MONDAY", DayOfWeek.Monday)]
    public void TryParse_WeekdayName_ReturnsDay(string word, DayOfWeek expected)
    {
        Assert.True(WeekdayResolver.TryParse(word, out var day));
        Assert.Equal(expected, day);
    }

    [Fact]
    public void TryParse_OtherWord_ReturnsFalse()
    {
        Assert.False(WeekdayResolver.TryParse("Thurs", out _));
    }
}
