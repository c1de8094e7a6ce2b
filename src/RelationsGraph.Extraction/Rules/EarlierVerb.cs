using RelationsGraph.Extraction.Mentions;

namespace RelationsGraph.Extraction.Rules;

/// <summary>
/// A verb of meeting told after another verb of the same subject, joined by "and": the reference between them is the
/// earlier verb's object, not the later one's subject ("Widodo met Kishida in Tokyo, and later held talks with Yoon":
/// Widodo held the talks). <see cref="Grammar.Subject"/> asks it.
/// </summary>
internal static class EarlierVerb
{
    /// <summary>
    /// The token of "meet" or "met" (with "with" after it), or of "talks" or "meeting" before "with", just before the
    /// reference, when ", and" lies between the reference and the trigger, or "and" before it ("held talks with Pavel in
    /// the morning and is to meet Fiala"): the reference is that verb's object, told before the trigger's clause. Also
    /// the "by" of a passive's agent joined to the trigger ("he was received at the White House by Vice President Harris
    /// and later held a private meeting with President Biden"): the passive's subject goes on to the meeting. Else null.
    /// </summary>
    public static int? OfObject(AnalyzedSentence s, Mention reference, int trigger)
    {
        var verb = s.TokenAt(reference.PhraseStart) - 1;
        if (s.Is(verb, "by"))
        {
            return AndBefore(s, s.TokenAt(reference.PhraseEnd), trigger) ? verb : null;
        }

        if (s.Is(verb, "with"))
        {
            verb--;
        }

        if (!s.IsAny(verb, "meet", "met", "meets") && !(s.IsAny(verb, "talks", "meeting") && s.Is(verb + 1, "with")))
        {
            return null;
        }

        for (var k = s.TokenAt(reference.PhraseEnd); k + 1 < trigger; k++)
        {
            if (s.Word(k) == "," && s.Is(k + 1, "and"))
            {
                return verb;
            }
        }

        // "where he met Duda and gave a speech at the Royal Castle": "and" right before the trigger joins a second verb
        // of the same subject.
        return AndBefore(s, s.TokenAt(reference.PhraseEnd), trigger) ? verb : null;
    }

    /// <summary>
    /// Whether "and" stands between token <paramref name="from"/> and the trigger, with at most an adverbial of the first
    /// verb before it ("in the morning") and only words of sequence or of a planned verb after it ("and later", "and is
    /// to"): the trigger is a second verb of the clause's subject.
    /// </summary>
    private static bool AndBefore(AnalyzedSentence s, int from, int trigger)
    {
        var and = from;
        while (and < trigger && !s.Is(and, "and") && s.Tokens[and].Kind == TokenKind.Word && s.IsLowerCaseWord(and) && and - from < 4)
        {
            and++; // "held talks with Pavel in the morning and is to meet ..."
        }

        if (!s.Is(and, "and"))
        {
            return false;
        }

        for (var k = and + 1; k < trigger; k++)
        {
            if (!s.IsAny(k, "later", "then", "also", "subsequently", "afterwards", "is", "was", "will", "to", "due", "set", "scheduled", "expected"))
            {
                return false;
            }
        }

        return true;
    }
}
