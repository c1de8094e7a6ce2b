using RelationsGraph.Extraction.Knowledge;
using RelationsGraph.Extraction.Mentions;
using RelationsGraph.Extraction.Reading;
using RelationsGraph.Extraction.Resolution;

namespace RelationsGraph.Extraction.Rules;

/// <summary>Everything a rule sees of one article, and where it puts what it finds.</summary>
public sealed class ExtractionContext
{
    private readonly List<ExtractionDiagnostic> diagnostics = [];

    /// <summary>The evidence of each whole sentence once asked for: several rules quote the same sentence for several facts.</summary>
    private Evidence?[]? sentenceEvidence;

    /// <summary>Creates the context for one article.</summary>
    /// <param name="article">The article.</param>
    /// <param name="knowledgeBase">The reference knowledge.</param>
    /// <param name="sentences">The article's sentences with resolved mentions.</param>
    /// <param name="entities">The nodes the mentions resolved to.</param>
    public ExtractionContext(ArticleText article, KnowledgeBase knowledgeBase, IReadOnlyList<AnalyzedSentence> sentences, ArticleEntities entities)
    {
        ArgumentNullException.ThrowIfNull(article);
        ArgumentNullException.ThrowIfNull(knowledgeBase);
        ArgumentNullException.ThrowIfNull(sentences);
        ArgumentNullException.ThrowIfNull(entities);
        Article = article;
        KnowledgeBase = knowledgeBase;
        Sentences = sentences;
        Entities = entities;
        Date = ArticleDates.Of(article);
        ArticleNode = new RelationsGraph.Article
        {
            Id = NodeId.Create(RelationsGraph.Article.IdPrefix, article.Id),
            Name = article.Headline ?? article.Id,
            Outlet = article.Outlet,
            PublishedAt = article.PublishedAt,
            Dateline = article.DatelinePlace,
            DatelineDate = article.DatelineDate is { } d ? PartialDate.FromDate(d) : null,
        };
    }

    /// <summary>The article.</summary>
    public ArticleText Article { get; }

    /// <summary>The article's id, as evidence names it.</summary>
    public string ArticleId => Article.Id;

    /// <summary>The reference knowledge.</summary>
    public KnowledgeBase KnowledgeBase { get; }

    /// <summary>The sentences with their tokens and resolved mentions.</summary>
    public IReadOnlyList<AnalyzedSentence> Sentences { get; }

    /// <summary>The nodes the article refers to.</summary>
    public ArticleEntities Entities { get; }

    /// <summary>The date the article speaks from (dateline, else publication), if known.</summary>
    public DateOnly? Date { get; }

    /// <summary>The Article node.</summary>
    public RelationsGraph.Article ArticleNode { get; }

    /// <summary>The graph being built for this article.</summary>
    public KnowledgeGraph Graph { get; } = new();

    /// <summary>The article's events.</summary>
    public EventRegistry Events { get; } = new();

    /// <summary>What the rules noticed and could not use.</summary>
    public IReadOnlyList<ExtractionDiagnostic> Diagnostics => diagnostics;

    /// <summary>The country node <paramref name="id"/> is, or the country of the place node it is; null when neither.</summary>
    internal string? CountryOfNode(string id) =>
        id.StartsWith("country:", StringComparison.Ordinal) ? id
        : Node<Place>(id)?.Name is { } name ? KnowledgeBase.CountryOfPlace(name) : null;

    /// <summary>The mention of the dateline's place ("NEW DELHI, March 20 --") once it resolved to a place node; null when there is none.</summary>
    public Mention? DatelinePlace()
    {
        if (Article.Dateline is not { } dateline)
        {
            return null;
        }

        foreach (var s in Sentences)
        {
            if (s.Sentence.End < dateline.PlaceRange.Start)
            {
                continue;
            }

            foreach (var m in s.MentionSpan)
            {
                if (m.Start == dateline.PlaceRange.Start && m.NodeId is { } id && id.StartsWith("place:", StringComparison.Ordinal))
                {
                    return m;
                }
            }

            break;
        }

        return null;
    }

    /// <summary>Evidence quoting <c>[start, end)</c> of sentence <paramref name="sentence"/>.</summary>
    /// <remarks>A short quote (most are a name) is the thread's pooled string for it, as the mention's own text is.</remarks>
    public Evidence Evidence(int sentence, int start, int end) =>
        RelationsGraph.Evidence.FromArticle(ArticleId, sentence, start, end, WordPool.Get(Article.Text.AsSpan(start, end - start)));

    /// <summary>Evidence quoting <paramref name="mention"/> (its whole phrase for a leader named with a title).</summary>
    public Evidence Evidence(Mention mention)
    {
        ArgumentNullException.ThrowIfNull(mention);
        return Evidence(mention.Sentence, mention.PhraseStart, mention.PhraseEnd);
    }

    /// <summary>Evidence quoting the whole of sentence <paramref name="sentence"/>.</summary>
    /// <remarks>Evidence is immutable, so the sentence's one instance serves every fact it states.</remarks>
    public Evidence SentenceEvidence(int sentence)
    {
        var s = Sentences[sentence].Sentence;
        sentenceEvidence ??= new Evidence?[Sentences.Count];
        return sentenceEvidence[sentence] ??= Evidence(sentence, s.Start, s.End);
    }

    /// <summary>The article's node <paramref name="id"/> of kind <typeparamref name="TNode"/>, if it has one.</summary>
    public TNode? Node<TNode>(string? id)
        where TNode : Node => id is null ? null : Entities.Get<TNode>(id) ?? Graph.GetNode<TNode>(id);

    /// <summary>Records a diagnostic.</summary>
    public void Report(string message, int? sentence = null) => diagnostics.Add(new ExtractionDiagnostic(ArticleId, message, sentence));
}
