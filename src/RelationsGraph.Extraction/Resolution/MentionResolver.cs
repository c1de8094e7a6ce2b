using RelationsGraph.Extraction.Knowledge;
using RelationsGraph.Extraction.Mentions;
using RelationsGraph.Extraction.Reading;

namespace RelationsGraph.Extraction.Resolution;

/// <summary>
/// Resolves the mentions of an article, sentence by sentence in reading order, to nodes: names and aliases to
/// knowledge-base nodes (stable ids) or new nodes, then roles, pronouns and groups against what was read before,
/// capitals to places or governments, document phrases to documents, dates to dates.
/// </summary>
/// <remarks>
/// The result is written into the mentions (<see cref="Mention.NodeIds"/>, <see cref="Mention.Date"/>) and the
/// returned <see cref="ArticleEntities"/>. Mentions that resolve to nothing keep an empty <see cref="Mention.NodeIds"/>;
/// people named without a title and unknown to the knowledge base are dropped. One resolver serves one
/// knowledge base and any number of articles, from any thread.
/// </remarks>
public sealed class MentionResolver
{
    private readonly KnowledgeBase kb;

    /// <summary>
    /// By the name of a topic the lexicon knows, the one-id list its mentions resolve to: the id is the same in every
    /// article, and building it and a list for it at every mention of a topic was about 2 % of what extraction
    /// allocates. Built once per resolver and only read after, so threads share it without locks; a topic read from
    /// an article's own words (an enumeration) is not in it and gets its list at each mention, which keeps the table
    /// as small as the lexicon however many articles go through.
    /// </summary>
    private readonly Dictionary<string, IReadOnlyList<string>> topicIds;

    /// <summary>A step the tests add after a sentence's own (to make one fail); null in use.</summary>
    private readonly Action<AnalyzedSentence>? extra;

