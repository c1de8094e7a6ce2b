using RelationsGraph.Extraction.Text;

namespace RelationsGraph.Extraction.Reading;

/// <summary>
/// Recognises a wire-service dateline at the start of a line: a place, then optionally a region, a date
/// and an outlet in parentheses, then a dash: "SAN FRANCISCO, Nov. 16 (Xinhua) --", "TOKYO, Nov 17
/// (Reuters) -", "WOODSIDE, Calif. (AP) —", "Beijing, Nov. 16 (Xinhua) --", "Guangzhou (China) (AFP) –", "SOCHI,
/// September 4. /TASS/.", "Lima, Peru CNN —", "BEIJING: Chinese President ...". An
/// all-capitals place needs a dash or an outlet tag, or stands alone on its line with its country ("SOCHI, Russia"), or
/// a colon before the story's first sentence; a place in title case needs a date as well, or an outlet in capitals
/// ("Jakarta (ANTARA) -"), or a country and an outlet in parentheses before its dash, or is a known place whose dash
/// opens the story's first sentence ("Geneva — President Biden ..."). Bounded look-ahead.
/// </summary>
internal static class DatelineParser
{
    private const int MaxPlaceLength = 48;

    /// <summary>The characters of a place in capitals: letters, spaces, dots and hyphens.</summary>
    private static readonly System.Buffers.SearchValues<char> PlaceCharacters =
        System.Buffers.SearchValues.Create("ABCDEFGHIJKLMNOPQRSTUVWXYZ .-'");

