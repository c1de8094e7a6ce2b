using RelationsGraph.Extraction.Knowledge;
using RelationsGraph.Extraction.Mentions;
using RelationsGraph.Extraction.Reading;
using RelationsGraph.Extraction.Resolution;
using RelationsGraph.Extraction.Rules;

namespace RelationsGraph.Extraction.Pipeline;

/// <summary>
/// Turns articles into a knowledge graph: reader, mention finder, resolver, relation rules, then one graph per
/// article, merged. The output depends only on the input: the same articles give byte-identical graph JSON
/// whatever their order and the number of threads.
/// </summary>
/// <remarks>
/// <para>
/// The graph of an article holds the article's node, the nodes it refers to (knowledge-base nodes keep their ids,
/// so aliases of one entity meet in one node across articles), the facts the rules find (evidence quoted from
/// the article), and the knowledge base's facts among those nodes (LeaderOf, Cites, PartyTo, SignedBy, MemberOf,
/// capitals; evidence <see cref="KnowledgeBase.Reference"/>; see <see cref="KnowledgeRule"/>).
/// </para>
/// <para>An extractor is immutable; one instance may extract on several threads at once.</para>
/// </remarks>
public sealed class GraphExtractor
{
    private readonly KnowledgeBase kb;
    private readonly MentionFinder finder;
    private readonly MentionResolver resolver;
    private readonly IReadOnlyList<IExtractionRule> rules;
    private readonly ArticleReaderOptions readerOptions;

    /// <summary>An extractor with <paramref name="knowledgeBase"/> (the bundled one when null) and <paramref name="rules"/> (the default rules when null).</summary>
    public GraphExtractor(KnowledgeBase? knowledgeBase = null, IEnumerable<IExtractionRule>? rules = null, ArticleReaderOptions? readerOptions = null)
    {
        kb = knowledgeBase ?? KnowledgeBase.LoadDefault();
        finder = new MentionFinder(kb);
        resolver = new MentionResolver(kb);
        this.rules = rules is null ? DefaultRules : [.. rules];
        this.readerOptions = readerOptions is { KnownPlaces.Count: > 0 } ? readerOptions
            : (readerOptions ?? ArticleReaderOptions.Default).WithKnownPlaces(DatelinePlaces(kb));
    }

    /// <summary>The capitals and cities of <paramref name="knowledgeBase"/>: the places a dateline in title case may name.</summary>
    private static string[] DatelinePlaces(KnowledgeBase knowledgeBase) =>
    [
        .. knowledgeBase.Countries.Select(c => c.Capital).OfType<string>(),
        .. knowledgeBase.Lexicon.Places.Where(p => p.Kind == PlaceKind.City).Select(p => p.Name),
    ];

    /// <summary>
    /// The default rules, in the order they run: the article node; events (meetings, visits, occasions such as a
    /// state funeral or dinner, speeches, summit editions, dialogues, anniversaries, the establishment of relations; the sentences that name a meeting by its number of sides), their parents (a summit, or the visit a meeting belongs to), the officials in a leader's party, places and sides; tours of several countries, and the visits they hold; topics and citations; offices, parties,
    /// signatories, locations and memberships; aliases of events; reference facts; mentions.
    /// </summary>
    public static IReadOnlyList<IExtractionRule> DefaultRules { get; } =
    [
        new ArticleRule(), new MeetingRule(), new VisitRule(), new OccasionRule(), new AddressRule(), new SeriesRule(), new DialogueRule(), new AnniversaryRule(), new RelationsEstablishedRule(),
        new SizedMeetingRule(), new SidelinesRule(), new VisitPartRule(), new DelegationRule(), new VenueRule(), new RepresentedRule(), new TourRule(), new DiscussedRule(), new CitesRule(), new LeaderOfRule(),
        new PartyToRule(), new SignedByRule(), new LocatedInRule(), new MemberOfRule(), new EventAliasRule(), new KnowledgeRule(), new MentionsRule(),
    ];

    /// <summary>The mention finder, set by tests to one with a pattern of theirs (over this extractor's knowledge base).</summary>
    internal MentionFinder Finder
    {
        get => finder;
        init => finder = value;
    }

    /// <summary>The mention resolver, set by tests to one with a step of theirs (over this extractor's knowledge base).</summary>
    internal MentionResolver Resolver
    {
        get => resolver;
        init => resolver = value;
    }

    /// <summary>The knowledge base the extractor links to.</summary>
    public KnowledgeBase KnowledgeBase => kb;

    /// <summary>The longest sentence analysed, in characters; a longer one (no real sentence is) is skipped with a diagnostic.</summary>
    public int MaxSentenceLength { get; init; } = 2000;

    /// <summary>Reads and extracts one article.</summary>
    /// <param name="articleId">The id evidence names the article by.</param>
    /// <param name="text">The article text.</param>
    /// <returns>The article's graph.</returns>
    /// <exception cref="ArticleFormatException">The text is not an article (binary data).</exception>
    public KnowledgeGraph Extract(string articleId, string text)
    {
        ArgumentNullException.ThrowIfNull(articleId);
        ArgumentNullException.ThrowIfNull(text);
        return Extract(ArticleReader.Read(articleId, text, readerOptions)).Graph;
    }

