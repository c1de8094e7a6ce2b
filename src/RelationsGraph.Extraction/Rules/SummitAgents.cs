using RelationsGraph.Extraction.Mentions;

namespace RelationsGraph.Extraction.Rules;

/// <summary>
/// Leaders by whom a summit edition is hosted, chaired or attended, told in the passive with the summit as subject: "The
/// 43rd ASEAN Summit was hosted by Indonesian President Joko Widodo", "The summit was hosted by X and attended by Y and
/// Z", "The summit, held in Jakarta, was also attended by ...". They take part in the edition: the one the subject names,
/// or, for "the summit", the edition named last before it (<see cref="MeetingAttendance.EditionOf"/>). The agents of
/// such a sentence are not the delegates of some other meeting (<see cref="DelegationRule"/> leaves them be).
/// </summary>
internal static class SummitAgents
{
    /// <summary>The participles whose agents take part: "hosted by", "co-chaired by", "attended by".</summary>
    private static readonly string[] Participles = ["hosted", "co-hosted", "chaired", "co-chaired", "attended"];

    /// <summary>The words between the subject and its first participle: "was", "has been", "will be", "also".</summary>
    private static readonly string[] Auxiliaries = ["was", "were", "is", "are", "has", "have", "been", "being", "will", "be", "also"];

    /// <summary>Adds the agents of every such sentence to the edition its subject names. Runs once the editions are frames (<see cref="SeriesRule"/>).</summary>
    public static void Add(ExtractionContext context)
    {
        foreach (var s in context.Sentences)
        {
            if (Subject(context, s) is not ({ } summit, var verb))
            {
                continue;
            }

            var references = Grammar.LeaderReferences(s);
            foreach (var (by, agents) in Agents(s, verb, references))
            {
                foreach (var agent in agents)
                {
                    foreach (var leader in agent.NodeIds)
                    {
                        summit.AddParticipant(leader, context.Evidence(s.Index, s.Tokens[by - 1].Start, agent.PhraseEnd));
                    }
                }
            }
        }
    }

    /// <summary>
    /// Whether the participle at token <paramref name="participle"/> ("attended" of "was attended by") has a summit edition
    /// as its subject, so that its agents are the edition's participants.
    /// </summary>
    public static bool IsSummitPassive(ExtractionContext context, AnalyzedSentence s, int participle) =>
        Subject(context, s) is ({ }, var verb) && verb <= participle && participle - verb <= MaxChain;

    /// <summary>The most tokens from the first participle to a later one of its chain ("hosted by X and attended by Y and Z").</summary>
    private const int MaxChain = 40;

    /// <summary>
    /// The edition frame that opens the sentence as its subject and the token of its first participle: an edition
    /// ("The 43rd ASEAN Summit was hosted by") or "the summit" standing for the edition named last before, with a phrase set
    /// off by commas between them ("The summit, held in Jakarta, was attended by"); (null, -1) for another sentence.
    /// </summary>
    private static (EventFrame? Summit, int Verb) Subject(ExtractionContext context, AnalyzedSentence s)
    {
        var subject = SubjectMention(context, s);
        if (subject is null)
        {
            return (null, -1);
        }

        var verb = FirstParticiple(s, s.TokenAt(subject.End));
        return verb >= 0 && EditionOf(context, s, subject) is { } summit ? (summit, verb) : (null, -1);
    }

    /// <summary>
    /// The token of the participle before "by" that follows the subject (whose words end before token <paramref name="k"/>):
    /// right after a comma ("The summit, chaired by ..."), or after auxiliaries, past a phrase set off by commas ("The
    /// summit, held in Jakarta, was attended by"); -1 when none stands there.
    /// </summary>
    private static int FirstParticiple(AnalyzedSentence s, int k)
    {
        if (s.Word(k) == "," && s.IsAny(k + 1, Participles) && s.Is(k + 2, "by"))
        {
            return k + 1; // "The summit, chaired by the Prime Minister, António Costa, and by Lula da Silva, brought together ministers"
        }

        if (s.Word(k) == ",")
        {
            k = ClosingComma(s, k); // ", held in Jakarta,": past the comma that closes it
        }

        var auxiliary = k;
        while (s.IsAny(k, Auxiliaries))
        {
            k++;
        }

        return k > auxiliary && s.IsAny(k, Participles) && s.Is(k + 1, "by") ? k : -1;
    }

