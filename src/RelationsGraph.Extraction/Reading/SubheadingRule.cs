using RelationsGraph.Extraction.Text;

namespace RelationsGraph.Extraction.Reading;

/// <summary>
/// Finds the headings a page sets between the story's paragraphs ("Trade, Ukraine and North Korea", "Criticism at
/// home", "‘Neither a party nor a participant’"): a line that is a paragraph of its own, after the story's first
/// paragraph of prose, of at most <see cref="MaxWords"/> words, starting with a capital letter or a quotation mark and
/// ending without a sentence's punctuation. Read as a sentence, such a heading named countries together as if the
/// story were about them and put topics in a sentence that says nothing of them.
/// </summary>
internal static class SubheadingRule
{
    /// <summary>The most words a heading has.</summary>
    public const int MaxWords = 8;

    /// <summary>The fewest words of a line that shows the story has started.</summary>
    private const int ProseWords = 20;

    /// <summary>Marks the page's subheadings as noise.</summary>
    public static void Mark(PageModel page)
    {
        var started = false;
        for (var i = 0; i < page.Lines.Count; i++)
        {
            if (page.Roles[i] != LineRole.Text)
            {
                continue;
            }

            var line = page.Content(i).Trim();
            if (!started)
            {
                started = LineShape.CountWords(line, ProseWords) >= ProseWords;
                continue;
            }

            if (IsBlank(page, i - 1) && IsBlank(page, i + 1) && IsHeading(line))
            {
                page.MarkNoise(i, NoiseKind.Subheading);
            }
        }
    }

    /// <summary>Whether the line has a heading's shape: short, opened by a capital or a quotation mark, no closing punctuation.</summary>
    public static bool IsHeading(ReadOnlySpan<char> line)
    {
        if (line.IsEmpty || LineShape.CountWords(line, MaxWords + 1) > MaxWords || !(char.IsUpper(line[0]) || line[0] is '\'' or '"' or '\u2018' or '\u201C'))
        {
            return false;
        }

        var last = line.TrimEnd("\"'\u2019\u201D)");
        return !last.IsEmpty && last[^1] is not ('.' or '!' or '?' or ':' or ';' or ',');
    }

    /// <summary>Whether line <paramref name="i"/> is blank or lies outside the page (a heading is a paragraph of its own).</summary>
    private static bool IsBlank(PageModel page, int i) => i < 0 || i >= page.Lines.Count || page.Lines[i].IsBlank;
}
