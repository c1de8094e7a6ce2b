using RelationsGraph.Extraction.Text;

namespace RelationsGraph.Extraction.Reading;

/// <summary>
/// Reads time stamp lines that have no "Label:" form, as scraped pages write them: a bare date ("November 16,
/// 2023", "Nov. 17, 2023"), a date with time and zone ("August 19, 2023 06:12 JST"), a label without a colon and
/// the time first ("Updated 6:42 PM EDT, April 10, 2024", "Updated 21:58, 17-Nov-2022"), an outlet around it
/// ("KYODO NEWS - Nov 17, 2023 - 10:48 | World, All", "(People's Daily Online) 09:14, November 16, 2022"), a
/// publication stamp followed by its update ("Posted Wed 24 May 2023 at 1:52pm, updated Wed 24 May 2023 at 5:10pm",
/// "03 December 2024 | 13h47 - Updated: 03 December 2024 | 21h15", with a time as Portuguese- and French-language pages write it), and
/// pipe-separated page headers with a byline ("By LIN QIAO in Woodside, California | China Daily | Updated:
/// 2023-11-16 10:21"). A numeric date that could be either order is read by the line's zone, or day first beside a
/// time on the 24-hour clock ("Published on 07/04/2023 at 17:52"), and not at all otherwise.
/// </summary>
/// <remarks>
/// A line is a time stamp when it holds exactly one date with a year, does not end with a full stop, and has at
/// most four words besides the date, times, zones, labels, outlets and a byline segment; so a story sentence
/// that merely contains a date is never taken. One pass over the line; no regular expressions.
/// </remarks>
internal static class StampLineParser
{
    private const int MaxLength = 160;
    private const int MaxFillerWords = 4;

    private static readonly Dictionary<string, TimeSpan> Zones = new(StringComparer.Ordinal)
    {
        ["UTC"] = TimeSpan.Zero, ["GMT"] = TimeSpan.Zero, ["JST"] = TimeSpan.FromHours(9), ["KST"] = TimeSpan.FromHours(9),
        ["EDT"] = TimeSpan.FromHours(-4), ["EST"] = TimeSpan.FromHours(-5), ["PDT"] = TimeSpan.FromHours(-7), ["PST"] = TimeSpan.FromHours(-8),
        ["HKT"] = TimeSpan.FromHours(8), ["SGT"] = TimeSpan.FromHours(8), ["BJT"] = TimeSpan.FromHours(8), ["CET"] = TimeSpan.FromHours(1),
        ["CEST"] = TimeSpan.FromHours(2), ["BST"] = TimeSpan.FromHours(1), ["IST"] = new TimeSpan(5, 30, 0), ["PHT"] = TimeSpan.FromHours(8),
        ["WIB"] = TimeSpan.FromHours(7), ["ICT"] = TimeSpan.FromHours(7), ["AEST"] = TimeSpan.FromHours(10), ["AEDT"] = TimeSpan.FromHours(11),
        ["MSK"] = TimeSpan.FromHours(3), ["ET"] = TimeSpan.FromHours(-5), ["GST"] = TimeSpan.FromHours(4), ["PKT"] = TimeSpan.FromHours(5),
        ["EAT"] = TimeSpan.FromHours(3), ["SAST"] = TimeSpan.FromHours(2), ["CAT"] = TimeSpan.FromHours(2), ["WAT"] = TimeSpan.FromHours(1),
        ["EET"] = TimeSpan.FromHours(2), ["EEST"] = TimeSpan.FromHours(3), ["NZST"] = TimeSpan.FromHours(12), ["NZDT"] = TimeSpan.FromHours(13),
        ["MYT"] = TimeSpan.FromHours(8),
    };

    private static readonly Dictionary<string, TimeSpan>.AlternateLookup<ReadOnlySpan<char>> ZoneLookup = Zones.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Whether <paramref name="word"/> is the abbreviation of a time zone that stamps write ("JST", "GST"), and its offset.</summary>
    public static bool TryZone(ReadOnlySpan<char> word, out TimeSpan offset) => ZoneLookup.TryGetValue(word, out offset);

    /// <summary>Zones of the countries that write numeric dates month first: the United States' and the Philippines'.</summary>
    private static readonly HashSet<string> MonthFirstZones = new(StringComparer.Ordinal) { "EDT", "EST", "ET", "PDT", "PST", "PHT" };

