namespace RelationsGraph.Extraction.Reading;

/// <summary>
/// English month names and their news-style abbreviations, and the Spanish and Portuguese names that pages in those
/// languages write their time stamps with ("25 de enero de 2023") above a story in English.
/// </summary>
internal static class MonthNames
{
    private static readonly Dictionary<string, int> Months = new(StringComparer.OrdinalIgnoreCase)
    {
        ["Jan"] = 1, ["January"] = 1, ["Feb"] = 2, ["February"] = 2, ["Mar"] = 3, ["March"] = 3,
        ["Apr"] = 4, ["April"] = 4, ["May"] = 5, ["Jun"] = 6, ["June"] = 6, ["Jul"] = 7, ["July"] = 7,
        ["Aug"] = 8, ["August"] = 8, ["Sep"] = 9, ["Sept"] = 9, ["September"] = 9, ["Oct"] = 10,
        ["October"] = 10, ["Nov"] = 11, ["November"] = 11, ["Dec"] = 12, ["December"] = 12,
        ["enero"] = 1, ["febrero"] = 2, ["marzo"] = 3, ["abril"] = 4, ["mayo"] = 5, ["junio"] = 6, ["julio"] = 7, ["agosto"] = 8,
        ["septiembre"] = 9, ["setiembre"] = 9, ["octubre"] = 10, ["noviembre"] = 11, ["diciembre"] = 12,
        ["janeiro"] = 1, ["fevereiro"] = 2, ["março"] = 3, ["maio"] = 5, ["junho"] = 6, ["julho"] = 7, ["setembro"] = 9,
        ["outubro"] = 10, ["novembro"] = 11, ["dezembro"] = 12,
    };

    /// <summary>The most letters of a month's name: "septiembre".</summary>
    public const int LongestName = 10;

    private static readonly Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> Lookup =
        Months.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>The month number (1–12) of a full or abbreviated English month name, any case.</summary>
    public static bool TryParse(ReadOnlySpan<char> word, out int month) => Lookup.TryGetValue(word, out month);

    /// <summary>
    /// Reads <c>Nov. 16</c>, <c>Nov 16</c> or <c>November 16</c>, with an optional <c>, 2023</c> (or <c>.2023</c>: "Feb.10.2023";
    /// <c>/2023</c>: "October 17/2023"),
    /// or with dashes between the three: <c>Mar - 27 - 2023</c>; or the day first: <c>13th February, 2024</c>.
    /// </summary>
    public static bool TryReadMonthDay(ref TextCursor cursor, out int month, out int day, out int? year) =>
        TryReadMonthFirst(ref cursor, out month, out day, out year) || TryReadDayFirst(ref cursor, out month, out day, out year);

    /// <summary>Reads <c>13th February, 2024</c>, <c>13 February 2024</c> or <c>4 September</c>: the day first, as WAM's datelines write it.</summary>
    private static bool TryReadDayFirst(ref TextCursor cursor, out int month, out int day, out int? year)
    {
        var start = cursor.Position;
        year = null;
        month = 0;
        if (!cursor.TryReadNumber(1, 2, out day) || day is < 1 or > 31 || !(cursor.TryReadOrdinalSuffix() | cursor.SkipSpaces() > 0))
        {
            cursor.Position = start;
            return false;
        }

        cursor.SkipSpaces();
        if (!TryParse(cursor.ReadLetters(LongestName), out month))
        {
            cursor.Position = start;
            return false;
        }

        year = OptionalYear(ref cursor, ',');
        return true;
    }

    private static bool TryReadMonthFirst(ref TextCursor cursor, out int month, out int day, out int? year)
    {
        var start = cursor.Position;
        year = null;
        day = 0;
        if (!TryParse(cursor.ReadLetters(LongestName), out month))
        {
            cursor.Position = start;
            return false;
        }

        cursor.TryRead('.');
        cursor.SkipSpaces();
        var dashed = cursor.TryRead('-'); // "Mar - 27 - 2023 , 18:47" (Graphic Online)
        cursor.SkipSpaces();

        if (!cursor.TryReadNumber(1, 2, out day) || day is < 1 or > 31)
        {
            cursor.Position = start;
            return false;
        }

        cursor.TryReadOrdinalSuffix(); // "Feb 6th, 2025"
        var afterDay = cursor.Position;
        if ((cursor.TryRead('.') || cursor.TryRead('/')) && cursor.TryReadNumber(4, 4, out var dotted))
        {
            year = dotted; // "Feb.10.2023 at 9:40PM" (Folha), "October 17/2023 (ENA)": the year right after a dot or a slash
            return true;
        }

        cursor.Position = afterDay;
        year = OptionalYear(ref cursor, dashed ? '-' : ',');
        return true;
    }

    /// <summary>
    /// A year of four digits after <paramref name="separator"/> and spaces, either optional ("November 16, 2023", "13
    /// February 2024", "Mar - 27 - 2023"); null, with the cursor left where it was, when no year follows.
    /// </summary>
    private static int? OptionalYear(ref TextCursor cursor, char separator)
    {
        var before = cursor.Position;
        cursor.SkipSpaces();
        cursor.TryRead(separator);
        cursor.SkipSpaces();
        if (cursor.TryReadNumber(4, 4, out var year))
        {
            return year;
        }

        cursor.Position = before;
        return null;
    }
}
