namespace RelationsGraph.Extraction.Reading;

/// <summary>
/// Recognises links to other stories that pages set among or after the story: a label line ("Read more:",
/// "Related Articles", "See also"), the headlines listed under it, and a headline behind a label on one line
/// ("Related: What is the G7 and what will leaders discuss in Hiroshima?"). Left in, a list of headlines reads as
/// one long sentence of the story ("Kishida to become first Japanese leader to address Philippine Congress
/// Philippines, China trade blame after collisions ...").
/// </summary>
internal static class RelatedLinkRule
{
    private const int MaxHeadline = 160;

    private static readonly string[] Labels =
    [
        "Read", "Read more", "Read also", "Also read", "Related", "Related articles", "Related stories", "Related news", "Related content",
        "Related coverage", "Related links", "See also", "More on this story", "You may also like", "Recommended",
        "Most read", "Most popular", "Premium", "Trending", "Top stories", "More from our network", "Editor's picks",
        "Don't miss",
    ];

    /// <summary>Whether the line is a label alone ("Read more:", "RELATED ARTICLES").</summary>
    public static bool IsLabel(ReadOnlySpan<char> line)
    {
        var bare = line.TrimEnd(':').TrimEnd();
        foreach (var label in Labels)
        {
            if (bare.Equals(label, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether the line is a headline behind a label ("Related: ...", "READ MORE: ...", "Read more | ...").</summary>
    public static bool IsInlineLink(ReadOnlySpan<char> line)
    {
        var separator = line.IndexOfAny(':', '|');
        return separator > 0 && separator + 2 < line.Length && line[separator + 1] == ' ' && IsLabel(line[..separator].TrimEnd())
            && IsHeadline(line[(separator + 2)..]);
    }

    /// <summary>
    /// Whether the line reads as a listed headline: short, with no full stop inside or at its end ("Philippines,
    /// China trade blame after collisions near disputed shoal"; a question mark may end it, and so may the dots of
    /// a headline cut short: "Election Commission ...").
    /// </summary>
    public static bool IsHeadline(ReadOnlySpan<char> line) =>
        line.Length <= MaxHeadline && (!line.EndsWith('.') || line.EndsWith("...", StringComparison.Ordinal)) && !line.EndsWith(':')
        && line.IndexOf(". ", StringComparison.Ordinal) < 0;
}
