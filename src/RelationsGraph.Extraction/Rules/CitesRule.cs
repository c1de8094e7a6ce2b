using RelationsGraph.Extraction.Mentions;

namespace RelationsGraph.Extraction.Rules;

/// <summary>
/// Citations of documents. A cue ("as stated in", "abide by the principles laid down in", "adhere to",
/// "upheld", "reaffirmed", "based on", "under", "form the political foundation") followed in its clause by a
/// document or a document group cites it. The citing side is: a document that frames the sentence ("In a joint
/// statement, Biden reaffirmed ... the 1960 Treaty"), a document that is the cue's subject ("the Treaty ..., whose
/// preamble recalls the joint statement"), or else the event the sentence is about, when a participant speaks in
/// it or both sides speak or agree ("the two sides agreed to ... in line with ...", not "the two countries normalized
/// relations under ..."). The cue's words become the edge's verb.
/// </summary>
public sealed class CitesRule : IExtractionRule
{
    /// <inheritdoc />
    public void Apply(ExtractionContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        foreach (var s in context.Sentences)
        {
            if (ResolvedDocuments(s) is { } documents)
            {
                Cite(context, s, documents);
            }
        }
    }

    /// <summary>
    /// The citations of a sentence that names <paramref name="documents"/>: for each cue, the first document after it in
    /// its clause, then (for a cue that looks back) every document before it; each document is cited once.
    /// </summary>
    private static void Cite(ExtractionContext context, AnalyzedSentence s, List<Mention> documents)
    {
        var done = new List<Mention>(documents.Count);
        foreach (var (first, last, before) in CitationCues.Find(s))
        {
            var end = Grammar.ClauseEnd(s, last);
            var verb = s.Slice(s.Tokens[first].Start, s.Tokens[last].End).ToLowerInvariant();
            foreach (var d in documents)
            {
                if (s.TokenAt(d.Start) > last && s.TokenAt(d.Start) < end)
                {
                    CiteOnce(context, s, d, first, verb, documents, done);
                    break;
                }
            }

            if (before)
            {
                foreach (var d in documents)
                {
                    if (s.TokenAt(d.End) <= first)
                    {
                        CiteOnce(context, s, d, first, verb, documents, done);
                    }
                }
            }
        }
    }

    /// <summary><see cref="Cite(ExtractionContext, AnalyzedSentence, Mention, int, string, List{Mention})"/> unless <paramref name="done"/> has the document already.</summary>
    private static void CiteOnce(ExtractionContext context, AnalyzedSentence s, Mention cited, int cue, string verb, List<Mention> documents, List<Mention> done)
    {
        if (!done.Contains(cited))
        {
            done.Add(cited);
            Cite(context, s, cited, cue, verb, documents);
        }
    }

    /// <summary>The sentence's document and document-group mentions with nodes, or null when it has none (most sentences: no list is made).</summary>
    private static List<Mention>? ResolvedDocuments(AnalyzedSentence s)
    {
        List<Mention>? documents = null;
        foreach (var m in s.MentionSpan)
        {
            if (m.Kind is MentionKind.Document or MentionKind.DocumentGroup && m.NodeIds.Count > 0)
            {
                (documents ??= []).Add(m);
            }
        }

        return documents;
    }

    private static void Cite(ExtractionContext context, AnalyzedSentence s, Mention cited, int cue, string verb, List<Mention> documents)
    {
        var span = Math.Min(cited.Start, s.Tokens[cue].Start);
        var evidence = context.Evidence(s.Index, span, Math.Max(cited.End, s.Tokens[cue].End));
        var source = Framing(s, documents) ?? Subject(s, cue, documents);
        if (source is not null && source != cited && context.Node<Document>(source.NodeId) is { } citing)
        {
            foreach (var id in cited.NodeIds)
            {
                if (id != citing.Id && context.Node<Document>(id) is { } target)
                {
                    context.Graph.AddCites(citing, target, Framing(s, documents) is null ? evidence : context.SentenceEvidence(s.Index), verb);
                }
            }

            return;
        }

        var frame = CitingFrame(context, s, cue);
        if (frame is null || !(Attachment.HasParticipant(s, frame) || (Attachment.HasBothSidesBefore(context, s, frame, cue) && Attachment.HasSpeech(s))))
        {
            return;
        }

        foreach (var id in cited.NodeIds)
        {
            frame.Citations.Add((id, evidence, verb));
        }
    }

    /// <summary>
    /// The event the citation at <paramref name="cue"/> speaks for: the sentence's, unless that is a meeting a later
    /// clause describes ("... follow the principles established in the four political documents, Li said, adding that
    /// ... when they met in San Francisco last November"), which the citation came before; then the main event.
    /// </summary>
    private static EventFrame? CitingFrame(ExtractionContext context, AnalyzedSentence s, int cue)
    {
        var frame = Attachment.FrameFor(context, s);
        var clauseEnd = Grammar.ClauseEnd(s, cue);
        return frame is { IsMain: false } && frame.Trigger.Sentence == s.Index && clauseEnd < s.Tokens.Count && frame.Trigger.Start >= s.Tokens[clauseEnd].End
            ? context.Events.Main
            : frame;
    }

    /// <summary>"In a joint statement, ...": the document that frames the sentence.</summary>
    private static Mention? Framing(AnalyzedSentence s, List<Mention> documents)
    {
        if (!s.Is(s.FirstBodyToken, "In"))
        {
            return null;
        }

        foreach (var d in documents)
        {
            if (d.Kind == MentionKind.Document && DocumentFraming.Frames(s, d))
            {
                return d;
            }
        }

        return null;
    }

    /// <summary>"the Treaty ..., whose preamble recalls" or "the Treaty, which reaffirms": a document as the cue's subject.</summary>
    private static Mention? Subject(AnalyzedSentence s, int cue, List<Mention> documents)
    {
        Mention? before = null;
        foreach (var d in documents)
        {
            if (d.Kind == MentionKind.Document && s.TokenAt(d.End) <= cue)
            {
                before = d;
            }
        }

        if (before is null)
        {
            return null;
        }

        // "the treaty reaffirms", "the Treaty, which reaffirms"; not "return to the aspiration of the treaty, adhere to",
        // where the comma ends the document's phrase and the verb is another's.
        var raw = s.Slice(before.End, s.Tokens[cue].Start).Trim();
        var between = raw.TrimStart(',').Trim();
        return between is "whose preamble" or "which" or "that" or "whose text" or "whose preamble also" or "which also" || raw.Length == 0 ? before : null;
    }
}
