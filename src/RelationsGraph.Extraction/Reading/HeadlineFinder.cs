namespace RelationsGraph.Extraction.Reading;

/// <summary>
/// Finds the headline: a text line before the story starts (the dateline paragraph, or else the first line that ends
/// with a full stop or runs on into the next lines of a paragraph that has one) that has no final full stop. Of
/// several such lines the first with three or more words wins, else the first of two words; a single word (a stray
/// site or section name) is never the headline, nor is a section's name such as "Life &amp; Style", which is
/// navigation. Without a dateline, a line ending in ? or ! counts only when a blank or noise line follows it. The
/// site's name above the story, as the copyright footer names it, is no headline but navigation. A short first line
/// gives way to the first longer one when the page's time stamp or byline follows that.
/// </summary>
internal static class HeadlineFinder
{
    public static int Find(PageModel page)
    {
        var storyStart = page.DatelineLine >= 0 ? page.DatelineLine : FindStoryStart(page);
        if (storyStart < 0)
        {
            return -1;
        }

        MarkMastheads(page, storyStart);
        var first = -1;
        for (var i = 0; i < storyStart; i++)
        {
            if (page.Roles[i] != LineRole.Text || LineShape.EndsWithFullStop(page.Content(i)) || IsQuestionInStory(page, i))
            {
                continue;
            }

            var words = LineShape.CountWords(page.Content(i), 3);
            if (words == 3 && IsPairedSection(page.Content(i)))
            {
                page.MarkNoise(i, NoiseKind.Navigation);
                continue;
            }

            if (words >= 3)
            {
                if (StampedAfter(page, i, storyStart) is { } stamped)
                {
                    page.MarkNoise(i, NoiseKind.Navigation); // the section's name above the headline
                    return stamped;
                }

                return i;
            }

            if (words < 2)
            {
                continue;
            }

            if (first < 0)
            {
                first = i;
            }
        }

        return first;
    }

    /// <summary>
    /// A longer headline than the short line <paramref name="first"/> ("East Asia Pacific", a section's name): the first
    /// longer text line after it, when the page's time stamp or byline follows that line before the story, as it
    /// follows headlines; or null.
    /// </summary>
    private static int? StampedAfter(PageModel page, int first, int storyStart)
    {
        var words = LineShape.CountWords(page.Content(first), 5);
        if (words > 4)
        {
            return null;
        }

        int? longer = null;
        for (var i = first + 1; i < storyStart; i++)
        {
            if (longer is null && page.Roles[i] == LineRole.Text && !LineShape.EndsWithFullStop(page.Content(i)) && LineShape.CountWords(page.Content(i), 5) > words)
            {
                longer = i;
            }
            else if (longer is not null && page.Roles[i] == LineRole.Noise && page.NoiseKinds[i] is NoiseKind.Updated or NoiseKind.Byline)
            {
                return longer;
            }
        }

        return null;
    }

    /// <summary>
    /// Marks the site's name as navigation on the text lines above the story (line <paramref name="storyStart"/>): above
    /// the headline, or below it as a byline in capitals ("THE ASAHI SHIMBUN").
    /// </summary>
    private static void MarkMastheads(PageModel page, int storyStart)
    {
        var footer = CopyrightLine(page);
        for (var i = 0; footer >= 0 && i < storyStart; i++)
        {
            if (page.Roles[i] == LineRole.Text && IsMasthead(page, i, footer))
            {
                page.MarkNoise(i, NoiseKind.Navigation);
            }
        }
    }

    /// <summary>The last copyright footer line of the page, or -1: one pass, so a page of many lines is read once.</summary>
    private static int CopyrightLine(PageModel page)
    {
        for (var i = page.Lines.Count - 1; i >= 0; i--)
        {
            if (page.Roles[i] == LineRole.Noise && page.NoiseKinds[i] == NoiseKind.Copyright)
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>
    /// Whether the line is the site's name, as its copyright footer gives it: "The Sydney Morning Herald" above the
    /// headline and "© 2023 The Sydney Morning Herald" at the foot, or "The Asahi Shimbun | Asia &amp; Japan Watch" and
    /// "Copyright © The Asahi Shimbun Company". The line, or its part before a bar, must be in the footer (line
    /// <paramref name="footer"/>) whole.
    /// </summary>
    private static bool IsMasthead(PageModel page, int line, int footer)
    {
        var name = page.Content(line);
        var bar = name.IndexOf(" | ", StringComparison.Ordinal);
        name = (bar > 0 ? name[..bar] : name).Trim();
        return name.Length >= 3 && page.Content(footer).Contains(name, StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>
    /// A section's name of two words joined by an ampersand above the story, "Life &amp; Style", "Politics &amp; Law":
    /// navigation, not a headline of three words.
    /// </summary>
    private static bool IsPairedSection(ReadOnlySpan<char> line) => line.IndexOf(" & ", StringComparison.Ordinal) > 0;

    /// <summary>Without a dateline, a line ending in ? or ! directly followed by text is story, not headline.</summary>
    private static bool IsQuestionInStory(PageModel page, int line) =>
        page.DatelineLine < 0 && LineShape.EndsWithTerminal(page.Content(line)) &&
        line + 1 < page.Lines.Count && page.Roles[line + 1] == LineRole.Text;

    private static int FindStoryStart(PageModel page)
    {
        for (var i = 0; i < page.Lines.Count; i++)
        {
            if (page.Roles[i] != LineRole.Text)
            {
                continue;
            }

            if (LineShape.EndsWithFullStop(page.Content(i)))
            {
                if (LineShape.CountWords(page.Content(i), 2) < 2)
                {
                    continue; // "U.S." in a menu of sections: one word is no sentence of the story
                }

                return i;
            }

            var last = LastJoinedLine(page, i);
            if (last > i && HasFullStop(page, i, last))
            {
                return i;
            }

            i = last;
        }

        return -1;
    }

    /// <summary>The last line of the run of text lines that <paramref name="first"/> runs on into.</summary>
    private static int LastJoinedLine(PageModel page, int first)
    {
        var last = first;
        while (last + 1 < page.Lines.Count && page.Roles[last + 1] == LineRole.Text && ParagraphAssembler.Joins(page, last, last + 1))
        {
            last++;
        }

        return last;
    }

    /// <summary>
    /// Whether a run of lines holds a full stop: a wrapped story paragraph does, while a headline and its standfirst
    /// lines, set one under the other without a blank line, run on into one another without ever ending a sentence.
    /// </summary>
    private static bool HasFullStop(PageModel page, int first, int last)
    {
        for (var i = first; i <= last; i++)
        {
            if (page.Content(i).IndexOfAny('.', '\u3002') >= 0)
            {
                return true;
            }
        }

        return false;
    }
}