    /// <summary>Extracts one article that has been read already.</summary>
    /// <param name="article">The article.</param>
    /// <returns>The graph, with the mentions, entities, events and diagnostics that explain it.</returns>
    public ExtractionResult Extract(ArticleText article)
    {
        ArgumentNullException.ThrowIfNull(article);
        var context = Analyze(article, new List<AnalyzedSentence>(article.Sentences.Count), null);
        return new ExtractionResult(Finish(context, null), context);
    }

    /// <summary>Mentions, resolution and the rules: everything of one article but its events and entities in the graph.</summary>
    /// <param name="article">The article.</param>
    /// <param name="sentences">An empty list, filled with the analysed sentences: the context's <see cref="ExtractionContext.Sentences"/>.</param>
    /// <param name="arena">In a batch, the worker's storage that the sentences borrow until the caller resets it; null for sentences with storage of their own.</param>
    private ExtractionContext Analyze(ArticleText article, List<AnalyzedSentence> sentences, SentenceArena? arena)
    {
        var skipped = new List<int>();
        var failures = new List<HeuristicStepFailure>();
        foreach (var sentence in article.Sentences)
        {
            if (sentence.Length > MaxSentenceLength)
            {
                skipped.Add(sentence.Index);
                sentences.Add(new AnalyzedSentence(article.Text, sentence, []));
                continue;
            }

            sentences.Add(finder.Find(article, sentence, arena, failures));
        }

        finder.FindAcrossSentences(article, sentences, failures);
        var entities = resolver.Resolve(article, sentences, failures);
        var context = new ExtractionContext(article, kb, sentences, entities);
        foreach (var index in skipped)
        {
            context.Report($"Sentence {index} is longer than {MaxSentenceLength} characters and was not analysed.", index);
        }

        foreach (var failure in failures)
        {
            context.Report(failure.Message, failure.Sentence);
        }

        foreach (var rule in rules)
        {
            try
            {
                rule.Apply(context);
            }
            catch (Exception e) when (HeuristicFailure.IsSlip(e))
            {
                // A rule is heuristics over free text: one that trips on an unexpected sentence costs its own facts, not the article.
                context.Report($"The rule {rule.GetType().Name} failed and added nothing more: {e.GetType().Name}: {e.Message}");
            }
        }

        return context;
    }

    /// <summary>
    /// The article's graph: the rules' facts, the events (with the identities a batch gives them), the entities.
    /// Built in the context's own graph rather than a copy of it: a context is finished once, when its events'
    /// identities are known (at once when no other article of the batch can change them, else after the batch has
    /// chosen them), so no copy is needed to finish it again (copying every node and edge of every article's graph
    /// was one of the costlier steps of a batch).
    /// </summary>
    private static KnowledgeGraph Finish(ExtractionContext context, IReadOnlyDictionary<EventFrame, (string Key, PartialDate? Date)>? identities)
    {
        var graph = context.Graph;
        EventMaterializer.Materialize(context, graph, identities);
        foreach (var node in context.Entities.Build())
        {
            graph.AddNode(node);
        }

        return graph;
    }

    /// <summary>
    /// Extracts several articles in parallel and merges their graphs in article-id order. A meeting that one article
    /// dates less precisely than another (or not at all, at the same place) becomes the other's node.
    /// </summary>
    /// <param name="articles">The articles; ids must be distinct.</param>
    /// <param name="maxDegreeOfParallelism">How many articles to extract at once (at least 1).</param>
    /// <returns>The merged graph; the same bytes of graph JSON for any order of <paramref name="articles"/> and any degree.</returns>
    /// <exception cref="ArgumentException">Two articles share an id.</exception>
    /// <exception cref="ArticleFormatException">An article is not one (the first by id is reported).</exception>
    public KnowledgeGraph ExtractAll(IEnumerable<ArticleSource> articles, int maxDegreeOfParallelism)
    {
        var batch = Analyze(articles, maxDegreeOfParallelism);
        foreach (var article in batch)
        {
            if (article.Error is { } error)
            {
                throw error;
            }
        }

        return Complete(batch, maxDegreeOfParallelism);
    }

    /// <summary>Like <see cref="ExtractAll"/>, but an unreadable article becomes a diagnostic instead of an exception.</summary>
    /// <param name="articles">The articles; ids must be distinct.</param>
    /// <param name="maxDegreeOfParallelism">How many articles to extract at once (at least 1).</param>
    /// <exception cref="ArgumentException">Two articles share an id.</exception>
    public BatchExtraction ExtractBatch(IEnumerable<ArticleSource> articles, int maxDegreeOfParallelism)
    {
        var batch = Analyze(articles, maxDegreeOfParallelism);
        var diagnostics = new List<ExtractionDiagnostic>();
        foreach (var article in batch)
        {
            if (article.Error is { } error)
            {
                diagnostics.Add(new ExtractionDiagnostic(article.Id, error.Message));
            }
            else
            {
                diagnostics.AddRange(article.Diagnostics);
            }
        }

        return new BatchExtraction(Complete(batch, maxDegreeOfParallelism), diagnostics);
    }

