using RelationsGraph.Extraction.Knowledge;
using RelationsGraph.Extraction.Reading;

namespace RelationsGraph.Extraction.Mentions;

/// <summary>
/// Finds the mentions of every sentence of an article in one pass per sentence: the knowledge base's gazetteers
/// (names, aliases, demonyms, capitals, acronyms, titles, topics, places) and token patterns for what the
/// knowledge base lacks (people named with a title, roles, pronouns, groups, documents, events, dates).
/// </summary>
/// <remarks>Stateless apart from the knowledge base's gazetteers, which are built once per knowledge base and shared.</remarks>
public sealed class MentionFinder
{
    private readonly KnowledgeBase kb;
    private readonly MentionGazetteers gazetteers;
    private readonly SeriesPattern.Form[] seriesForms;
    private readonly HashSet<string> regions;
    private readonly Dictionary<string, string[]> monarchs;
    private readonly MentionStep[] steps;
    private readonly ArticleMentionStep[] articleSteps =
    [
        new(nameof(DatelinePlacePattern), DatelinePlacePattern.Find),
        new(nameof(RepeatedNamePattern), (_, sentences) => RepeatedNamePattern.Find(sentences)),
        new(nameof(SurnameCountryPattern), (_, sentences) => SurnameCountryPattern.Find(sentences)),
    ];

    /// <summary>A finder over <paramref name="knowledgeBase"/>.</summary>
    public MentionFinder(KnowledgeBase knowledgeBase)
    {
        ArgumentNullException.ThrowIfNull(knowledgeBase);
        kb = knowledgeBase;
        gazetteers = MentionGazetteers.For(knowledgeBase);
        seriesForms = SeriesPattern.Forms(knowledgeBase.Lexicon);
        regions = AdministrativeAreaPattern.RegionNames(knowledgeBase.Lexicon);
        monarchs = RegnalNamePattern.Index(knowledgeBase);
        steps = Steps();
    }

    /// <summary>A finder that runs <paramref name="extra"/> after its own patterns: the tests' way to make a pattern fail.</summary>
    internal MentionFinder(KnowledgeBase knowledgeBase, MentionStep extra)
        : this(knowledgeBase) => steps = [.. steps, extra];

    /// <summary>A finder that runs <paramref name="extra"/> after its own whole-article patterns: the tests' way to make one fail.</summary>
    internal MentionFinder(KnowledgeBase knowledgeBase, ArticleMentionStep extra)
        : this(knowledgeBase) => articleSteps = [.. articleSteps, extra];

    /// <summary>The sentences of <paramref name="article"/> with their tokens and unresolved mentions.</summary>
    /// <remarks>A pattern's exception reaches the caller here; the extractor instead reports it and goes on.</remarks>
    public IReadOnlyList<AnalyzedSentence> Find(ArticleText article)
    {
        ArgumentNullException.ThrowIfNull(article);
        var sentences = new List<AnalyzedSentence>(article.Sentences.Count);
        foreach (var sentence in article.Sentences)
        {
            sentences.Add(Find(article, sentence, null, null));
        }

        FindAcrossSentences(article, sentences, null);
        return sentences;
    }

    /// <summary>
    /// The patterns that need the whole article, run once its sentences are analysed: the dateline's place and its
    /// repeats, titled names written elsewhere without their title, and surnames the gazetteer took for countries.
    /// With <paramref name="failures"/>, a pattern that throws costs what it had left to find and is listed there;
    /// without, its exception reaches the caller.
    /// </summary>
    internal void FindAcrossSentences(ArticleText article, IReadOnlyList<AnalyzedSentence> sentences, List<HeuristicStepFailure>? failures)
    {
        foreach (var step in articleSteps)
        {
            HeuristicFailure.Guard(failures, step.Description, null, static s => s.Step.Find(s.Article, s.Sentences), (Step: step, Article: article, Sentences: sentences));
        }
    }

