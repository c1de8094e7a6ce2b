namespace RelationsGraph.Extraction.Mentions;

/// <summary>
/// How long an event was, written before its noun: "an hour-long meeting", "delegation-level talks", "a 90-minute call",
/// "a 24-hour working visit", "The roughly 45-minute meeting", "a three-nation tour".
/// </summary>
internal static class EventNounLength
{
    /// <summary>Endings of compound modifiers: "delegation-level talks", "an hour-long meeting", "a 90-minute call".</summary>
    private static readonly string[] Endings = ["-level", "-long", "-minute", "-hour", "-day", "-week", "-nation"];

    /// <summary>The units of a length written with digits: "a 24-hour working visit", "a 3-day trip".</summary>
    private static readonly HashSet<string> DigitUnits = new(StringComparer.OrdinalIgnoreCase) { "hour", "day", "week", "minute", "nation" };

    /// <summary>Words that make a length approximate: "The roughly 45-minute meeting", "a nearly two-hour meeting".</summary>
    private static readonly HashSet<string> Approximations = new(StringComparer.OrdinalIgnoreCase)
    {
        "roughly", "about", "nearly", "almost", "around", "approximately", "some",
    };

    /// <summary>Whether token <paramref name="k"/> is part of a length before an event noun.</summary>
    public static bool IsPart(AnalyzedSentence s, int k) =>
        IsLength(s, k) || (Approximations.Contains(s.Word(k)) && IsLength(s, k + 1));

    /// <summary>Whether token <paramref name="k"/> is a length or part of one: "45-minute", "two-hour", "24" of "24-hour".</summary>
    private static bool IsLength(AnalyzedSentence s, int k) => HasEnding(s.Word(k)) || IsDigitLength(s, k);

    private static bool HasEnding(string word)
    {
        foreach (var ending in Endings)
        {
            if (word.Length > ending.Length && word.EndsWith(ending, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether token <paramref name="k"/> is part of a length written with digits: "24", "-" or "hour" of "a 24-hour visit".</summary>
    private static bool IsDigitLength(AnalyzedSentence s, int k)
    {
        bool IsNumber(int i) => i >= 0 && i < s.Tokens.Count && s.Tokens[i].Kind == TokenKind.Number;
        return (DigitUnits.Contains(s.Word(k)) && s.Word(k - 1) == "-" && IsNumber(k - 2))
            || (s.Word(k) == "-" && DigitUnits.Contains(s.Word(k + 1)) && IsNumber(k - 1))
            || (IsNumber(k) && s.Word(k + 1) == "-" && DigitUnits.Contains(s.Word(k + 2)));
    }
}
