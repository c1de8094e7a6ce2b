using RelationsGraph.Extraction.Mentions;

namespace RelationsGraph.Extraction.Rules;

/// <summary>
/// What may stand between a meeting noun and the "between" of its parties: a place ("talks in Hanoi between General
/// Secretary Trong and President Biden"), or a participle of holding with where, when and how ("talks held here today
/// between Prime Minister Abiy Ahmed and President Xi Jinping", "a meeting held at the Kremlin on Tuesday between ...",
/// "talks held in private between ...").
/// </summary>
internal static class EventNounTail
{
    /// <summary>The most adverbials read after "held": "held here today", "held in Beijing on Tuesday".</summary>
    private const int MaxAdverbials = 3;

    /// <summary>
    /// The token of "between" after the tail that starts at token <paramref name="after"/> (the token after the noun), or
    /// <paramref name="after"/> itself when no such tail leads to "between"; <paramref name="place"/> gets the tail's place.
    /// </summary>
    public static int Between(AnalyzedSentence s, int after, out Mention? place)
    {
        place = null;
        if (s.Is(after, "in") && PlacePhrases.PlaceAdverbial(s, after) is { } before && s.Is(s.TokenAt(before.End), "between"))
        {
            place = before;
            return s.TokenAt(before.End);
        }

        if (!s.IsAny(after, "held", "conducted"))
        {
            return after;
        }

        var k = after + 1;
        Mention? where = null;
        for (var read = 0; read < MaxAdverbials; read++)
        {
            if (s.IsAny(k, "here", "there"))
            {
                k++;
            }
            else if (s.Is(k, "in") && s.IsAny(k + 1, "private", "camera", "person"))
            {
                k += 2; // "talks held in private between the Sovereign and the French Head of State"
            }
            else if ((s.MentionStartingAt(k, MentionKind.Date) ?? (s.Is(k, "on") ? s.MentionStartingAt(k + 1, MentionKind.Date) : null)) is { } date)
            {
                k = s.TokenAt(date.End);
            }
            else if (PlacePhrases.PlaceAdverbial(s, k) is { } at)
            {
                where = at;
                k = s.TokenAt(at.End);
            }
            else
            {
                break;
            }
        }

        if (!s.Is(k, "between"))
        {
            return after;
        }

        place = where;
        return k;
    }
}
