namespace RelationsGraph.Extraction.Reading;

/// <summary>The dates and times of page time stamps, read with a <see cref="TextCursor"/> (no regular expressions).</summary>
internal static class StampDates
{
    /// <summary>"2023-11-16" (or with slashes or dots), "Nov 17, 2023", "November 16, 2023", "2 Apr 2024", "17-Nov-2022", "31/03/2023".</summary>
    /// <param name="cursor">Where the date may start; moved past it when one is read.</param>
    /// <param name="date">The date read, day first where the order of a numeric date cannot be told.</param>
    /// <param name="monthFirst">
    /// The same date read month first when it could be either ("06/05/2024": 6 May or 5 June), for the caller to
    /// choose between the two from what else the line says; otherwise <paramref name="date"/> itself.
    /// </param>
    public static bool TryDate(ref TextCursor cursor, out DateOnly date, out DateOnly monthFirst)
    {
        date = default;
        monthFirst = default;
        var start = cursor.Position;
        if (cursor.TryReadNumber(4, 4, out var year) && !cursor.AtEnd && cursor.Current is '-' or '/' or '.' && cursor.Current is var separator
            && cursor.TryRead(separator) && cursor.TryReadNumber(1, 2, out var month) && cursor.TryRead(separator)
            && cursor.TryReadNumber(1, 2, out var day) && CalendarDates.Create(year, month, day) is { } iso)
        {
            if (separator == '.')
            {
                cursor.TryRead('.'); // "2024.07.08." (Hungary Today): the day, too, as an ordinal
            }

            date = monthFirst = iso; // "2023-11-16", "2023/11/16", "2023.11.16"
            return true;
        }

        cursor.Position = start;
        var dotted = false;
        var numericDashed = false;
        if (cursor.TryReadNumber(1, 2, out var a) && (cursor.TryRead('/') || (dotted = cursor.TryRead('.')) || (numericDashed = cursor.TryRead('-')))
            && cursor.TryReadNumber(1, 2, out var b) && cursor.TryRead(dotted ? '.' : numericDashed ? '-' : '/') && TryReadYear(ref cursor, dotted || numericDashed, out var numericYear))
        {
            // "04.09.2023" and "20-11-2024" are day first (dotted and dashed dates are), unless the second number is no
            // month ("07-26-2024", Israel Hayom); "31/03/2023" (day first) or "03/31/2023" (month first) is plain when a
            // day is over 12 (or both numbers are equal); "04/05/2023" could be either, and both readings are given.
            var dayFirstOnly = (dotted || numericDashed) && b <= 12;
            var plain = dayFirstOnly || a > 12 || b > 12 || a == b;
            var (numericDay, numericMonth) = b > 12 && !dayFirstOnly ? (b, a) : (a, b);
            if (CalendarDates.Create(numericYear, numericMonth, numericDay) is not { } numeric)
            {
                return false;
            }

            if (dotted)
            {
                cursor.TryRead('.'); // "9.10.2024. 13:47" (HINA): the year, too, as an ordinal
            }

            date = numeric;
            monthFirst = plain ? numeric : CalendarDates.Create(numericYear, a, b) ?? numeric;
            return true;
        }

        cursor.Position = start;
        if (cursor.TryReadNumber(1, 2, out var dayFirst))
        {
            if (!cursor.TryReadOrdinalSuffix()) // "6th Feb 2025" (Thai PBS World)
            {
                cursor.TryRead('.'); // "13. Jul 2023" (EUobserver): the day as a European ordinal
            }

            var separated = cursor.TryRead('-') || cursor.SkipSpaces() > 0;
            SkipDe(ref cursor); // "25 de enero de 2023"
            if (separated && MonthNames.TryParse(cursor.ReadLetters(MonthNames.LongestName), out var named))
            {
                cursor.TryRead('.');
                SkipDe(ref cursor);
                var dashed = cursor.TryRead('-');
                if (!dashed)
                {
                    cursor.SkipSpaces(); // "16 July ,2022" (Al Arabiya), as well as "16 July, 2022"
                    cursor.TryRead(',');
                    cursor.SkipSpaces();
                }

                if (cursor.TryReadNumber(4, 4, out var written) && CalendarDates.Create(written, named, dayFirst) is { } european)
                {
                    date = monthFirst = european;
                    return true;
                }
            }

            return false;
        }

        cursor.Position = start;
        if (MonthNames.TryReadMonthDay(ref cursor, out var m, out var d, out var y) && y is { } withYear && CalendarDates.Create(withYear, m, d) is { } american)
        {
            date = monthFirst = american;
            return true;
        }

        return false;
    }

