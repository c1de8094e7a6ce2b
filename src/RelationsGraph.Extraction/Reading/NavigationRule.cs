namespace RelationsGraph.Extraction.Reading;

/// <summary>
/// Recognises navigation: known words alone on a line or after a site's name ("The Guardian - Back to home"),
/// breadcrumbs, lists of tags, and banners about a story's age.
/// </summary>
internal static class NavigationRule
{
    private const string SeparatorChars = "|>\u203A\u00BB\u2022\u00B7";

    private static readonly System.Buffers.SearchValues<char> Separators = System.Buffers.SearchValues.Create(SeparatorChars);

    /// <summary>The longest line read as a menu of section names set apart by runs of spaces.</summary>
    private const int MaxMenuLength = 300;

    private static readonly string[] AgeBannerOpenings = ["This article is more than", "This article is over", "This article is"];

    /// <summary>
    /// A navigation word or phrase alone on a line, or after a site's name of at most three words and a dash ("The
    /// Guardian - Back to home"), or several set apart by runs of spaces ("Subscribe   Sign in"), or the site's address
    /// ("ekathimerini.com").
    /// </summary>
    public static bool IsKnownNavigation(ReadOnlySpan<char> line, HashSet<string>.AlternateLookup<ReadOnlySpan<char>> words)
    {
        if (IsTagList(line))
        {
            return true;
        }

        if (line.Length > 60)
        {
            // A site's menu runs long: "US  World  Politics  Business  ...  Ukraine-Russia War  Israel-Hamas War  Live TV".
            return line.Length <= MaxMenuLength && AreSpacedNavigation(line, words);
        }

        if (line.Length <= 40 && words.Contains(line))
        {
            return true;
        }

        // "Skip to sections navigation", "Skip to the main content", "Skip to footer": a screen reader's links, whatever
        // they skip to; "Larger text size": a reader's controls.
        if ((line.StartsWith("Skip to ", StringComparison.OrdinalIgnoreCase) || line.EndsWith(" text size", StringComparison.OrdinalIgnoreCase))
            && LineShape.CountWords(line, 6) <= 5)
        {
            return true;
        }

        if (IsSiteAddress(line))
        {
            return true;
        }

        var dash = line.LastIndexOf(" - ", StringComparison.Ordinal);
        return (dash > 0 && LineShape.CountWords(line[..dash], 4) <= 3 && words.Contains(line[(dash + 3)..].Trim()))
            || AreSpacedNavigation(line, words);
    }

    /// <summary>
    /// The page's list of tags, "Tags: Shinzo Abe, Xi Jinping, China": the label, then names set apart by commas, with no
    /// sentence's closing full stop.
    /// </summary>
    private static bool IsTagList(ReadOnlySpan<char> line) =>
        (line.StartsWith("Tags:", StringComparison.OrdinalIgnoreCase) || line.StartsWith("Topics:", StringComparison.OrdinalIgnoreCase))
        && !LineShape.EndsWithFullStop(line);

