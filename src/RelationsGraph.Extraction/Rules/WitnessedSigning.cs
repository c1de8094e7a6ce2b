using RelationsGraph.Extraction.Mentions;

namespace RelationsGraph.Extraction.Rules;

/// <summary>
/// The signing of <see cref="OccasionRule"/> that leaders watch: "the two leaders witnessed the signing of five
/// memoranda of understanding", "Tokayev and Xi Jinping witnessed the signing of a joint statement and a package of
/// bilateral cooperation documents", "The two leaders witnessed the signing."
/// </summary>
/// <remarks>
/// The leaders who are the subject of "witnessed" take part. The signing is named by what was signed, up to the end of
/// its noun phrase (a comma, a clause, "covering ..." or "between ..."), and the words of the text ("the signing of
/// five memoranda of understanding") are an alias. A signing told without its documents ("witnessed the signing") is
/// named by its witnesses. Like any occasion, it is part of the visit its witnesses' guest makes (<see cref="VisitPartRule"/>).
/// </remarks>
internal static class WitnessedSigning
{
    /// <summary>Words that end what was signed: "... memoranda of understanding covering cooperation in ...".</summary>
    private static readonly HashSet<string> Ends = new(StringComparer.OrdinalIgnoreCase)
    {
        ",", ".", ";", ":", "covering", "including", "which", "that", "worth", "on", "in", "at", "during", "after", "before", "to",
        "aimed", "as", "while", "and", "with", "between",
    };

    /// <summary>Whether token <paramref name="verb"/> is a word of witnessing followed by "the signing".</summary>
    public static bool IsWitnessing(AnalyzedSentence s, int verb) =>
        s.IsAny(verb, "witnessed", "witness", "witnesses", "witnessing", "oversaw", "oversee", "oversees", "overseeing") && s.Is(verb + 1, "the") && s.Is(verb + 2, "signing");

    /// <summary>Records the signing that token <paramref name="verb"/> governs (<see cref="IsWitnessing"/>), if it has witnesses.</summary>
    public static void Record(ExtractionContext context, AnalyzedSentence s, int verb)
    {
        var article = verb + 1;
        var references = Grammar.LeaderReferences(s);
        var witnesses = Grammar.Leaders(Grammar.Subject(s, verb, references));
        if (witnesses.Count == 0)
        {
            return;
        }

        var end = article + 1;
        if (s.Is(end + 1, "of"))
        {
            end = WhatEnd(s, end + 2);
        }

        var alias = s.Slice(s.Tokens[article].Start, s.Tokens[end].End);
        var what = end > article + 1 ? s.Slice(s.Tokens[article + 2].Start, s.Tokens[end].End) : null;
        var name = what is null
            ? $"signing witnessed by {HostedMeal.Names(context, witnesses)}"
            : $"signing {what}";
        var evidence = context.Evidence(s.Index, s.Tokens[verb].Start, s.Tokens[end].End);
        var date = FrameText.DateOf(s, verb, end, [], context.Article.Dateline?.Range.End ?? -1);
        var frame = OccasionRule.Frame(context, s, OccasionRule.Key(date?.Date?.Year ?? context.Date?.Year, name), name, evidence);
        frame.Date ??= date?.Date;
        EventAliases.AddForm(frame, alias);
        foreach (var witness in witnesses)
        {
            if (context.Node<Leader>(witness) is not null)
            {
                frame.AddParticipant(witness, evidence);
            }
        }
    }

    /// <summary>
    /// The last token of what was signed, from token <paramref name="k"/>: up to the end of its noun phrase, which may
    /// join two ("a joint statement and a package of bilateral cooperation documents") but not a clause.
    /// </summary>
    private static int WhatEnd(AnalyzedSentence s, int k)
    {
        var last = k - 2; // "signing" when nothing follows "of"
        for (; k < s.Tokens.Count; k++)
        {
            if (Ends.Contains(s.Word(k)) && !JoinsAnother(s, k))
            {
                break;
            }

            last = k;
        }

        return last;
    }

    /// <summary>"a number of agreements and memorandums of understanding": an "and" that joins another document goes on.</summary>
    private static bool JoinsAnother(AnalyzedSentence s, int k) =>
        s.Is(k, "and") && s.IsAny(k + 1, "a", "an", "the", "several", "other", "memoranda", "memorandums", "agreements", "documents");
}
