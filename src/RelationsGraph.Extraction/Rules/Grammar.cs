using RelationsGraph.Extraction.Mentions;

namespace RelationsGraph.Extraction.Rules;

/// <summary>
/// Shallow grammar over one sentence for the rules: clause bounds and the leaders that are the subject of a word
/// or come after it (<see cref="Coordination"/> says which references join up: "X, Y and Z").
/// </summary>
internal static class Grammar
{
    private static readonly HashSet<string> ClauseBreaks = new(StringComparer.OrdinalIgnoreCase)
    {
        ";", ":", "while", "whereas", "which", "where", "who", "although", "but", "because", "since", "after", "before", "when", "as", "that",
    };

    /// <summary>
    /// Leader references with their leaders: names, roles and pronouns (one each) and groups (several). Possessive
    /// pronouns are left out ("his counterpart" adds no one), except "their" before an event noun ("their meeting").
    /// </summary>
    public static List<Mention> LeaderReferences(AnalyzedSentence s)
    {
        var references = new List<Mention>();
        foreach (var m in s.MentionSpan)
        {
            if (m.Kind is MentionKind.Leader or MentionKind.Role or MentionKind.Pronoun or MentionKind.LeaderGroup
                && m.NodeIds.Count > 0 && !IsPossessivePronoun(s, m))
            {
                references.Add(m);
            }
        }

        return references;
    }

    /// <summary>The references to named leaders and roles (no pronouns, no groups), with their leaders: <see cref="LeaderReferences"/> of those kinds.</summary>
    public static List<Mention> NamedLeaderReferences(AnalyzedSentence s)
    {
        var references = new List<Mention>();
        foreach (var m in s.MentionSpan)
        {
            if (m.Kind is MentionKind.Leader or MentionKind.Role && m.NodeIds.Count > 0)
            {
                references.Add(m);
            }
        }

        return references;
    }

    // Lower-casing keeps the length: only a text of 3 ("his", "her") or 5 ("their") characters can be one, and only those are lower-cased.
    private static bool IsPossessivePronoun(AnalyzedSentence s, Mention m) =>
        m.Text.Length is 3 or 5 && m.Text.ToLowerInvariant() switch
        {
            "his" => true,
            "her" => !Words.IsObjectHer(s, s.TokenAt(m.Start)),
            "their" => !StartsEventNoun(s, m.Start),
            _ => false,
        };

