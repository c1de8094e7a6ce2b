using RelationsGraph.Extraction.Mentions;

namespace RelationsGraph.Extraction.Rules;

/// <summary>
/// Signatories: "&lt;document&gt; ... signed [in Beijing] [in September 1972] by &lt;leader&gt; and &lt;leader&gt;"; the document
/// is the last one named before "signed" in the sentence.
/// </summary>
public sealed class SignedByRule : IExtractionRule
{
    /// <inheritdoc />
    public void Apply(ExtractionContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        foreach (var s in context.Sentences)
        {
            var references = Grammar.LeaderReferences(s).Where(r => r.Kind is MentionKind.Leader or MentionKind.Role).ToList();
            Active(context, s, references);
            for (var i = 0; i < s.Tokens.Count; i++)
            {
                if (!s.Is(i, "signed"))
                {
                    continue;
                }

                var by = i + 1;
                while (by < s.Tokens.Count && by - i < 12 && !s.Is(by, "by") && s.Word(by) is not ("." or ";"))
                {
                    by++;
                }

                var document = s.MentionsOf(MentionKind.Document).LastOrDefault(d => d.NodeId is not null && s.TokenAt(d.End) <= i);
                if (!s.Is(by, "by") || context.Node<Document>(document?.NodeId) is not { } signed)
                {
                    continue;
                }

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

    /// <summary>"Putin and Kim signed a mutual defense agreement": the subjects signed the document that follows the verb.</summary>
    private static void Active(ExtractionContext context, AnalyzedSentence s, List<Mention> references)
    {
        for (var i = 0; i < s.Tokens.Count; i++)
        {
            if (!s.IsAny(i, "signed", "inked") || s.IsAny(i - 1, "was", "were", "been", "be", "is", "are"))
            {
                continue;
            }

            var document = s.MentionsOf(MentionKind.Document).FirstOrDefault(d => d.NodeId is not null && s.TokenAt(d.Start) > i && s.TokenAt(d.Start) <= i + 2);
            if (context.Node<Document>(document?.NodeId) is not { } signed)
            {
                continue;
            }

            foreach (var signer in Grammar.Subject(s, i, references))
            {
                if (context.Node<Leader>(signer.NodeId) is { } leader)
                {
                    context.Graph.AddSignedBy(signed, leader, context.Evidence(s.Index, signer.PhraseStart, document!.End));
                }
            }
        }
    }
}
