using RelationsGraph.Extraction.Mentions;

namespace RelationsGraph.Extraction.Rules;

/// <summary>
/// A phrase of company set off by commas between a subject and its verb: "HM the King, accompanied by HRH Crown Prince
/// Moulay El Hassan and HRH Prince Moulay Rachid, welcomed President Macron". Those it names are not the verb's subject
/// (<see cref="Grammar.Subject"/>).
/// </summary>
internal static class CompanyPhrase
{
    /// <summary>
    /// The opening comma of a phrase of company set off by commas right before <paramref name="trigger"/> (", accompanied by
    /// X and Y,", ", flanked by X,"); null when there is none.
    /// </summary>
    public static int? OpeningBefore(AnalyzedSentence s, int trigger)
    {
        if (s.Word(trigger - 1) != ",")
        {
            return null;
        }

        for (var k = trigger - 2; k > 0 && trigger - k < 30; k--)
        {
            if (s.Word(k) == ",")
            {
                return s.IsAny(k + 1, "accompanied", "flanked", "joined", "escorted") && s.Is(k + 2, "by") ? k : null;
            }
        }

        return null;
    }
}
