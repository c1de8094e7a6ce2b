namespace RelationsGraph.Extraction.Reading;

/// <summary>
/// Reads bylines: "By Jane Doe", "By JANE DOE in Tokyo", "By Jane Doe, Kyodo News", "By Xinhua writer Jane Doe", "By
/// Euronews with AFP", "by Kyiv Independent news desk", and the date some end with ("By Jane Doe in Diplomacy on 2 July
/// 2024", see <see cref="DateAtEnd"/>).
/// </summary>
internal static class BylineParser
{
    private static readonly HashSet<string> Particles = new(StringComparer.Ordinal)
    {
        "and", "de", "da", "di", "do", "du", "del", "der", "den", "van", "von", "bin", "binti", "al", "el", "la", "le",
    };

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> ParticleLookup = Particles.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Lower-case words for a newsroom after its name in a byline ("by Kyiv Independent news desk").</summary>
    private static readonly string[] Desks = ["news desk", "desk", "staff", "newsroom", "bureau", "team", "editorial board"];

    private static readonly string[] Roles =
    [
        "staff writers", "staff writer", "writers", "writer", "reporters", "reporter", "correspondents", "correspondent",
        "journalists", "journalist",
    ];

    public static bool TryParse(ReadOnlySpan<char> line, HashSet<string>.AlternateLookup<ReadOnlySpan<char>> outlets, out string? name, out string? outlet)
    {
        name = null;
        outlet = null;
        if (line.Length is < 5 or > 120 || !line.StartsWith("by", StringComparison.OrdinalIgnoreCase) || !char.IsWhiteSpace(line[2]))
        {
            return false;
        }

        var rest = line[3..].Trim();
        if (rest.IsEmpty || rest[^1] is '.' or '!' or '?' or ',' or ':' or ';')
        {
            return false;
        }

        if (TrySplitOutletRole(rest, outlets, out var agency, out var afterRole))
        {
            outlet = agency;
            rest = afterRole;
        }

        var cut = rest.IndexOfAny(",|(");
        var tail = cut >= 0 ? rest[(cut + 1)..].TrimEnd(')').Trim() : [];
        var namePart = cut >= 0 ? rest[..cut].Trim() : rest;
        var inAt = namePart.IndexOf(" in ", StringComparison.Ordinal);
        if (inAt > 0)
        {
            namePart = namePart[..inAt].Trim();
        }

        // "By Euronews with AFP", "By Jane Doe with Reuters": the agency that helped is not part of the name.
        var withAt = namePart.IndexOf(" with ", StringComparison.Ordinal);
        if (withAt > 0)
        {
            namePart = namePart[..withAt].Trim();
        }

        namePart = WithoutDesk(namePart);
        if (!IsName(namePart))
        {
            outlet = null;
            return false;
        }

        name = namePart.ToString();
        if (outlet is null && IsOutletTail(tail))
        {
            outlet = tail.ToString();
        }

        return true;
    }

    /// <summary>
    /// The date a byline ends with after "on" ("By Dana Omarova in Diplomacy on 2 July 2024", "By Jane Doe on March 3,
    /// 2023"), as a time stamp at midnight with no known offset; null when the line does not end with a whole date.
    /// </summary>
    public static DateTimeOffset? DateAtEnd(ReadOnlySpan<char> line)
    {
        var on = line.LastIndexOf(" on ", StringComparison.Ordinal);
        if (on < 0)
        {
            return null;
        }

        var cursor = new TextCursor(line[(on + 4)..].TrimEnd());
        return StampDates.TryDate(ref cursor, out var date, out _) && cursor.AtEnd ? new DateTimeOffset(date.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero) : null;
    }

    /// <summary>"Kyiv Independent news desk", "Reuters staff": the name without the word for a newsroom after it.</summary>
    private static ReadOnlySpan<char> WithoutDesk(ReadOnlySpan<char> name)
    {
        foreach (var desk in Desks)
        {
            if (name.Length > desk.Length + 1 && name.EndsWith(desk, StringComparison.Ordinal) && name[^(desk.Length + 1)] == ' ')
            {
                return name[..^(desk.Length + 1)].TrimEnd();
            }
        }

        return name;
    }

    private static bool TrySplitOutletRole(ReadOnlySpan<char> rest, HashSet<string>.AlternateLookup<ReadOnlySpan<char>> outlets, out string? agency, out ReadOnlySpan<char> afterRole)
    {
        agency = null;
        afterRole = [];
        foreach (var role in Roles)
        {
            var at = rest.IndexOf(role, StringComparison.OrdinalIgnoreCase);
            if (at <= 1 || !char.IsWhiteSpace(rest[at - 1]) || at + role.Length >= rest.Length || !char.IsWhiteSpace(rest[at + role.Length]))
            {
                continue;
            }

            var candidate = rest[..(at - 1)].Trim();
            if (outlets.TryGetValue(candidate, out var known))
            {
                agency = known;
                afterRole = rest[(at + role.Length)..].Trim();
                return true;
            }
        }

        return false;
    }

    private static bool IsName(ReadOnlySpan<char> text)
    {
        if (text.IsEmpty || text.Length > 60)
        {
            return false;
        }

        var words = 0;
        var capitalised = 0;
        foreach (var range in text.Split(' '))
        {
            var word = text[range];
            if (word.IsEmpty)
            {
                continue;
            }

            words++;
            if (words == 1 && (MonthNames.TryParse(word.TrimEnd('.'), out _) || WeekdayResolver.TryParse(word, out _)))
            {
                return false;
            }

            foreach (var c in word)
            {
                if (!char.IsLetter(c) && c is not ('.' or '-' or '\'' or '\u2019'))
                {
                    return false;
                }
            }

            if (char.IsUpper(word[0]))
            {
                capitalised++;
            }
            else if (!ParticleLookup.Contains(word))
            {
                return false;
            }
        }

        return words is >= 1 and <= 6 && capitalised > 0;
    }

    private static bool IsOutletTail(ReadOnlySpan<char> tail)
    {
        if (tail.IsEmpty || tail.Length > 60 || !char.IsUpper(tail[0]) || LineShape.CountWords(tail, 4) > 4)
        {
            return false;
        }

        foreach (var role in Roles)
        {
            if (tail.Contains(role, StringComparison.OrdinalIgnoreCase))
            {
                return false;
            }
        }

        return !tail.Contains("editor", StringComparison.OrdinalIgnoreCase) && !tail.Contains("staff", StringComparison.OrdinalIgnoreCase);
    }
}
