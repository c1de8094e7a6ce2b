namespace RelationsGraph.Extraction.Reading;

/// <summary>Turns a weekday named in a story ("on Thursday") into a date.</summary>
public static class WeekdayResolver
{
    private static readonly Dictionary<string, DayOfWeek> Names = new(StringComparer.OrdinalIgnoreCase)
    {
        ["Sunday"] = DayOfWeek.Sunday, ["Monday"] = DayOfWeek.Monday, ["Tuesday"] = DayOfWeek.Tuesday,
        ["Wednesday"] = DayOfWeek.Wednesday, ["Thursday"] = DayOfWeek.Thursday, ["Friday"] = DayOfWeek.Friday,
        ["Saturday"] = DayOfWeek.Saturday,
    };

    private static readonly Dictionary<string, DayOfWeek>.AlternateLookup<ReadOnlySpan<char>> Lookup =
        Names.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>
    /// The most recent <paramref name="day"/> on or before <paramref name="reference"/>: news copy uses a
    /// bare weekday for the past week, so "Thursday" in a story datelined Thursday 16 November is that
    /// same day, and in a story datelined Saturday 18 November it is the 16th.
    /// </summary>
    /// <param name="reference">The dateline date (or the publication date when there is none).</param>
    /// <param name="day">The weekday named in the text.</param>
    /// <returns>A date at most six days before <paramref name="reference"/>.</returns>
    public static DateOnly Resolve(DateOnly reference, DayOfWeek day)
    {
        var back = ((int)reference.DayOfWeek - (int)day + 7) % 7;
        return reference.AddDays(-back);
    }

    /// <summary>Reads an English weekday name ("Thursday", any letter case; no abbreviations).</summary>
    /// <param name="word">The word.</param>
    /// <param name="day">The weekday, when the word names one.</param>
    /// <returns>Whether <paramref name="word"/> is a weekday name.</returns>
    public static bool TryParse(ReadOnlySpan<char> word, out DayOfWeek day) => Lookup.TryGetValue(word, out day);
}
