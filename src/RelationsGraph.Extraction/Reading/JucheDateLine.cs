namespace RelationsGraph.Extraction.Reading;

/// <summary>
/// The date line of the Korean Central News Agency's pages: "Juche 112(2023).9.14." (the year of the Juche calendar,
/// the common year in brackets, month and day), or "Juche112.9.14." without the common year. Juche year 1 is 1912. The
/// page is dated that day at midnight, Pyongyang time.
/// </summary>
internal static class JucheDateLine
{
    /// <summary>The common year before Juche year 1.</summary>
    private const int YearZero = 1911;

    private static readonly TimeSpan PyongyangTime = TimeSpan.FromHours(9);

    /// <summary>Whether <paramref name="line"/> is such a date line alone, and its day.</summary>
    public static bool TryParse(ReadOnlySpan<char> line, out DateTimeOffset date)
    {
        date = default;
        var cursor = new TextCursor(line.Trim());
        if (!cursor.Rest.StartsWith("Juche", StringComparison.Ordinal))
        {
            return false;
        }

        cursor.Position += "Juche".Length;
        cursor.SkipSpaces();
        if (!cursor.TryReadNumber(1, 3, out var juche))
        {
            return false;
        }

        var year = YearZero + juche;
        if (cursor.TryRead('('))
        {
            // "Juche 112(2023)": the common year must be the Juche year's.
            if (!cursor.TryReadNumber(4, 4, out var common) || common != year || !cursor.TryRead(')'))
            {
                return false;
            }
        }

        if (!cursor.TryRead('.') || !cursor.TryReadNumber(1, 2, out var month) || !cursor.TryRead('.') || !cursor.TryReadNumber(1, 2, out var day))
        {
            return false;
        }

        cursor.TryRead('.');
        if (!cursor.AtEnd || month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(year, month))
        {
            return false;
        }

        date = new DateTimeOffset(year, month, day, 0, 0, 0, PyongyangTime);
        return true;
    }
}
