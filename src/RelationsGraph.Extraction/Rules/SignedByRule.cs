using RelationsGraph.Extraction.Mentions;

namespace RelationsGraph.Extraction.Rules;

/// <summary>
/// Signatories: "&lt;document&gt; ... signed [in Beijing] [in September 1972] by &lt;leader&gt; and &lt;leader&gt;" (or
/// "concluded", "issued", "inked" by them: "the 1998 Joint Declaration issued by then Prime Minister Keizo Obuchi and then
/// President Kim Dae-jung"); the document is the last one named before the verb in the sentence.
/// </summary>
public sealed class SignedByRule : IExtractionRule
{
    /// <inheritdoc />
    public void Apply(ExtractionContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        foreach (var s in context.Sentences)
        {
            // The references are listed only for a sentence with a signing: most have none, and the lists were about 2 % of
            // what an extraction batch allocated. Nothing here changes a sentence's mentions, so a list made late is the same.
            List<Mention>? references = null;
            Active(context, s);
            for (var i = 0; i < s.Tokens.Count; i++)
            {
                if (!s.IsAny(i, "signed", "concluded", "issued", "inked"))
                {
                    continue;
                }

                var by = i + 1;
                while (by < s.Tokens.Count && by - i < 12 && !s.Is(by, "by") && s.Word(by) is not ("." or ";"))
                {
                    by++;
                }

                var document = LastDocumentBefore(s, i);
                if (!s.Is(by, "by") || context.Node<Document>(document?.NodeId) is not { } signed)
                {
                    continue;
                }

                references ??= Grammar.NamedLeaderReferences(s);
                foreach (var signer in Grammar.Objects(s, by, references).Where(r => r.Kind == MentionKind.Leader || r.Kind == MentionKind.Role))
                {
                    if (context.Node<Leader>(signer.NodeId) is { } leader)
                    {
                        context.Graph.AddSignedBy(signed, leader, context.Evidence(s.Index, s.Tokens[i].Start, signer.PhraseEnd));
                    }
                }
            }
        }
    }

    /// <summary>
    /// "Putin and Kim signed a mutual defense agreement", "the two men had put their names to the Panmunjom
    /// Declaration": the subjects signed the document that follows the verb, or that a "which" before them stands for
    /// ("the Athens Declaration, which he and Erdogan signed in December").
    /// </summary>
    private static void Active(ExtractionContext context, AnalyzedSentence s)
    {
        List<Mention>? references = null;
        for (var i = 0; i < s.Tokens.Count; i++)
        {
            var verbEnd = s.IsAny(i, "signed", "inked") ? i : PutNamesTo(s, i);
            if (verbEnd < 0 || s.IsAny(i - 1, "was", "were", "been", "be", "is", "are"))
            {
                continue;
            }

            var document = DocumentJustAfter(s, verbEnd) ?? DocumentRelativized(s, i);
            if (context.Node<Document>(document?.NodeId) is not { } signed)
            {
                continue;
            }

            // "The two leaders signed a joint statement": a group signs as each of its leaders; a pronoun too ("he signed").
            references ??= Grammar.LeaderReferences(s);
            foreach (var signer in Grammar.Subject(s, i, references))
            {
                foreach (var id in signer.NodeIds)
                {
                    if (context.Node<Leader>(id) is { } leader)
                    {
                        context.Graph.AddSignedBy(signed, leader, context.Evidence(s.Index, Math.Min(signer.PhraseStart, document!.Start), Math.Max(document.End, s.Tokens[verbEnd].End)));
                    }
                }
            }
        }
    }

    /// <summary>The most tokens from "which" to the verb of its clause ("which he and President Erdogan signed").</summary>
    private const int MaxRelativeClause = 10;

    /// <summary>
    /// The document a "which" or "that" before the verb at <paramref name="verb"/> stands for: "the Athens Declaration on
    /// Friendly Relations and Good-Neighbourliness, which he and Erdogan signed on 7 December 2023"; null when none.
    /// </summary>
    private static Mention? DocumentRelativized(AnalyzedSentence s, int verb)
    {
        for (var k = verb - 1; k > 0 && verb - k <= MaxRelativeClause; k--)
        {
            if (s.IsAny(k, "which", "that"))
            {
                var end = s.Word(k - 1) == "," ? k - 1 : k;
                var document = LastDocumentBefore(s, end);
                return document is not null && s.TokenAt(document.End) == end ? document : null;
            }
        }

        return null;
    }

    /// <summary>The "to" of "put their names to", "put his signature to" at token <paramref name="i"/>, or -1.</summary>
    private static int PutNamesTo(AnalyzedSentence s, int i) =>
        s.IsAny(i, "put", "puts", "putting") && s.IsAny(i + 1, "their", "his", "her") && s.IsAny(i + 2, "names", "name", "signatures", "signature")
            && s.Is(i + 3, "to") ? i + 3 : -1;

    // Loops rather than lambdas: a lambda over the sentence and the token cost a closure for every sentence.

    /// <summary>The last resolved document mention that ends at or before token <paramref name="i"/>.</summary>
    private static Mention? LastDocumentBefore(AnalyzedSentence s, int i)
    {
        Mention? found = null;
        foreach (var d in s.MentionSpanOf(MentionKind.Document))
        {
            if (d.NodeId is not null && s.TokenAt(d.End) <= i)
            {
                found = d;
            }
        }

        return found;
    }

    /// <summary>
    /// The first resolved document mention that starts one or two tokens after token <paramref name="i"/>, or after where
    /// and when told right after it ("signed in Brussels a bilateral security agreement").
    /// </summary>
    private static Mention? DocumentJustAfter(AnalyzedSentence s, int i)
    {
        foreach (var d in s.MentionSpanOf(MentionKind.Document))
        {
            var start = s.TokenAt(d.Start);
            if (d.NodeId is not null && start > i && (start <= i + 2 || DocumentPattern.VerbBefore(s, start) == i))
            {
                return d;
            }
        }

        return null;
    }
}
