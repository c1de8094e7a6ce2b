using RelationsGraph.Extraction.Text;

namespace RelationsGraph.Extraction.Reading;

/// <summary>
/// Datelines of a place and a colon: "BEIJING: Chinese President ..." opening the story's first sentence, or "New
/// Delhi:" alone on its line above it. <see cref="DatelineParser"/> has read the place at the start of the line
/// (<c>span</c>, the place ending at <c>placeEnd</c>); these say whether what follows it makes a dateline.
/// </summary>
internal static class ColonDateline
{
    /// <summary>The fewest words of story after a colon dateline: a label's line ("BREAKING: Xi arrives") is shorter.</summary>
    private const int MinColonStoryWords = 8;

    /// <summary>The most words of a place alone on its line before a colon ("New Delhi:").</summary>
    private const int MaxColonLinePlaceWords = 3;

    /// <summary>Words, in capitals or title case, that pages put before a colon and are no place.</summary>
    private static readonly HashSet<string> ColonLabels = new(StringComparer.OrdinalIgnoreCase)
    {
        "UPDATE", "UPDATED", "BREAKING", "BREAKING NEWS", "WATCH", "READ", "READ MORE", "ALSO READ", "NOTE", "EDITOR'S NOTE",
        "EDITORS NOTE", "PHOTO", "PHOTOS", "VIDEO", "LIVE", "EXCLUSIVE", "ANALYSIS", "OPINION", "COMMENT", "CORRECTION",
        "FILE", "SOURCE", "SOURCES", "DISCLAIMER", "ADVERTISEMENT", "FACT CHECK", "EXPLAINER", "FEATURE", "HIGHLIGHTS",
        "KEY POINTS", "TAGS", "TOPICS", "RELATED", "SHARE", "LISTEN", "CREDIT", "CAPTION", "SUMMARY", "IN BRIEF",
    };

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> ColonLabelLookup = ColonLabels.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>
    /// "BEIJING: Chinese President Xi Jinping on Wednesday assured ..." (Dawn, The Times of India, CNA): a place (in
    /// capitals, or a known one in title case: the parser decides), a colon and a space, then the story's first
    /// sentence, a capitalised word and at least <see cref="MinColonStoryWords"/> words; not one of the labels pages put before a line ("UPDATE: ...", "WATCH: ...").
    /// </summary>
    public static bool OpensStory(ReadOnlySpan<char> span, int placeEnd)
    {
        if (placeEnd + 2 >= span.Length || span[placeEnd] != ':' || span[placeEnd + 1] != ' ' || !char.IsUpper(span[placeEnd + 2])
            || ColonLabelLookup.Contains(span[..placeEnd].Trim()))
        {
            return false;
        }

        return IsStory(span[(placeEnd + 1)..]);
    }

    /// <summary>
    /// Whether <paramref name="rest"/>, the line after a dateline's place and its colon or dash, is a story's first
    /// sentence: a capitalised word first and at least <see cref="MinColonStoryWords"/> words.
    /// </summary>
    public static bool IsStory(ReadOnlySpan<char> rest)
    {
        var first = 0;
        while (first < rest.Length && TextChars.IsSpace(rest[first]))
        {
            first++;
        }

        if (first >= rest.Length || !char.IsUpper(rest[first]))
        {
            return false;
        }

        var words = 0;
        for (var i = 0; i < rest.Length && words < MinColonStoryWords; i++)
        {
            if (TextChars.IsSpace(rest[i]) && i + 1 < rest.Length && !TextChars.IsSpace(rest[i + 1]))
            {
                words++;
            }
        }

        return words >= MinColonStoryWords;
    }

    /// <summary>
    /// "New Delhi:" alone on its line above the story (NDTV's pages): a place in title case or capitals of at most
    /// <see cref="MaxColonLinePlaceWords"/> words and a colon, nothing after it; not a label ("Highlights:", "Tags:").
    /// </summary>
    public static bool IsAloneOnLine(ReadOnlySpan<char> span, int placeEnd) =>
        placeEnd + 1 == span.TrimEnd().Length && span[placeEnd] == ':'
        && span[..placeEnd].Count(' ') < MaxColonLinePlaceWords && !ColonLabelLookup.Contains(span[..placeEnd]);
}