    /// <summary>
    /// A site's address alone on its line, as a masthead comes out when scraped: "ekathimerini.com", "www.example.co.uk".
    /// Letters, digits and hyphens between dots, and a last part of two to six letters.
    /// </summary>
    private static bool IsSiteAddress(ReadOnlySpan<char> line)
    {
        var dot = line.LastIndexOf('.');
        if (dot <= 0 || line.Length - dot - 1 is < 2 or > 6)
        {
            return false;
        }

        foreach (var c in line[(dot + 1)..])
        {
            if (!char.IsAsciiLetterLower(c))
            {
                return false;
            }
        }

        foreach (var c in line[..dot])
        {
            if (!(char.IsAsciiLetterOrDigit(c) || c is '-' or '.'))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// Two or more navigation words or phrases set apart by runs of spaces, as a page's links come out when scraped side
    /// by side: "Subscribe   Sign in", "Share  Print  Email"; or four or more section names of a menu set apart so,
    /// "Politics  Economy  Society  Culture".
    /// </summary>
    private static bool AreSpacedNavigation(ReadOnlySpan<char> line, HashSet<string>.AlternateLookup<ReadOnlySpan<char>> words)
    {
        var items = 0;
        var known = true;
        var sectionNames = true;
        var rest = line.Trim();
        while (!rest.IsEmpty)
        {
            var gap = rest.IndexOf("  ", StringComparison.Ordinal);
            var item = (gap < 0 ? rest : rest[..gap]).Trim();
            known &= words.Contains(item);
            sectionNames &= IsSectionName(item);
            if (!known && !sectionNames)
            {
                return false;
            }

            items++;
            rest = gap < 0 ? [] : rest[gap..].TrimStart();
        }

        return items >= 2 && (known || items >= 4);
    }

    /// <summary>
    /// A menu's item: one or two words, each with a capital first and no punctuation but inner hyphens ("Politics",
    /// "Press Freedom", "Ukraine-Russia War"), or two such words joined by an ampersand ("Life &amp; Style").
    /// </summary>
    private static bool IsSectionName(ReadOnlySpan<char> item)
    {
        var and = item.IndexOf(" & ", StringComparison.Ordinal);
        if (and > 0)
        {
            return IsOneSectionWord(item[..and]) && IsOneSectionWord(item[(and + 3)..]);
        }

        return LineShape.CountWords(item, 3) is 1 or 2 && LineShape.IsCapitalisedWords(item) && item[^1] != '-' && !item.Contains("- ", StringComparison.Ordinal);
    }

    private static bool IsOneSectionWord(ReadOnlySpan<char> word) => LineShape.CountWords(word, 2) == 1 && IsSectionName(word);

    /// <summary>
    /// A page's banner about the story's age ("This article is more than 2 years old", "This article is over 1 year
    /// old"): not part of the story.
    /// </summary>
    public static bool IsAgeBanner(ReadOnlySpan<char> line)
    {
        var rest = line.Trim();
        foreach (var opening in AgeBannerOpenings)
        {
            if (rest.StartsWith(opening, StringComparison.OrdinalIgnoreCase))
            {
                rest = rest[opening.Length..].TrimStart();
                var number = 0;
                while (number < rest.Length && char.IsAsciiDigit(rest[number]))
                {
                    number++;
                }

                var unit = rest[number..].Trim();
                return number > 0 && unit is "year old" or "years old" or "month old" or "months old" or "day old" or "days old";
            }
        }

        return false;
    }

    /// <summary>
    /// A page's estimate of the time a story takes to read: "Read Time: 4 mins", "Reading time: 3 minutes", "5 min
    /// read", "6 minute read", and as Spanish- and Portuguese-language pages label it: "Tiempo de lectura: 4 minutos".
    /// </summary>
    public static bool IsReadingTime(ReadOnlySpan<char> line)
    {
        if (line.Length > 36)
        {
            return false;
        }

        var rest = line.Trim();
        var labelled = rest.StartsWith("Read time:", StringComparison.OrdinalIgnoreCase) || rest.StartsWith("Reading time:", StringComparison.OrdinalIgnoreCase)
            || rest.StartsWith("Tiempo de lectura:", StringComparison.OrdinalIgnoreCase) || rest.StartsWith("Tempo de leitura:", StringComparison.OrdinalIgnoreCase);
        if (labelled)
        {
            rest = rest[(rest.IndexOf(':') + 1)..].TrimStart();
        }

        var number = 0;
        while (number < rest.Length && char.IsAsciiDigit(rest[number]))
        {
            number++;
        }

        var unit = rest[number..].Trim();
        return number > 0 && (labelled
            ? unit is "min" or "mins" or "minute" or "minutes" or "minuto" or "minutos"
            : unit.Equals("min read", StringComparison.OrdinalIgnoreCase) || unit.Equals("minute read", StringComparison.OrdinalIgnoreCase)
              || unit.Equals("mins read", StringComparison.OrdinalIgnoreCase));
    }

    /// <summary>
    /// "Home | News | World", "China &gt;&gt; World", "Asia / Pacific": short segments split by separators. After two short
    /// segments or more, the last may be the page's title: "Home / India News / PM Modi, Italy's Meloni raise ties ...".
    /// </summary>
    public static bool IsBreadcrumb(ReadOnlySpan<char> line)
    {
        if (line.Length > 160)
        {
            return false;
        }

        if (line.IndexOfAny(Separators) < 0)
        {
            // A slash counts only with a space on each side: "Asia / Pacific", not "Xi/Biden talks"; commas only between
            // three or more single capitalised words: "Politics, Europe, Türkiye", not "Xi, Biden meet".
            return (line.IndexOf(" / ", StringComparison.Ordinal) >= 0 && IsSlashBreadcrumb(line)) || IsCommaSectionList(line);
        }

        return AreShortSegments(line, line.SplitAny(SeparatorChars));
    }

    /// <summary>Whether every segment is short, or every one but the last of three or more (a trail ending in the title).</summary>
    private static bool AreShortSegments(ReadOnlySpan<char> line, MemoryExtensions.SpanSplitEnumerator<char> ranges)
    {
        var segments = 0;
        var longAt = -1;
        foreach (var range in ranges)
        {
            var segment = line[range].Trim();
            if (segment.IsEmpty || (!IsShortSegment(segment) && longAt >= 0))
            {
                return false;
            }

            if (!IsShortSegment(segment))
            {
                longAt = segments;
            }

            segments++;
        }

        return longAt < 0 || (longAt == segments - 1 && segments >= 3);
    }

    /// <summary>A breadcrumb's segment: at most three words, no sentence punctuation but an initialism's full stops ("U.S. News").</summary>
    private static bool IsShortSegment(ReadOnlySpan<char> segment) =>
        LineShape.CountWords(segment, 3) <= 3 && !LineShape.HasSentencePunctuation(WithoutInitialisms(segment));

    /// <summary>The segment with each full stop that follows a capital letter ("U.S.") dropped, or the segment itself when it has none.</summary>
    private static ReadOnlySpan<char> WithoutInitialisms(ReadOnlySpan<char> segment)
    {
        if (segment.IndexOf('.') < 0)
        {
            return segment;
        }

        var kept = new char[segment.Length];
        var n = 0;
        for (var i = 0; i < segment.Length; i++)
        {
            if (!(segment[i] == '.' && i > 0 && char.IsUpper(segment[i - 1])))
            {
                kept[n++] = segment[i];
            }
        }

        return kept.AsSpan(0, n);
    }

    private static bool IsCommaSectionList(ReadOnlySpan<char> line)
    {
        var segments = 0;
        foreach (var range in line.Split(','))
        {
            var segment = line[range].Trim();
            if (segment.IsEmpty || !char.IsUpper(segment[0]))
            {
                return false;
            }

            foreach (var c in segment)
            {
                if (!char.IsLetter(c))
                {
                    return false;
                }
            }

            segments++;
        }

        return segments >= 3;
    }

    private static bool IsSlashBreadcrumb(ReadOnlySpan<char> line) => AreShortSegments(line, line.Split(" / "));

    /// <summary>A stand-alone line of one or two words with no sentence punctuation (not the headline).</summary>
    public static bool IsShortLine(ReadOnlySpan<char> line) =>
        line.Length <= 40 && LineShape.CountWords(line, 2) <= 2 && !LineShape.HasSentencePunctuation(line);
}
