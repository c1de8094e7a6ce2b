namespace RelationsGraph.Extraction.Mentions;

/// <summary>Where an event noun or a named event was held, as the words right after it say: "the G20 summit in Osaka", "the summit in the Brazilian city of Rio de Janeiro".</summary>
internal static class EventPlaces
{
    /// <summary>
    /// The place the gazetteers found after "in" or "at" (and "the") right after token <paramref name="last"/> ("the G20
    /// summit in Osaka", "talks at the Kremlin"), or null: the event as the sentence writes it with its place, which
    /// readers quote whole, and where the words place it.
    /// </summary>
    internal static Mention? PlaceAfter(AnalyzedSentence s, int last)
    {
        if (!s.IsAny(last + 1, "in", "at"))
        {
            return null;
        }

        return PlaceAt(s, s.Is(last + 2, "the") ? last + 3 : last + 2);
    }

    /// <summary>
    /// The token after an event noun that ends at token <paramref name="last"/> and after its place, when
    /// <see cref="PlaceAfter"/> finds one: where a date of the event follows ("The encounter in Washington yesterday").
    /// </summary>
    internal static int TokenAfter(AnalyzedSentence s, int last) =>
        PlaceAfter(s, last) is { } placed ? s.TokenAt(placed.End) : last + 1;

    /// <summary>Words that name the kind of a place after its country's demonym: "the Brazilian city of Rio de Janeiro".</summary>
    private static readonly HashSet<string> PlaceKindWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "city", "capital", "town", "island", "port", "resort", "coastal", "seaside",
    };

    /// <summary>
    /// The place named from token <paramref name="at"/> on: a place or capital starting there, or the one after "&lt;demonym&gt;
    /// city of" ("the Brazilian city of Rio de Janeiro", "the Chinese port city of Qingdao"); null when there is none.
    /// </summary>
    internal static Mention? PlaceAt(AnalyzedSentence s, int at)
    {
        if (s.MentionStartingAt(at, MentionKind.Place, MentionKind.Capital) is { } place)
        {
            return place;
        }

        var k = s.MentionStartingAt(at, MentionKind.Demonym) is { } demonym ? s.TokenAt(demonym.End) : at;
        var kinds = 0;
        while (kinds < 2 && PlaceKindWords.Contains(s.Word(k)))
        {
            k++;
            kinds++;
        }

        return kinds > 0 && s.Is(k, "of") ? s.MentionStartingAt(k + 1, MentionKind.Place, MentionKind.Capital) : null;
    }
}