    /// <summary>The dateline that opens <paramref name="line"/>, or null.</summary>
    /// <param name="text">The page's text.</param>
    /// <param name="line">A text line near the top of the page.</param>
    /// <param name="knownPlaces">Places whose name in title case may open a colon dateline ("Washington: ...").</param>
    public static DatelineMatch? TryParse(string text, ArticleLine line, HashSet<string>.AlternateLookup<ReadOnlySpan<char>> knownPlaces)
    {
        var span = line.Content(text);
        var placeEnd = ScanPlace(span);
        if (!IsPlace(span[..placeEnd], out var allCaps))
        {
            return null;
        }

        if ((allCaps || knownPlaces.Contains(span[..placeEnd])) && ColonDateline.OpensStory(span, placeEnd))
        {
            var at = line.TrimStart;
            return new DatelineMatch(at, at + placeEnd + 1, at, at + placeEnd, 0, 0, null, null, false);
        }

        if (ColonDateline.IsAloneOnLine(span, placeEnd))
        {
            var at = line.TrimStart;
            return new DatelineMatch(at, at + placeEnd + 1, at, at + placeEnd, 0, 0, null, null, true);
        }

        var cursor = new TextCursor(span) { Position = placeEnd };
        int month = 0, day = 0;
        var withRegion = false;
        int? year = null;
        int regionStart = 0, regionEnd = 0;
        if (cursor.TryRead(','))
        {
            cursor.SkipSpaces();
            if (!MonthNames.TryReadMonthDay(ref cursor, out month, out day, out year))
            {
                regionStart = cursor.Position;
                if (!TryReadRegion(ref cursor))
                {
                    return null;
                }

                withRegion = true;
                regionEnd = cursor.Position;

                var afterRegion = cursor.Position;
                var dated = cursor.TryRead(',');
                cursor.SkipSpaces();
                if (!(dated && MonthNames.TryReadMonthDay(ref cursor, out month, out day, out year)))
                {
                    cursor.Position = afterRegion;
                    month = day = 0;
                    year = null;
                }
            }
        }

        var beforeTag = cursor.Position;
        cursor.SkipSpaces();
        var tag = DatelineTags.TryReadTag(ref cursor) ?? DatelineTags.TryReadSlashTag(ref cursor) ?? (month != 0 ? DatelineTags.TryReadCommaTag(ref cursor) : null) ?? DatelineTags.TryReadBareTag(ref cursor);
        var twoTags = false;
        if (tag is null)
        {
            cursor.Position = beforeTag;
        }
        else
        {
            // "Guangzhou (China) (AFP) –": the country in the first parentheses, the outlet in the second.
            var afterFirst = cursor.Position;
            cursor.SkipSpaces();
            if (DatelineTags.TryReadTag(ref cursor) is { } outlet)
            {
                tag = outlet;
                twoTags = true;
            }
            else
            {
                cursor.Position = afterFirst;
            }
        }

        var end = cursor.Position;
        var spaced = cursor.SkipSpaces() > 0 || tag is not null; // "(Xinhua)--" needs no space, "U.S.-China" is no dateline
        var dashStart = cursor.Position;
        while (!cursor.AtEnd && cursor.Position - dashStart < 3 && TextChars.IsDash(cursor.Current))
        {
            cursor.Position++;
        }

        // "WASHINGTON--Prime Minister ..." (The Asahi Shimbun): two hyphens or a long dash need no space; one hyphen does.
        var dashes = cursor.Position - dashStart;
        var unspaced = dashes > 1 || (dashes == 1 && span[dashStart] != '-');
        var hasDash = dashes > 0 && (spaced || unspaced) && IsDashEnd(span, cursor.Position, dashes);
        if (hasDash)
        {
            end = cursor.Position;
        }

        var after = end;
        while (after < span.Length && TextChars.IsSpace(span[after]))
        {
            after++;
        }

        // "SOCHI, Russia" alone on its line above the story (Anadolu): a place in capitals and its country, nothing else;
        // a subheading in capitals ("MIGRATION, EU TIES") is none unless its first words are a known place.
        var aloneWithRegion = allCaps && withRegion && after >= span.Length
            && (span[regionStart..regionEnd].ContainsAnyInRange('a', 'z') || knownPlaces.Contains(span[..placeEnd]));
        // "Geneva — President Biden and ..." (CBS News): a known place in title case and a dash open the story's first sentence.
        var knownBeforeStory = hasDash && tag is null && !withRegion && knownPlaces.Contains(span[..placeEnd]) && ColonDateline.IsStory(span[end..]);
        if (!(hasDash || tag is not null || aloneWithRegion)
            || (!allCaps && month == 0 && !(hasDash && (twoTags || IsAgencyInCapitals(tag))) && !knownBeforeStory))
        {
            return null;
        }

        var start = line.TrimStart;
        if (withRegion && IsWebAddress(span[..placeEnd]))
        {
            // "TEMPO.CO, Jakarta -": the outlet's web address first, then the place.
            return new DatelineMatch(start, start + end, start + regionStart, start + regionEnd, month, day, year, tag ?? span[..placeEnd].ToString(), after >= span.Length);
        }

        return new DatelineMatch(start, start + end, start, start + placeEnd, month, day, year, tag, after >= span.Length);
    }

    /// <summary>Whether the place read is an outlet's web address in capitals ("TEMPO.CO", "KOMPAS.COM").</summary>
    private static bool IsWebAddress(ReadOnlySpan<char> place)
    {
        var dot = place.LastIndexOf('.');
        return dot > 0 && place[(dot + 1)..] is "CO" or "COM" or "NET" or "ORG" or "ID";
    }

    private static int ScanPlace(ReadOnlySpan<char> span)
    {
        var limit = Math.Min(span.Length, MaxPlaceLength);
        var p = 0;
        while (p < limit)
        {
            var c = span[p];
            var letterNext = p + 1 < span.Length && char.IsLetter(span[p + 1]);
            if (char.IsLetter(c) || c is '.' or '\'' or '\u2019' ||
                (TextChars.IsSpace(c) && !TextChars.IsLineBreak(c) && letterNext) ||
                (c == '-' && p > 0 && char.IsLetter(span[p - 1]) && letterNext))
            {
                p++;
                continue;
            }

            break;
        }

        return p == limit && limit < span.Length ? 0 : p;
    }

