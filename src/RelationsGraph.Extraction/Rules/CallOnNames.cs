using RelationsGraph.Extraction.Mentions;

namespace RelationsGraph.Extraction.Rules;

/// <summary>
/// The names of a meeting told as one leader calling on another ("External Affairs Minister Dr. S. Jaishankar called on
/// President Dissanayake on Sunday"): the words as written ("called on President Dissanayake") and the possessive
/// readers and readouts use, the caller's call on the one called on ("Jaishankar's call on Dissanayake", "S.
/// Jaishankar's call on Anura Kumara Dissanayake", "Jaishankar's call on President Dissanayake").
/// </summary>
internal static class CallOnNames
{
    /// <summary>
    /// Adds the names to <paramref name="frame"/> when the trigger from token <paramref name="first"/> to
    /// <paramref name="last"/> is "called on" and <paramref name="parties"/> hold one leader before it (the caller) and one
    /// right after it (the one called on).
    /// </summary>
    public static void Add(ExtractionContext context, AnalyzedSentence s, EventFrame frame, int first, int last, List<Mention> parties)
    {
        if (!s.Is(last, "on") || !s.IsAny(first, "called", "calls", "call") || last != first + 1)
        {
            return;
        }

        var called = parties.Find(p => s.TokenAt(p.PhraseStart) == last + 1 && p.NodeIds.Count == 1);
        var callers = Grammar.Leaders(parties.Where(p => p.End <= s.Tokens[first].Start));
        if (called is null || callers.Count != 1 || callers[0] == called.NodeIds[0])
        {
            return;
        }

        EventAliases.AddPhrase(frame, s, s.Tokens[first].Start, called.PhraseEnd);
        var writtenCalled = s.Slice(called.PhraseStart, called.PhraseEnd);
        foreach (var caller in LeaderShortName.Names(context, callers[0]))
        {
            foreach (var callee in LeaderShortName.Names(context, called.NodeIds[0]).Append(writtenCalled).Distinct(StringComparer.Ordinal))
            {
                if (callee is "him" or "her")
                {
                    continue;
                }

                frame.Aliases.Add($"{caller}'s call on {callee}");
                frame.Aliases.Add($"{caller} call on {callee}");
            }
        }
    }
}
