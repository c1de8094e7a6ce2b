namespace RelationsGraph.Extraction.Reading;

/// <summary>Date validation and the year inference for datelines that give no year.</summary>
internal static class CalendarDates
{
    /// <summary>The date, or null when the parts do not form a real calendar date.</summary>
    public static DateOnly? Create(int year, int month, int day) =>
        year is >= 1 and <= 9999 && month is >= 1 and <= 12 && day >= 1 && day <= DateTime.DaysInMonth(year, month)
            ? new DateOnly(year, month, day)
            : null;

    /// <summary>
    /// The date with this month and day that lies closest to <paramref name="reference"/>, trying the
    /// reference's year and the years either side: a "Dec. 31" dateline on a page dated 2 January is
    /// 31 December of the previous year. Ties go to the earlier date.
    /// </summary>
    public static DateOnly? Nearest(int month, int day, DateOnly reference)
    {
        DateOnly? best = null;
        var bestDistance = int.MaxValue;
        for (var year = reference.Year - 1; year <= reference.Year + 1; year++)
        {
            if (Create(year, month, day) is not { } candidate)
            {
                continue;
            }

            var distance = Math.Abs(candidate.DayNumber - reference.DayNumber);
            if (distance < bestDistance)
            {
                best = candidate;
                bestDistance = distance;
            }
        }

        return best;
    }
}