    /// <summary>
    /// Reads and analyses the articles in parallel; returns them in article-id order. What the batch keeps of an
    /// article is what the later steps read (see <see cref="BatchArticle"/>): its graph, built at once unless one of
    /// its events may take another article's identity; else its context, without the sentences, until the
    /// identities are chosen.
    /// </summary>
    private BatchArticle[] Analyze(IEnumerable<ArticleSource> articles, int maxDegreeOfParallelism)
    {
        ArgumentNullException.ThrowIfNull(articles);
        ArgumentOutOfRangeException.ThrowIfLessThan(maxDegreeOfParallelism, 1);
        var sorted = articles.OrderBy(a => a.Id, StringComparer.Ordinal).ToList();
        var duplicate = sorted.Zip(sorted.Skip(1)).FirstOrDefault(p => string.Equals(p.First.Id, p.Second.Id, StringComparison.Ordinal));
        if (duplicate.First is not null)
        {
            throw new ArgumentException($"Two articles have the id '{duplicate.First.Id}'.", nameof(articles));
        }

        var batch = new BatchArticle[sorted.Count];
        var options = new ParallelOptions { MaxDegreeOfParallelism = maxDegreeOfParallelism };

        // Each worker lends its articles' sentences one arena in turn (see SentenceArena); a worker is one thread at a time.
        Parallel.For(0, sorted.Count, options, static () => new SentenceArena(), (i, _, arena) =>
        {
            try
            {
                batch[i] = AnalyzeForBatch(ArticleReader.Read(sorted[i].Id, sorted[i].Text, readerOptions), arena);
            }
            catch (ArticleFormatException e)
            {
                batch[i] = BatchArticle.Failed(sorted[i].Id, e);
            }

            return arena;
        }, static _ => { });

        return batch;
    }

    /// <summary>One article of a batch: analysed, then its graph built when no other article can change its events.</summary>
    private BatchArticle AnalyzeForBatch(ArticleText text, SentenceArena arena)
    {
        var sentences = new List<AnalyzedSentence>(text.Sentences.Count);
        var context = Analyze(text, sentences, arena);
        var article = BatchArticle.Analyzed(context, EventCandidate.Of(context));
        // The context's sentences are this list. Nothing after the rules reads them (reconciliation reads the
        // candidates; Finish the frames, entities, graph, knowledge base and article text), and they are most of
        // an article's analysis: emptying the list lets the tokens and mentions go while the batch runs on, and
        // the storage they borrowed serves the worker's next article.
        // (GraphExtractorTests checks that a one-article batch still gives the graph of Extract.)
        sentences.Clear();
        arena.Reset();
        if (article.MustWait)
        {
            article.Waiting = context;
        }
        else
        {
            article.Graph = Finish(context, null);
        }

        return article;
    }

    /// <summary>
    /// Chooses the events' identities across the batch, builds the graphs that waited for them, and merges every
    /// graph in article-id order, letting each go once merged.
    /// </summary>
    private static KnowledgeGraph Complete(BatchArticle[] batch, int maxDegreeOfParallelism)
    {
        // One meeting dated "in November" by one article and "on Nov. 15" by another is one node: the identities
        // are chosen before the waiting articles' events are materialized, so that each article's graph is built once.
        var candidates = new List<EventCandidate>();
        var waiting = new List<BatchArticle>();
        foreach (var article in batch)
        {
            candidates.AddRange(article.Candidates);
            if (article.Waiting is not null)
            {
                waiting.Add(article);
            }
        }

        var identities = EventReconciler.Reconcile(candidates);
        Parallel.For(0, waiting.Count, new ParallelOptions { MaxDegreeOfParallelism = maxDegreeOfParallelism }, i =>
        {
            waiting[i].Graph = Finish(waiting[i].Waiting!, identities);
            waiting[i].Waiting = null;
        });

        // Few facts repeat across articles, so the merged graph has about as many edges as the articles' graphs together
        // (5,322 of 6,137 for the first 100 synthetic articles): room for them all at once spares it the ever larger
        // tables it would grow through, the largest of them on the large-object heap, whose growth triggers full
        // collections. Articles share most of their nodes (433 of 3,333), which are left to grow.
        var edges = 0L;
        foreach (var article in batch)
        {
            edges += article.Graph?.EdgeCount ?? 0;
        }

        var merged = new KnowledgeGraph();
        merged.EnsureCapacity(0, (int)Math.Min(Array.MaxLength, edges));
        foreach (var article in batch)
        {
            if (article.Graph is { } graph)
            {
                merged.Merge(graph);
                article.Graph = null;
            }
        }

        return merged;
    }
}