    /// <summary>One sentence of <paramref name="article"/>, with its story marked as starting after the dateline.</summary>
    /// <param name="article">The article.</param>
    /// <param name="sentence">One of its sentences.</param>
    /// <param name="arena">Where a batch lends the sentence its storage (see <see cref="SentenceArena"/>); null for storage of its own.</param>
    /// <param name="failures">
    /// Where a pattern that throws is listed, having cost only what it had left to find in the sentence; null to let its exception through.
    /// </param>
    internal AnalyzedSentence Find(ArticleText article, Sentence sentence, SentenceArena? arena, List<HeuristicStepFailure>? failures)
    {
        var analyzed = Find(arena is null
            ? new AnalyzedSentence(article.Text, sentence, Tokenizer.Tokenize(article.Text, sentence.Start, sentence.End))
            : new AnalyzedSentence(article.Text, sentence, Tokenizer.TokenizeInBuffer(article.Text, sentence.Start, sentence.End), arena), failures);
        if (article.Dateline is { } dateline && dateline.Range.End > sentence.Start && dateline.Range.End <= sentence.End)
        {
            analyzed.FirstBodyToken = analyzed.TokenAt(dateline.Range.End);
        }

        return analyzed;
    }

    /// <summary>The tokens and unresolved mentions of one sentence of <paramref name="text"/>.</summary>
    /// <remarks>A pattern's exception reaches the caller here; the extractor instead reports it and goes on.</remarks>
    public AnalyzedSentence Find(string text, Sentence sentence)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(sentence);
        return Find(new AnalyzedSentence(text, sentence, Tokenizer.Tokenize(text, sentence.Start, sentence.End)), null);
    }

    /// <summary>
    /// The patterns, in the order they run: each reads the mentions of those before it (see each one's remarks).
    /// </summary>
    private MentionStep[] Steps() =>
    [
        new(nameof(GazetteerPass), s => GazetteerPass.Find(s, gazetteers)),
        new(nameof(NicknamePass), s => NicknamePass.Find(s, gazetteers)),
        new(nameof(RegnalNamePattern), s => RegnalNamePattern.Find(s, monarchs)),
        new(nameof(NamedAfterPass), NamedAfterPass.Find),
        new(nameof(PortfolioTitlePattern), PortfolioTitlePattern.Find),
        new(nameof(MinistryTitlePattern), MinistryTitlePattern.Find),
        new(nameof(AdministrativeAreaPattern), s => AdministrativeAreaPattern.Find(s, regions)),
        new(nameof(PersonPattern), s => PersonPattern.Find(s, kb)),
        new(nameof(TitleLinker), TitleLinker.Link),
        new(nameof(RolePattern), RolePattern.Find),
        new($"{nameof(RolePattern)}.{nameof(RolePattern.FindCounterparts)}", RolePattern.FindCounterparts),
        new(nameof(PronounPattern), PronounPattern.Find),
        new(nameof(GroupPattern), GroupPattern.Find),
        new(nameof(SeriesPattern), s => SeriesPattern.Find(s, seriesForms)),
        new(nameof(DocumentPattern), s => DocumentPattern.Find(s, kb.DocumentGroups)),
        new(nameof(GatheringPattern), GatheringPattern.Find),
        new(nameof(EventPattern), EventPattern.Find),
        new(nameof(DatePattern), DatePattern.Find),
        new($"{nameof(AdministrativeAreaPattern)}.{nameof(AdministrativeAreaPattern.FindTowns)}", s => AdministrativeAreaPattern.FindTowns(s, regions)), // after the names and dates: "in May, Japan" is no town
        new(nameof(TopicListPattern), TopicListPattern.Find),
        new(nameof(TopicCompoundPattern), TopicCompoundPattern.Find),
        new(nameof(VenuePattern), VenuePattern.Find),
        new(nameof(CapitalPattern), CapitalPattern.Find),
        new(nameof(OrganizationPattern), OrganizationPattern.Find),
        new($"{nameof(SeriesPattern)}.{nameof(SeriesPattern.FindSessions)}", SeriesPattern.FindSessions), // after the bodies found by name
    ];

    /// <summary>
    /// Adds the mentions of <paramref name="analyzed"/>, a sentence with its tokens. With <paramref name="failures"/>,
    /// a pattern that throws (heuristics over free text may trip on a sentence nobody foresaw) costs what it had
    /// left to find in this sentence, and is listed there; without, its exception reaches the caller.
    /// </summary>
    private AnalyzedSentence Find(AnalyzedSentence analyzed, List<HeuristicStepFailure>? failures)
    {
        foreach (var step in steps)
        {
            HeuristicFailure.Guard(failures, step.Description, analyzed.Sentence.Index, step.Find, analyzed);
        }

        return analyzed;
    }
}