    /// <summary>The edition frame the subject names: the edition itself, or the one "the summit" stands for.</summary>
    private static EventFrame? EditionOf(ExtractionContext context, AnalyzedSentence s, Mention subject) =>
        subject.Kind == MentionKind.Series ? MeetingAttendance.Edition(context, subject) : MeetingAttendance.EditionOf(context, s, subject);

    /// <summary>
    /// The edition or definite "the summit" the sentence opens with, after the dateline and an opening phrase set off by a
    /// comma ("On Tuesday, the summit was ..."), with no leader, country or other event before it; or null.
    /// </summary>
    private static Mention? SubjectMention(ExtractionContext context, AnalyzedSentence s)
    {
        var datelineEnd = context.Article.Dateline?.Range.End ?? -1;
        foreach (var m in s.MentionSpan)
        {
            if (m.Start < datelineEnd)
            {
                continue;
            }

            if (m.Kind == MentionKind.Series || (m.Kind == MentionKind.EventNoun && MeetingAttendance.IsEditionNoun(context, s, m)))
            {
                var first = s.TokenAt(m.Start);
                first -= s.Is(first - 1, "the") ? 1 : 0; // "The 43rd ASEAN Summit": the article outside the edition's mention
                return first == 0 || s.Tokens[first - 1].Start < datelineEnd || s.Word(first - 1) == "," ? m : null;
            }

            if (m.Kind is MentionKind.Leader or MentionKind.Role or MentionKind.Country or MentionKind.EventNoun)
            {
                return null; // something else is the subject
            }
        }

        return null;
    }

    /// <summary>The token after the comma that closes the phrase the comma at <paramref name="comma"/> opens, or past the sentence when none does near.</summary>
    private static int ClosingComma(AnalyzedSentence s, int comma)
    {
        for (var k = comma + 1; k < s.Tokens.Count && k - comma <= MaxSetOff; k++)
        {
            if (s.Word(k) == ",")
            {
                return k + 1;
            }
        }

        return s.Tokens.Count;
    }

    /// <summary>The most tokens of a phrase set off by commas after the summit (", held in the Indonesian capital on Tuesday,").</summary>
    private const int MaxSetOff = 12;

    /// <summary>
    /// Each "by" of the chain of participles from token <paramref name="verb"/> with its agents: "hosted by X and attended by
    /// Y and Z", "co-chaired by X, and attended by Y", "chaired by the Prime Minister, António Costa, and by Lula da Silva".
    /// </summary>
    private static IEnumerable<(int By, List<Mention> Agents)> Agents(AnalyzedSentence s, int verb, List<Mention> references)
    {
        var by = verb + 1;
        while (by >= 0)
        {
            var agents = Grammar.Objects(s, by, references);
            if (agents.Count == 0)
            {
                yield break;
            }

            yield return (by, agents);
            by = NextBy(s, s.TokenAt(agents[^1].PhraseEnd));
        }
    }

    /// <summary>
    /// The token of the next "by" of the chain, within a few tokens of token <paramref name="k"/> (past an appositive name
    /// of the agents before): "and by", "and attended by", ", and was attended by"; -1 when the chain ends.
    /// </summary>
    private static int NextBy(AnalyzedSentence s, int k)
    {
        for (var by = k; by < s.Tokens.Count && by <= k + MaxToNextBy; by++)
        {
            if (!s.Is(by, "by"))
            {
                continue;
            }

            var before = by - 1;
            before -= s.IsAny(before, Participles) ? 1 : 0;
            while (s.IsAny(before, "was", "were", "also"))
            {
                before--; // ", and was also attended by"
            }

            return s.Is(before, "and") && (before == by - 1 || s.IsAny(by - 1, Participles)) ? by : -1;
        }

        return -1;
    }

    /// <summary>The most tokens from the end of one "by" phrase's agents to the next "by" (", António Costa, and by").</summary>
    private const int MaxToNextBy = 8;
}