    private static readonly HashSet<string> Labels = new(StringComparer.OrdinalIgnoreCase)
    {
        "Updated", "Published", "Posted", "Last", "on", "Date", "Time", "Status",

        // "Publicado el 07 de mayo de 2024 a las 14:05h" (Prensa Libre)
        "Publicado", "Publicada", "Actualizado", "el", "a", "las",
    };

    public static bool TryParse(ReadOnlySpan<char> line, HashSet<string>.AlternateLookup<ReadOnlySpan<char>> outlets,
        out DateTimeOffset? publishedAt, out string? outlet, out string? byline)
    {
        publishedAt = null;
        outlet = null;
        byline = null;
        if (line.Length > MaxLength || line.IsEmpty || EndsAsASentence(line) || !HasDigit(line))
        {
            return false;
        }

        var state = new State();
        foreach (var range in line.Split('|'))
        {
            var segment = line[range].Trim();
            if (state.Updated)
            {
                break; // "03 December 2024 | 13h47 - Updated: 03 December 2024 | 21h15": what follows the update's label is the update's
            }

            if (segment.IsEmpty)
            {
                continue;
            }

            if (outlets.TryGetValue(segment, out var named))
            {
                state.Outlet ??= named;
            }
            else if (BylineParser.TryParse(segment, outlets, out var name, out var bylineOutlet))
            {
                byline ??= name;
                if (bylineOutlet is not null && outlets.TryGetValue(bylineOutlet, out var knownOutlet))
                {
                    state.Outlet ??= knownOutlet;
                }
            }
            else if (NavigationRule.IsReadingTime(segment))
            {
                continue; // "17 OCT 2023 08:12 AM | Tiempo de lectura: 4 minutos", "| 3 min read"
            }
            else if (!Scan(segment, outlets, ref state))
            {
                return false;
            }
        }

        if (state.Dates != 1 || state.Filler > MaxFillerWords)
        {
            return false;
        }

        if (state.Date != state.MonthFirst)
        {
            // "06/05/2024 - 21:32 GMT+2": a numeric date that could be either order is read in the order of the line's zone,
            // and not at all when the line names none that tells.
            // With no zone, a time on the 24-hour clock ("Published on 07/04/2023 at 17:52") is written where dates are
            // written day first too: the United States and the Philippines, which write month first, tell time by AM and PM.
            if (state.Zone is { } zone)
            {
                if (!MonthFirstZones.Contains(zone) && state.Offset < TimeSpan.FromHours(-3))
                {
                    return false;
                }

                state.Date = MonthFirstZones.Contains(zone) ? state.MonthFirst : state.Date;
            }
            else if (!state.TwentyFourHour)
            {
                return false;
            }
        }

        publishedAt = new DateTimeOffset(state.Date.ToDateTime(state.Time), state.Offset);
        outlet = state.Outlet;
        return true;
    }

    /// <summary>Whether the line ends with a full stop that ends a sentence, not one of "11:32 a.m." or of a date ("Hungary Today 2024.07.08.").</summary>
    private static bool EndsAsASentence(ReadOnlySpan<char> line)
    {
        var trimmed = line.TrimEnd();
        return LineShape.EndsWithFullStop(trimmed) && !trimmed.EndsWith("a.m.", StringComparison.OrdinalIgnoreCase)
            && !trimmed.EndsWith("p.m.", StringComparison.OrdinalIgnoreCase) && !(trimmed.Length > 1 && char.IsAsciiDigit(trimmed[^2]));
    }