    /// <summary>
    /// The place at the end of a page's time stamp line, after a dash: "Updated - March 20, 2023 10:12 pm IST - NEW
    /// DELHI" (The Hindu's pages). Only a place in capitals of at most three words counts.
    /// </summary>
    public static DatelineMatch? TrailingPlace(string text, ArticleLine line)
    {
        var span = line.Content(text);
        var dash = span.LastIndexOfAny('-', '\u2013', '\u2014');
        if (dash <= 0 || span[dash - 1] != ' ')
        {
            return null;
        }

        var rest = span[(dash + 1)..];
        var trimmed = rest.Trim();
        // Only capitals, spaces and a few marks (so capitals throughout), and at least two letters.
        if (trimmed.Length is 0 or > 30 || trimmed.Count(' ') > 2 || trimmed.ContainsAnyExcept(PlaceCharacters) || !IsPlace(trimmed, out _))
        {
            return null;
        }

        var start = line.TrimStart + dash + 1 + (rest.Length - rest.TrimStart().Length);
        var end = start + trimmed.Length;
        return new DatelineMatch(start, end, start, end, 0, 0, null, null, ConsumesLine: false);
    }

    /// <summary>
    /// An outlet tag in capitals of two letters or more ("ANTARA", "AFP"): after a place in title case with no date,
    /// "Jakarta (ANTARA) -" is Antara's dateline, where "Xi Jinping (R) -" and "Guangzhou (China) -" are no outlet's.
    /// </summary>
    private static bool IsAgencyInCapitals(string? tag) =>
        tag is { Length: >= 2 } && !tag.AsSpan().ContainsAnyExcept(PlaceCharacters) && !tag.Contains(' ', StringComparison.Ordinal);

    private static bool IsPlace(ReadOnlySpan<char> place, out bool allCaps)
    {
        allCaps = false;
        var letters = 0;
        var upper = 0;
        var titleCase = true;
        var wordStart = true;
        foreach (var c in place)
        {
            if (char.IsLetter(c))
            {
                letters++;
                if (char.IsUpper(c))
                {
                    upper++;
                }
                else if (wordStart)
                {
                    titleCase = false;
                }

                wordStart = false;
            }
            else
            {
                wordStart = c == ' ';
            }
        }

        allCaps = letters >= 2 && upper == letters;
        if (place.StartsWith("BY ", StringComparison.OrdinalIgnoreCase))
        {
            return false; // "BY DANA WHITFIELD - 04/10/24 ...": a byline, not a place
        }

        return allCaps || (letters >= 2 && titleCase && char.IsUpper(place[0]));
    }

    private static bool TryReadRegion(ref TextCursor cursor)
    {
        var start = cursor.Position;
        for (var words = 0; words < 2; words++)
        {
            if (words > 0 && DatelineTags.BareTagLength(cursor.Rest) > 0)
            {
                break; // "Lima, Peru CNN —": the outlet, not the region's second word
            }

            var wordStart = cursor.Position;
            while (!cursor.AtEnd && cursor.Position - wordStart <= 12 && (char.IsLetter(cursor.Current) || cursor.Current == '.'))
            {
                cursor.Position++;
            }

            var word = cursor.Position - wordStart;
            if (word == 0 || word > 12)
            {
                break;
            }

            var next = cursor.Position;
            if (!(cursor.SkipSpaces() > 0 && !cursor.AtEnd && char.IsUpper(cursor.Current) && !cursor.Rest.StartsWith("(", StringComparison.Ordinal)))
            {
                cursor.Position = next;
                break;
            }
        }

        var region = cursor.Position > start;
        if (!region)
        {
            cursor.Position = start;
        }

        return region;
    }

    private static bool IsDashEnd(ReadOnlySpan<char> span, int end, int dashes) =>
        end >= span.Length || TextChars.IsSpace(span[end]) || (dashes > 1 || span[end - 1] != '-');
}
