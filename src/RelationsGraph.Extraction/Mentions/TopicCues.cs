namespace RelationsGraph.Extraction.Mentions;

/// <summary>
/// The words that open an enumeration of subjects for <see cref="TopicListPattern"/> ("discussed", "cooperation in",
/// "exchanged views on"), and the lead words between a cue and its first item ("areas such as").
/// </summary>
internal static class TopicCues
{
    /// <summary>
    /// Words after which an enumeration of subjects may begin, and whether one subject alone counts after them: after a
    /// verb of discussing or raising ("discussed bilateral trade", "raised the treatment of religious minorities") the
    /// object is the subject, where after "cooperation in" a single phrase is as often a place or a manner.
    /// </summary>
    private static readonly (string[] Words, bool Single)[] Cues =
    [
        (["cooperation", "in"], false), (["cooperation", "on"], false), (["such", "as"], false), (["areas", "including"], false),
        (["fields", "including"], false), (["sectors", "including"], false), (["talks", "on"], true), (["discussed"], true),
        (["exchanged", "views", "on"], true), (["covered"], true), (["focused", "on"], true),
        (["touched", "on"], true), (["ties", "in"], false), (["partnership", "in"], false), (["collaboration", "in"], false),
        (["collaboration", "on"], false), (["raised"], true), (["dominated", "by"], true), (["agreements", "on"], false),
        (["deals", "on"], false), (["concern", "over"], true), (["concerns", "over"], true), (["concern", "about"], true),
        (["concerns", "about"], true), (["opposition", "to"], true),
        (["discusses"], true), (["discussing"], true), (["covers"], false),
        (["talked", "about"], true), (["co-operation", "in"], false), (["co-operation", "on"], false),
        (["closely", "on"], true), (["particularly", "in"], false), (["particularly"], false), (["especially"], false),
        (["centred", "on"], true), (["centered", "on"], true), (["revolved", "around"], true),
    ];

    /// <summary>The cues by their first word: a token that starts none costs one lookup.</summary>
    private static readonly Dictionary<string, (string[] Words, bool Single)[]> CuesByFirstWord =
        WordSequences.ByFirstWord(Cues, cue => cue.Words);

    /// <summary>"areas such as", "fields including": words between a cue and its items.</summary>
    private static readonly HashSet<string> Lead = new(StringComparer.OrdinalIgnoreCase) { "areas", "fields", "sectors", "the", "such" };

    /// <summary>
    /// The token after the cue starting at <paramref name="i"/>, or -1 when no cue starts there; <paramref name="single"/>
    /// says whether one item alone counts after it.
    /// </summary>
    public static int CueEnd(AnalyzedSentence s, int i, out bool single)
    {
        if (!CuesByFirstWord.TryGetValue(s.Word(i), out var cues))
        {
            single = false;
            return -1;
        }

        foreach (var (cue, one) in cues)
        {
            var k = 0;
            var at = i;
            while (k < cue.Length && s.Is(at, cue[k]))
            {
                k++;
                at++;
                if (k < cue.Length && s.Word(at) == "," && s.Is(at + 1, cue[k]))
                {
                    at++; // "in various fields, including energy, trade ...": a comma may part the cue's words
                }
                else if (k == 1 && cue.Length == 2 && s.IsAny(at, "with", "between") && (s.Is(at, "with") ? AfterPartner(s, at + 1) : AfterPartners(s, at + 1)) is var partnerEnd and > 0
                    && s.Is(partnerEnd, cue[1]))
                {
                    // "cooperation with Venezuela in trade, energy ...", "cooperation between Pakistan and Russia in energy, trade
                    // ...": the partner between the cue's words
                    at = partnerEnd;
                }
            }

            if (k == cue.Length)
            {
                single = one;
                return at;
            }
        }

        single = false;
        return -1;
    }

    /// <summary>
    /// The token after the partner that starts at <paramref name="k"/> after "with": a country, capital or organization
    /// named whole ("Venezuela", "the European Union"), or "them", "it", "each other"; -1 when none starts there.
    /// </summary>
    private static int AfterPartner(AnalyzedSentence s, int k)
    {
        if (s.IsAny(k, "them", "it"))
        {
            return k + 1;
        }

        if (s.Is(k, "each") && s.Is(k + 1, "other"))
        {
            return k + 2;
        }

        var at = s.Is(k, "the") ? k + 1 : k;
        return s.MentionStartingAt(at, MentionKind.Country, MentionKind.Capital, MentionKind.Organization) is { } partner ? s.TokenAt(partner.End) : -1;
    }

    /// <summary>
    /// The token after the partners that start at <paramref name="k"/> after "between": two joined by "and" ("Pakistan and
    /// Russia"), or "the two countries", "both sides"; -1 when none start there.
    /// </summary>
    private static int AfterPartners(AnalyzedSentence s, int k)
    {
        if (AfterPartner(s, k) is var first and > 0 && s.Is(first, "and") && AfterPartner(s, first + 1) is var second and > 0)
        {
            return second;
        }

        var at = s.Is(k, "the") && s.Is(k + 1, "two") ? k + 2 : s.Is(k, "both") ? k + 1 : -1;
        return at > 0 && s.IsAny(at, "countries", "nations", "sides") ? at + 1 : -1;
    }

    /// <summary>Verbs of growth that stand between "ways to" and what grows ("ways to boost trade").</summary>
    private static readonly HashSet<string> GrowthVerbs = new(StringComparer.OrdinalIgnoreCase)
    {
        "boost", "boosting", "increase", "increasing", "expand", "expanding", "strengthen", "strengthening", "deepen", "deepening",
        "enhance", "enhancing", "promote", "promoting", "improve", "improving", "advance", "advancing", "develop", "developing",
        "bolster", "bolstering", "broaden", "broadening", "intensify", "intensifying", "further", "furthering",
    };

    /// <summary>
    /// Skips "areas such as", "the fields of", "such areas as" between a cue and its first item, and the means before what
    /// they serve: "discussed ways to boost trade and investment", "how to deepen", "measures for strengthening".
    /// </summary>
    public static int SkipLead(AnalyzedSentence s, int k)
    {
        var means = s.Is(k, "the") ? k + 1 : k;
        if (s.IsAny(means, "ways", "how", "measures", "steps", "means", "efforts") && s.IsAny(means + 1, "to", "of", "for") && GrowthVerbs.Contains(s.Word(means + 2))
            && !TopicWords.Generic.Contains(s.Word(means + 3)) && !TopicWords.Generic.Contains(s.Word(means + 4)))
        {
            return means + 3; // not "ways to strengthen co-operation between Fiji and India" or "bilateral relations": no subject
        }

        var start = k;
        while (k - start < 3 && Lead.Contains(s.Word(k)))
        {
            k++;
        }

        if (k > start && s.IsAny(k, "as", "including", "of", "like"))
        {
            return k + 1;
        }

        return start;
    }
}