    private static bool Scan(ReadOnlySpan<char> segment, HashSet<string>.AlternateLookup<ReadOnlySpan<char>> outlets, ref State state)
    {
        var cursor = new TextCursor(segment);
        while (!cursor.AtEnd)
        {
            var c = cursor.Current;
            if (TextChars.IsSpace(c) || c is ',' or ':' or '\uFF1A' or ')' || TextChars.IsDash(c))
            {
                cursor.Position++;
                continue;
            }

            if (c == '(')
            {
                var close = cursor.Rest.IndexOf(')');
                if (close < 0 || close > 40)
                {
                    return false;
                }

                var inner = cursor.Rest[1..close].Trim();
                state.Outlet ??= outlets.TryGetValue(inner, out var known) ? known : inner.ToString();
                cursor.Position += close + 1;
                continue;
            }

            var start = cursor.Position;
            if (StampDates.TryDate(ref cursor, out var date, out var monthFirst))
            {
                state.Dates++;
                state.Date = date;
                state.MonthFirst = monthFirst;
                continue;
            }

            cursor.Position = start;
            if (StampDates.TryTime(ref cursor, out var time, out var twentyFourHour))
            {
                state.Time = time;
                state.TwentyFourHour |= twentyFourHour;
                continue;
            }

            cursor.Position = start;
            var word = ReadWord(ref cursor);
            if (word.IsEmpty)
            {
                return false;
            }

            var label = word.TrimEnd(':');
            if (state.Dates > 0 && (label.Equals("updated", StringComparison.OrdinalIgnoreCase) || label.Equals("update", StringComparison.OrdinalIgnoreCase)))
            {
                // "Posted Wed 24 May 2023 at 1:52pm, updated Wed 24 May 2023 at 5:10pm", "... | 13h47 - Updated: ...": the first stamp is the publication.
                state.Updated = true;
                return true;
            }

            var text = word.ToString();
            if (Zones.TryGetValue(text, out var zone))
            {
                state.Offset = zone;
                state.Zone = text;
            }
            else if (TryOffset(word, out var offset))
            {
                state.Offset = offset;
                state.Zone = text;
            }
            else if (!Labels.Contains(text) && !IsOutletWord(segment, start, word.Length, outlets, ref state, ref cursor))
            {
                state.Filler++;
            }
        }

        return true;
    }

    /// <summary>The longest outlet of one to three words starting here ("KYODO NEWS" before "Kyodo").</summary>
    private static bool IsOutletWord(ReadOnlySpan<char> segment, int start, int length, HashSet<string>.AlternateLookup<ReadOnlySpan<char>> outlets, ref State state, ref TextCursor cursor)
    {
        var end = start + length;
        string? found = null;
        var foundEnd = 0;
        for (var words = 0; words < 3 && end <= segment.Length; words++)
        {
            if (outlets.TryGetValue(segment[start..end], out var known))
            {
                (found, foundEnd) = (known, end);
            }

            var next = end;
            while (next < segment.Length && segment[next] == ' ')
            {
                next++;
            }

            var stop = next;
            while (stop < segment.Length && char.IsLetter(segment[stop]))
            {
                stop++;
            }

            if (stop == next)
            {
                break;
            }

            end = stop;
        }

        if (found is null)
        {
            return false;
        }

        state.Outlet ??= found;
        cursor.Position = foundEnd;
        return true;
    }

    /// <summary>An offset from universal time: "GMT+2", "UTC+8", "UTC-04:00", "GMT+5:30".</summary>
    private static bool TryOffset(ReadOnlySpan<char> word, out TimeSpan offset)
    {
        offset = default;
        if (word.Length < 5 || !(word.StartsWith("GMT", StringComparison.Ordinal) || word.StartsWith("UTC", StringComparison.Ordinal)) || word[3] is not ('+' or '-'))
        {
            return false;
        }

        var cursor = new TextCursor(word[4..]);
        if (!cursor.TryReadNumber(1, 2, out var hours) || hours > 14)
        {
            return false;
        }

        var minutes = 0;
        if (cursor.TryRead(':') && (!cursor.TryReadNumber(2, 2, out minutes) || minutes > 59))
        {
            return false;
        }

        if (!cursor.AtEnd)
        {
            return false;
        }

        offset = new TimeSpan(hours, minutes, 0) * (word[3] == '-' ? -1 : 1);
        return true;
    }

    private static ReadOnlySpan<char> ReadWord(ref TextCursor cursor)
    {
        var rest = cursor.Rest;
        var length = 0;
        while (length < rest.Length && !TextChars.IsSpace(rest[length]) && rest[length] is not (',' or '|' or '(' or ')'))
        {
            length++;
        }

        cursor.Position += length;
        return rest[..length].TrimEnd('.');
    }

    private static bool HasDigit(ReadOnlySpan<char> line)
    {
        foreach (var c in line)
        {
            if (char.IsAsciiDigit(c))
            {
                return true;
            }
        }

        return false;
    }

    private struct State
    {
        public int Dates;
        public DateOnly Date;
        public TimeOnly Time;
        public DateOnly MonthFirst;
        public TimeSpan Offset;
        public string? Zone;
        public bool TwentyFourHour;
        public int Filler;
        public string? Outlet;

        /// <summary>Whether the update's label has been read: the rest of the line is the update's stamp.</summary>
        public bool Updated;
    }
}