    /// <summary>Moves past " de " (and the spaces after it), as Spanish and Portuguese dates join day, month and year.</summary>
    private static void SkipDe(ref TextCursor cursor)
    {
        var start = cursor.Position;
        cursor.SkipSpaces();
        if (cursor.Rest.StartsWith("de ", StringComparison.Ordinal))
        {
            cursor.Position += 3;
            cursor.SkipSpaces();
        }
        else
        {
            cursor.Position = start;
        }
    }

    /// <summary>
    /// A year of four digits, or of exactly two after a slash ("04/10/24 6:12 PM ET", The Hill): this century's.
    /// </summary>
    private static bool TryReadYear(ref TextCursor cursor, bool fourDigitsOnly, out int year)
    {
        if (cursor.TryReadNumber(4, 4, out year))
        {
            return true;
        }

        if (!fourDigitsOnly && cursor.TryReadNumber(2, 2, out var shortYear))
        {
            year = 2000 + shortYear;
            return true;
        }

        return false;
    }

    /// <summary>"15:27", "6:42 PM", "11:32 a.m.", "11:05pm", "10:48:03", "14:05h", and "13h47" as Portuguese- and French-language outlets write it.</summary>
    /// <param name="cursor">The cursor, moved past the time when one is read.</param>
    /// <param name="time">The time read.</param>
    /// <param name="twentyFourHour">Whether the hour as written is on the 24-hour clock ("17:52"): 13 or more.</param>
    public static bool TryTime(ref TextCursor cursor, out TimeOnly time, out bool twentyFourHour)
    {
        time = default;
        twentyFourHour = false;
        if (!(cursor.TryReadNumber(1, 2, out var hour) && (cursor.TryRead(':') || cursor.TryRead('h')) && cursor.TryReadNumber(2, 2, out var minute)) || hour > 23 || minute > 59)
        {
            return false;
        }

        twentyFourHour = hour >= 13;

        var second = 0;
        var afterMinutes = cursor.Position;
        if (!(cursor.TryRead(':') && cursor.TryReadNumber(2, 2, out second) && second < 60))
        {
            second = 0;
            cursor.Position = afterMinutes;
        }

        cursor.TryRead('h'); // "14:05h"
        var beforeMeridiem = cursor.Position;
        cursor.SkipSpaces();
        var meridiem = Dotted(ref cursor) ?? cursor.ReadLetters(2);
        if (meridiem.Equals("pm", StringComparison.OrdinalIgnoreCase) && hour is >= 1 and <= 12)
        {
            hour = hour % 12 + 12;
        }
        else if (meridiem.Equals("am", StringComparison.OrdinalIgnoreCase) && hour is >= 1 and <= 12)
        {
            hour %= 12;
        }
        else
        {
            cursor.Position = beforeMeridiem;
        }

        time = new TimeOnly(hour, minute, second);
        return true;
    }

    /// <summary>"am" or "pm" for "a.m." or "p.m." at the cursor, which moves past it; null, with the cursor left, for any other text.</summary>
    private static string? Dotted(ref TextCursor cursor)
    {
        var rest = cursor.Rest;
        if (rest.Length < 4 || rest[1] != '.' || rest[2] is not ('m' or 'M') || rest[3] != '.' || rest[0] is not ('a' or 'A' or 'p' or 'P'))
        {
            return null;
        }

        cursor.Position += 4;
        return rest[0] is 'a' or 'A' ? "am" : "pm";
    }
}
