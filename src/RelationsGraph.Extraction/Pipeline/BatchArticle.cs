using RelationsGraph.Extraction.Reading;
using RelationsGraph.Extraction.Rules;

namespace RelationsGraph.Extraction.Pipeline;

/// <summary>
/// What a batch keeps of one article between its analysis and the merge: its graph once built, else the context
/// waiting for the batch's event identities (without its sentences), its diagnostics and its reconciliation
/// candidates; or why it could not be read.
/// </summary>
/// <remarks>
/// Kept whole until the last article is read, every article's analysis (sentences, tokens, mentions) would survive
/// the collections that fall meanwhile, and each of them would copy the analyses of the batch so far while it
/// pauses every worker; keeping only this leaves the collector little more to copy than the graphs themselves.
/// </remarks>
internal sealed class BatchArticle
{
    private BatchArticle(string id) => Id = id;

    /// <summary>The article's id.</summary>
    public string Id { get; }

    /// <summary>The article's graph, once built; null until then, after the merge, and for an unreadable article.</summary>
    public KnowledgeGraph? Graph { get; set; }

    /// <summary>The context of an article whose events may take identities from other articles, until its graph is built.</summary>
    public ExtractionContext? Waiting { get; set; }

    /// <summary>What the extractor noticed and could not use: complete once the rules have run (building the graph reports nothing).</summary>
    public IReadOnlyList<ExtractionDiagnostic> Diagnostics { get; private init; } = [];

    /// <summary>The frames reconciliation compares across articles.</summary>
    public IReadOnlyList<EventCandidate> Candidates { get; private init; } = [];

    /// <summary>Why the article could not be read; null when it was.</summary>
    public ArticleFormatException? Error { get; private init; }

    /// <summary>Whether a frame of the article may take another identity, so that its graph waits for the whole batch.</summary>
    public bool MustWait
    {
        get
        {
            foreach (var candidate in Candidates)
            {
                if (candidate.MayTakeAnotherIdentity)
                {
                    return true;
                }
            }

            return false;
        }
    }

    /// <summary>An analysed article, its graph not built yet.</summary>
    public static BatchArticle Analyzed(ExtractionContext context, List<EventCandidate> candidates) =>
        new(context.ArticleId) { Diagnostics = context.Diagnostics, Candidates = candidates };

    /// <summary>An article that is not one.</summary>
    public static BatchArticle Failed(string id, ArticleFormatException error) => new(id) { Error = error };
}
