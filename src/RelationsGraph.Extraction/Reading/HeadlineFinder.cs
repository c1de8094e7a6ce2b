namespace RelationsGraph.Extraction.Reading;

/// <summary>
/// Finds the headline: a text line before the story starts (the dateline paragraph, or else the first
/// line that ends with a full stop or runs on into the next line of its paragraph) that has no final full
/// stop. Of several such lines the first with three or more words wins, else the first of two words; a
/// single word (a stray site or section name) is never the headline. Without a dateline, a line ending
/// in ? or ! counts only when a blank or noise line follows it.
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

        var first = -1;
        for (var i = 0; i < storyStart; i++)
        {
            if (page.Roles[i] != LineRole.Text || LineShape.EndsWithFullStop(page.Content(i)) || IsQuestionInStory(page, i))
            {
                continue;
            }

            var words = LineShape.CountWords(page.Content(i), 3);
            if (words >= 3)
            {
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

            var runsOn = i + 1 < page.Lines.Count && page.Roles[i + 1] == LineRole.Text && ParagraphAssembler.Joins(page, i, i + 1);
            if (runsOn || LineShape.EndsWithFullStop(page.Content(i)))
            {
                return i;
            }
        }

        return -1;
    }
}