    /// <summary>A resolver against <paramref name="knowledgeBase"/>.</summary>
    public MentionResolver(KnowledgeBase knowledgeBase)
    {
        ArgumentNullException.ThrowIfNull(knowledgeBase);
        kb = knowledgeBase;
        topicIds = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal);
        foreach (var topic in knowledgeBase.Lexicon.Topics)
        {
            topicIds.TryAdd(topic.Name, [NodeId.Create(Topic.IdPrefix, topic.Name)]);
        }
    }

    /// <summary>A resolver that runs <paramref name="extra"/> after resolving each sentence: the tests' way to make a step fail.</summary>
    internal MentionResolver(KnowledgeBase knowledgeBase, Action<AnalyzedSentence> extra)
        : this(knowledgeBase) => this.extra = extra;

    /// <summary>Resolves the mentions of <paramref name="sentences"/>, the analyzed sentences of <paramref name="article"/>.</summary>
    /// <returns>The nodes the article refers to.</returns>
    /// <remarks>An exception of a step of the resolution reaches the caller here; the extractor instead reports it and goes on.</remarks>
    public ArticleEntities Resolve(ArticleText article, IReadOnlyList<AnalyzedSentence> sentences)
    {
        ArgumentNullException.ThrowIfNull(article);
        ArgumentNullException.ThrowIfNull(sentences);
        return Resolve(article, sentences, null);
    }

    /// <summary>
    /// Resolves the mentions of <paramref name="sentences"/>. With <paramref name="failures"/>, a step that throws on a
    /// sentence costs that sentence the rest of its resolution (what was read before stays resolved, and the next
    /// sentence is read against it), and is listed there; without, its exception reaches the caller.
    /// </summary>
    internal ArticleEntities Resolve(ArticleText article, IReadOnlyList<AnalyzedSentence> sentences, List<HeuristicStepFailure>? failures)
    {
        var date = ArticleDates.Of(article);
        var entities = new ArticleEntities(kb, date);
        var discourse = new Discourse();
        var pass = new SentencePass(
            entities,
            discourse,
            topicIds,
            article.Dateline,
            new NameResolution(kb, entities, discourse, article.Text, date),
            new PlaceResolution(kb, entities),
            new DocumentResolution(kb, entities, discourse, date),
            new ReferenceResolution(kb, entities, discourse, date, article.Dateline is { } dateline ? kb.CountryOfPlace(dateline.Place) : null),
            extra);
        HeuristicFailure.Guard(failures, "date resolution", null, static a => DateResolver.Resolve(a.Article, a.Sentences), (Article: article, Sentences: sentences));
        HeuristicFailure.Guard(failures, "document resolution's reading ahead", null, static a => a.Documents.Prepare(a.Sentences), (pass.Documents, Sentences: sentences));
        Action<AnalyzedSentence> resolve = pass.Resolve;
        foreach (var sentence in sentences)
        {
            HeuristicFailure.Guard(failures, "resolution", sentence.Sentence.Index, resolve, sentence);
        }

        return entities;
    }

    /// <remarks>
    /// A country or organization resolves to its one candidate, the knowledge base's node with that id: the mention's
    /// candidate list (shared, read-only) is its node list too, rather than a new list of the same id per mention.
    /// </remarks>
    private static void Simple(AnalyzedSentence s, ArticleEntities entities, Dictionary<string, IReadOnlyList<string>> topicIds)
    {
        foreach (var mention in s.MentionSpan)
        {
            switch (mention.Kind)
            {
                case MentionKind.Country or MentionKind.Demonym when mention.Candidates.Count == 1:
                    if (entities.AddKnown<Country>(mention.Candidates[0]) is { } country)
                    {
                        mention.NodeIds = mention.Candidates;
                        if (mention.Kind == MentionKind.Country)
                        {
                            entities.AddAlias(country.Id, mention.Text);
                        }
                    }

                    break;
                case MentionKind.Organization when mention.Name is { } named:
                    // A body the knowledge base lacks, found by its name (OrganizationPattern).
                    var organizationId = NodeId.Create(Organization.IdPrefix, named);
                    var body = entities.Get<Organization>(organizationId) ?? entities.AddKnown<Organization>(organizationId)
                        ?? entities.Add(new Organization { Id = organizationId, Name = named });
                    mention.NodeIds = [body.Id];
                    entities.AddAlias(body.Id, mention.Text);
                    entities.AddAlias(body.Id, PlaceResolution.WithArticle(s, mention)); // "the Philippine Congress"

                    break;
                case MentionKind.Organization when mention.Candidates.Count == 1:
                    if (entities.AddKnown<Organization>(mention.Candidates[0]) is { } organization)
                    {
                        mention.NodeIds = mention.Candidates;
                        entities.AddAlias(organization.Id, mention.Text);
                    }

                    break;
                case MentionKind.Topic when mention.Candidates.Count == 1:
                    var name = mention.Candidates[0];
                    var ids = topicIds.TryGetValue(name, out var known) ? known : [NodeId.Create(Topic.IdPrefix, name)];
                    var id = ids[0];
                    var topic = entities.Get<Topic>(id) ?? entities.Add(new Topic { Id = id, Name = name });
                    mention.NodeIds = ids;
                    entities.AddAlias(topic.Id, mention.Text);
                    SurfaceForms.AddAliases(s, mention, entities, topic.Id);

                    break;
            }
        }
    }

    /// <summary>What resolving one sentence reads and updates, in reading order: one per article.</summary>
    private sealed record SentencePass(
        ArticleEntities Entities,
        Discourse Discourse,
        Dictionary<string, IReadOnlyList<string>> TopicIds,
        Dateline? Dateline,
        NameResolution Names,
        PlaceResolution Places,
        DocumentResolution Documents,
        ReferenceResolution References,
        Action<AnalyzedSentence>? Extra)
    {
        public void Resolve(AnalyzedSentence sentence)
        {
            Simple(sentence, Entities, TopicIds);
            Places.Resolve(sentence, Dateline);
            Discourse.LeadersBeforeSentence = Discourse.Leaders.Count;
            Names.Resolve(sentence);
            References.Resolve(sentence);
            Documents.Resolve(sentence);
            Extra?.Invoke(sentence);
        }
    }
}
