namespace RelationsGraph.Extraction.Reading;

/// <summary>
/// Groups text lines into paragraphs. Blank lines, noise lines, the headline and the dateline line
/// start new paragraphs. Two adjacent text lines are joined (hard-wrapped text) when the first does not
/// end a sentence and either the second starts in lower case or the first is long (40 characters or
/// more) and the second no longer than a wrap of the first allows; a line holding only the dateline always
/// joins the next. Otherwise each line is a paragraph, as
/// on scraped pages. A paragraph of one short line (one or two words, no sentence punctuation) is
/// navigation noise; one of a photo's credit ("Pool/Getty Images") is a caption, as is the one-line
/// paragraph just above it.
/// </summary>
internal static class ParagraphAssembler
{
    private const int WrappedLineLength = 40;

    public static List<LineBlock> Assemble(PageModel page)
    {
        var blocks = new List<LineBlock>();
        var open = -1;
        for (var i = 0; i < page.Lines.Count; i++)
        {
            if (page.Roles[i] != LineRole.Text)
            {
                Close(page, blocks, ref open, i - 1);
                continue;
            }

            if (open >= 0 && !Joins(page, i - 1, i))
            {
                Close(page, blocks, ref open, i - 1);
            }

            if (open < 0)
            {
                open = i;
            }
        }

        Close(page, blocks, ref open, page.Lines.Count - 1);
        return blocks;
    }

    /// <summary>Whether text line <paramref name="next"/> continues the paragraph of text line <paramref name="previous"/>.</summary>
    public static bool Joins(PageModel page, int previous, int next)
    {
        if (next == page.DatelineLine)
        {
            return false;
        }

        if (previous == page.DatelineLine && page.Dateline is { ConsumesLine: true })
        {
            return true;
        }

        var line = page.Content(previous);
        var following = page.Content(next);
        return !LineShape.EndsWithTerminal(line) &&
               (LineShape.StartsLowercase(following) || (line.Length >= WrappedLineLength && !TooLongToFollowAWrap(line, following)));
    }

    /// <summary>
    /// Whether <paramref name="next"/> is too long to be the line after a wrap of <paramref name="line"/>: a line is
    /// wrapped where the next word no longer fits, so the lines after it are no longer than it plus that word. A
    /// headline over a standfirst that runs on one line ("Milei and Xi meet in Rio as trade trumps ideology" over "In
    /// his first face-to-face encounter with the Chinese leader, ...") was not wrapped.
    /// </summary>
    private static bool TooLongToFollowAWrap(ReadOnlySpan<char> line, ReadOnlySpan<char> next)
    {
        var space = next.IndexOf(' ');
        var firstWord = space < 0 ? next.Length : space;
        return next.Length > line.Length + 1 + firstWord;
    }

    private static void Close(PageModel page, List<LineBlock> blocks, ref int open, int last)
    {
        if (open < 0)
        {
            return;
        }

        if (open == last && open != page.DatelineLine && CaptionRule.IsCreditLine(page.Content(open)))
        {
            // "US President Joe Biden meets with ... on November 16, 2024." / "Pool/Getty Images": a photo's caption, then its credit.
            page.MarkNoise(open, NoiseKind.PhotoCaption);
            if (blocks.Count > 0 && blocks[^1] is { FirstLine: var first, LastLine: var previous } && first == previous && previous == open - 1
                && previous != page.DatelineLine && LineShape.EndsWithFullStop(page.Content(previous)))
            {
                blocks.RemoveAt(blocks.Count - 1);
                page.MarkNoise(previous, NoiseKind.PhotoCaption);
            }
        }
        else if (open == last && open != page.DatelineLine && NavigationRule.IsShortLine(page.Content(open)))
        {
            page.MarkNoise(open, NoiseKind.Navigation);
        }
        else
        {
            blocks.Add(new LineBlock(open, last));
        }

        open = -1;
    }
}