    /// <summary>Whether an event noun of the sentence starts at <paramref name="start"/> (a helper: a lambda here cost a closure per reference).</summary>
    private static bool StartsEventNoun(AnalyzedSentence s, int start)
    {
        foreach (var e in s.MentionSpan)
        {
            if (e.Kind == MentionKind.EventNoun && e.Start == start)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The first token of the clause that holds token <paramref name="index"/>.</summary>
    public static int ClauseStart(AnalyzedSentence s, int index)
    {
        var i = index;
        while (i > 0 && !IsBreak(s, i - 1))
        {
            i--;
        }

        return i;
    }

    /// <summary>The token just past the clause that holds token <paramref name="index"/>.</summary>
    public static int ClauseEnd(AnalyzedSentence s, int index)
    {
        var i = index + 1;
        while (i < s.Tokens.Count && !IsBreak(s, i))
        {
            i++;
        }

        return i;
    }

    /// <summary>A word that ends a clause, but not "as" in "as a whole" or "as well (as)", which go on with the clause.</summary>
    private static bool IsBreak(AnalyzedSentence s, int i) =>
        (ClauseBreaks.Contains(s.Word(i)) && !(s.Is(i, "as") && ((s.Is(i + 1, "a") && s.Is(i + 2, "whole")) || s.Is(i + 1, "well"))))
        || s.Word(i) is "." or "\u3002";

    /// <summary>
    /// The leaders that are the subject of the word at token <paramref name="trigger"/>: the run of joined leader
    /// references that ends last before it in the same clause ("Xi arrived in Bali, and held talks": Xi), past a "who"
    /// clause set off by commas ("the Tanzanian leader, who is in India at the invitation of President Droupadi Murmu,
    /// was accorded": the Tanzanian leader). A "which" clause says something of a thing, whose leaders may be the
    /// subject's ("At a trilateral meeting ..., which was hosted by NATO Secretary-General Jens Stoltenberg, Erdogan and
    /// Kristersson agreed").
    /// </summary>
    public static List<Mention> Subject(AnalyzedSentence s, int trigger, IReadOnlyList<Mention> references)
    {
        List<Mention>? before = null;
        for (var i = 0; i < references.Count; i++)
        {
            if (s.TokenAt(references[i].PhraseEnd) <= trigger && !s.Is(RelativeClauses.Opener(s, s.TokenAt(references[i].PhraseStart), trigger), "who"))
            {
                (before ??= []).Add(references[i]);
            }
        }

        if (before is not null && CompanyPhrase.OpeningBefore(s, trigger) is { } opening)
        {
            // "HM the King, accompanied by HRH Crown Prince Moulay El Hassan, welcomed President Macron": those in the
            // company the phrase set off by commas names are not the subject; the references before it are.
            before.RemoveAll(r => s.TokenAt(r.PhraseStart) > opening);
            if (before.Count == 0)
            {
                return [];
            }

            trigger = opening;
        }

        if (before is not null && EarlierVerb.OfObject(s, before[^1], trigger) is { } verb)
        {
            // "is scheduled to meet Japanese Prime Minister Fumio Kishida, and then to Seoul for talks with Yoon": the
            // earlier verb's subject goes on to the later talks, not its object.
            return Subject(s, verb, references);
        }

        if (before is null || ClauseBetween(s, before[^1], trigger) || PossessesSubject(s, before[^1], trigger))
        {
            return [];
        }

        var subject = Coordination.Joined(s, before);
        return InPresenceOf(s, subject[0]) ? [] : subject;
    }

    /// <summary>
    /// "In the presence of the two presidents, officials from the two governments signed ...": those in whose presence
    /// something is done are not who does it.
    /// </summary>
    private static bool InPresenceOf(AnalyzedSentence s, Mention first)
    {
        var start = s.TokenAt(first.PhraseStart);
        return s.Is(start - 1, "of") && s.Is(start - 2, "presence");
    }

    /// <summary>"Albanese's adviser arrived": the reference owns the subject's noun before the trigger, which is someone else.</summary>
    private static bool PossessesSubject(AnalyzedSentence s, Mention reference, int trigger) =>
        s.TokenAt(reference.PhraseEnd) + 1 < trigger && IsPossessor(s, reference);

    /// <summary>
    /// Whether a possessive follows the reference, which then owns the noun after it ("Mr. Kishida's invitation",
    /// "Kim Jong Un's father"); "Albanese's own visit" is still Albanese's.
    /// </summary>
    public static bool IsPossessor(AnalyzedSentence s, Mention reference)
    {
        var next = s.TokenAt(reference.PhraseEnd);
        return next < s.Tokens.Count && s.Tokens[next].Kind == TokenKind.Possessive && !s.Is(next + 1, "own");
    }

    /// <summary>The leader whose phrase ("Indonesian President Joko Widodo") starts at token <paramref name="k"/>, if any.</summary>
    public static Mention? LeaderPhraseAt(AnalyzedSentence s, int k)
    {
        foreach (var leader in s.MentionSpanOf(MentionKind.Leader))
        {
            if (s.TokenAt(leader.PhraseStart) == k)
            {
                return leader;
            }
        }

        return null;
    }

    /// <summary>
    /// The run of joined leader references that follows token <paramref name="after"/> directly ("met with X",
    /// "hosted X and Y", "told his counterpart X"); only linking words may come between.
    /// </summary>
    public static List<Mention> Objects(AnalyzedSentence s, int after, IReadOnlyList<Mention> references)
    {
        var end = ClauseEnd(s, after);
        List<Mention>? candidates = null;
        for (var i = 0; i < references.Count; i++)
        {
            var start = s.TokenAt(references[i].PhraseStart);
            if (start > after && start < end)
            {
                (candidates ??= []).Add(references[i]);
            }
        }

        if (candidates is null)
        {
            return [];
        }

        var first = s.TokenAt(candidates[0].PhraseStart);
        var adverbial = false;
        for (var k = after + 1; k < first; k++)
        {
            if (s.Word(k) == "," && (adverbial || (k == after + 1 && (PlacePhrases.PlaceAdverbial(s, k + 1) is not null || s.MentionStartingAt(k + 1, MentionKind.Date) is not null))))
            {
                continue; // "hosted on Tuesday, at the Presidential Palace in Luanda, the President of ...", "received, on Wednesday at ..., Prime Minister ...": when and where, set off by commas
            }

            if (PlacePhrases.PlaceAdverbial(s, k) is { } place)
            {
                k = s.TokenAt(place.End) - 1; // "held talks in the Kremlin with X": where, not whom
                adverbial = true;
            }
            else if (s.MentionStartingAt(k, MentionKind.Date) is { } date)
            {
                k = s.TokenAt(date.End) - 1; // "held talks on 15 September with X": when, not whom
                adverbial = true;
            }
            else if (candidates[0].Title is not null && Coordination.TitleBodyStart(s, k, first) == k)
            {
                break; // "by European Council president Charles Michel": the body the title belongs to, which its phrase leaves out
            }
            else if (!Words.ObjectLead.Contains(s.Word(k)) && !Words.Honorifics.Contains(s.Word(k)) && !Words.OfficeQualifiers.Contains(s.Word(k))
                && !s.Word(k).StartsWith("then-", StringComparison.OrdinalIgnoreCase)
                && !(Words.AddressStyles.Contains(s.Word(k)) && s.IsCapitalized(k)))
            {
                return []; // "met Mr Modi", "with Mr. Kishida", "by His Royal Highness Prince Salman", "hosted the new German Chancellor": an honorific or a word of the office leads to its name as "the" does
            }
        }

        // "hosted Luxon's predecessor, Labour's Chris Hipkins": the one named after the possessor.
        var from = PredecessorPhrase.Named(s, candidates);
        if (from < 0)
        {
            return [];
        }

        var run = new List<Mention> { candidates[from] };
        for (var k = from + 1; k < candidates.Count; k++)
        {
            // "with Kim Jong Il, Kim Jong Un's father": a possessor only describes the one before.
            if (!Coordination.Joins(s, run[^1], candidates[k]) || IsPossessor(s, candidates[k]))
            {
                break;
            }

            run.Add(candidates[k]);
        }

        return run;
    }

    /// <summary>The references in the clause of token <paramref name="trigger"/> that end before it.</summary>
    public static List<Mention> InClauseBefore(AnalyzedSentence s, List<Mention> references, int trigger)
    {
        var clause = ClauseStart(s, trigger);
        var found = new List<Mention>();
        foreach (var r in references)
        {
            if (s.TokenAt(r.PhraseStart) >= clause && s.TokenAt(r.PhraseEnd) <= trigger)
            {
                found.Add(r);
            }
        }

        return found;
    }

    /// <summary>The references to leaders by name or role.</summary>
    public static List<Mention> Named(List<Mention> references)
    {
        var named = new List<Mention>(references.Count);
        foreach (var r in references)
        {
            if (r.Kind is MentionKind.Leader or MentionKind.Role)
            {
                named.Add(r);
            }
        }

        return named;
    }

    /// <summary>The distinct leaders of <paramref name="references"/>, in order.</summary>
    public static List<string> Leaders(IEnumerable<Mention> references)
    {
        // A handful of ids: a list beats the hash set of Distinct.
        var leaders = new List<string>();
        foreach (var m in references)
        {
            var ids = m.NodeIds;
            for (var i = 0; i < ids.Count; i++)
            {
                if (!leaders.Contains(ids[i]))
                {
                    leaders.Add(ids[i]);
                }
            }
        }

        return leaders;
    }

    /// <summary>The comma that closes a relative clause opened at token <paramref name="who"/>, before <paramref name="trigger"/> and before any other clause opens; null when there is none.</summary>
    private static int? ClosingComma(AnalyzedSentence s, int who, int trigger)
    {
        for (var k = who + 1; k < trigger; k++)
        {
            if (s.Word(k) == ",")
            {
                return k;
            }

            if (OpensClause(s, k))
            {
                return null;
            }
        }

        return null;
    }

    /// <summary>
    /// Whether no other clause opens between "who" at <paramref name="who"/> and <paramref name="trigger"/> (a comma
    /// that closes the relative clause first is <see cref="ClosingComma"/>'s).
    /// </summary>
    private static bool OpenUntil(AnalyzedSentence s, int who, int trigger)
    {
        for (var k = who + 1; k < trigger; k++)
        {
            if (OpensClause(s, k))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Whether token <paramref name="k"/> opens a clause that parts a subject from its verb ("that", "as" and words of time do not).</summary>
    private static bool OpensClause(AnalyzedSentence s, int k) =>
        ClauseBreaks.Contains(s.Word(k)) && !s.IsAny(k, "that", "as", "after", "before", "since", "when");

    private static bool ClauseBetween(AnalyzedSentence s, Mention first, int trigger)
    {
        for (var k = s.TokenAt(first.PhraseEnd); k < trigger; k++)
        {
            if (!OpensClause(s, k))
            {
                continue;
            }

            // ", who is visiting San Francisco, ..., to attend X, held talks": a relative clause set off by commas.
            if (s.IsAny(k, "who", "which") && s.Word(k - 1) == "," && s.Word(trigger - 1) == ",")
            {
                continue;
            }

            // "Cho, who took office in January, is on a two-day visit": the relative clause closes before the trigger.
            if (s.IsAny(k, "who", "which") && s.Word(k - 1) == "," && ClosingComma(s, k, trigger) is { } close)
            {
                k = close;
                continue;
            }

            // "Hasina, who landed in the Indian capital on Monday on a four-day state visit": the trigger is in the
            // relative clause of the reference right before it, whose subject that reference is.
            if (s.Is(k, "who") && k == s.TokenAt(first.PhraseEnd) + 1 && s.Word(k - 1) == "," && OpenUntil(s, k, trigger))
            {
                return false;
            }

            return true;
        }

        return false;
    }
}
