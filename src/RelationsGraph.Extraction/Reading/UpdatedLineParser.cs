namespace RelationsGraph.Extraction.Reading;

/// <summary>
/// Reads a page time stamp such as "Updated: Nov 17, 2023 15:27 Xinhua", "Published: 2023-11-17 15:27 UTC+8",
/// "Write: 2023-05-21 17:42:08 Updated: 2023-05-21 20:15:36" (KBS: the first stamp is the publication) or
/// "Issued on: 07/04/2023 - 11:05" (RFI). A numeric date that could be read either way is day first, as
/// <see cref="StampLineParser"/> reads one without a zone of a country that writes the month first; a labelled line is
/// a stamp even when its date cannot be read.
/// </summary>
internal static class UpdatedLineParser
{
    private static readonly HashSet<string> Labels = new(StringComparer.OrdinalIgnoreCase)
    {
        "Updated", "Last updated", "Updated on", "Published", "Published on", "Posted", "Posted on", "Issued", "Issued on",
        "Modified", "Modified on", "Last modified", "Write", "Written", "Written on", "Created", "Created on",
    };

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> LabelLookup = Labels.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>
    /// Whether the line is a time stamp line. When its date parses, <paramref name="publishedAt"/> gets it;
    /// the offset is the one written after the time (GMT+8, UTC-5), else zero because none is known.
    /// </summary>
    public static bool TryParse(ReadOnlySpan<char> line, out DateTimeOffset? publishedAt, out string? outlet)
    {
        publishedAt = null;
        outlet = null;
        if (line.Length > 200 || !LineShape.TryLabel(line, out var label, out var value) || !LabelLookup.Contains(label))
        {
            return false;
        }

        var cursor = new TextCursor(value);
        if (!StampDates.TryDate(ref cursor, out var date, out _))
        {
            return true;
        }

        var time = TryReadTime(ref cursor);
        var offset = TryReadOffset(ref cursor);
        publishedAt = new DateTimeOffset(date.ToDateTime(time), offset);
        outlet = ReadOutlet(cursor.Rest);
        return true;
    }

    /// <summary>
    /// The time after the date, with its meridiem ("6:32 PM", "11:32 a.m."), after spaces and a dash, comma or colon
    /// ("Issued on: 06/04/2023 - 17:52", "Published: 16 July ,2022: 01:15 AM GST"); midnight when there is none.
    /// </summary>
    private static TimeOnly TryReadTime(ref TextCursor cursor)
    {
        var start = cursor.Position;
        cursor.SkipSpaces();
        if (cursor.TryRead('-') || cursor.TryRead(',') || cursor.TryRead(':'))
        {
            cursor.SkipSpaces();
        }

        if (StampDates.TryTime(ref cursor, out var time, out _))
        {
            return time;
        }

        cursor.Position = start;
        return TimeOnly.MinValue;
    }

    private static TimeSpan TryReadOffset(ref TextCursor cursor)
    {
        var start = cursor.Position;
        cursor.SkipSpaces();
        var rest = cursor.Rest;
        var word = rest[..(rest.IndexOfAny(' ', ',', '|') is var end and >= 0 ? end : rest.Length)];
        if (!word.StartsWith("GMT", StringComparison.Ordinal) && !word.StartsWith("UTC", StringComparison.Ordinal) && StampLineParser.TryZone(word, out var named))
        {
            cursor.Position += word.Length; // "01:15 AM GST"
            return named;
        }

        if (!(rest.StartsWith("GMT", StringComparison.OrdinalIgnoreCase) || rest.StartsWith("UTC", StringComparison.OrdinalIgnoreCase)))
        {
            cursor.Position = start;
            return TimeSpan.Zero;
        }

        cursor.Position += 3;
        var sign = cursor.TryRead('+') ? 1 : cursor.TryRead('-') ? -1 : 0;
        if (sign == 0)
        {
            return TimeSpan.Zero;
        }

        if (cursor.TryReadNumber(1, 2, out var hours) && hours <= 14)
        {
            var minutes = 0;
            var beforeMinutes = cursor.Position;
            if (!(cursor.TryRead(':') && cursor.TryReadNumber(2, 2, out minutes) && minutes < 60))
            {
                minutes = 0;
                cursor.Position = beforeMinutes;
            }

            return sign * new TimeSpan(hours, minutes, 0);
        }

        cursor.Position = start;
        return TimeSpan.Zero;
    }

    /// <summary>The outlet named after the stamp's time and zone ("15:27 Xinhua"); null when none, or when a second stamp follows.</summary>
    private static string? ReadOutlet(ReadOnlySpan<char> rest)
    {
        rest = rest.Trim().TrimStart("|-\u2013\u2014 ").Trim();
        if (LineShape.TryLabel(rest, out var label, out var value) && label.Equals("Source", StringComparison.OrdinalIgnoreCase))
        {
            rest = value;
        }

        var bar = rest.IndexOf('|');
        var name = (bar >= 0 ? rest[..bar] : rest).Trim();

        // "... GST Updated: 16 July ,2022: 08:50 PM GST": another stamp, not a name.
        return name.Length is > 0 and <= 60 && char.IsLetter(name[0]) && !name.Contains(':') ? name.ToString() : null;
    }
}
