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

    /// <summary>A finder over <paramref name="knowledgeBase"/>.</summary>
    public MentionFinder(KnowledgeBase knowledgeBase)
    {
        ArgumentNullException.ThrowIfNull(knowledgeBase);
        kb = knowledgeBase;
        gazetteers = MentionGazetteers.For(knowledgeBase);
        seriesForms = SeriesPattern.Forms(knowledgeBase.Lexicon);
        regions = AdministrativeAreaPattern.RegionNames(knowledgeBase.Lexicon);
        monarchs = RegnalNamePattern.Index(knowledgeBase);
    }

    /// <summary>The sentences of <paramref name="article"/> with their tokens and unresolved mentions.</summary>
    public IReadOnlyList<AnalyzedSentence> Find(ArticleText article)
    {
        ArgumentNullException.ThrowIfNull(article);
        var sentences = new List<AnalyzedSentence>(article.Sentences.Count);
        foreach (var sentence in article.Sentences)
        {
            sentences.Add(Find(article, sentence));
        }

        FindAcrossSentences(article, sentences);
        return sentences;
    }

    /// <summary>
    /// The patterns that need the whole article, run once its sentences are analysed: the dateline's place and its
    /// repeats, titled names written elsewhere without their title, and surnames the gazetteer took for countries.
    /// </summary>
    internal static void FindAcrossSentences(ArticleText article, IReadOnlyList<AnalyzedSentence> sentences)
    {
        DatelinePlacePattern.Find(article, sentences);
        RepeatedNamePattern.Find(sentences);
        SurnameCountryPattern.Find(sentences);
    }

    /// <summary>One sentence of <paramref name="article"/>, with its story marked as starting after the dateline.</summary>
    /// <param name="article">The article.</param>
    /// <param name="sentence">One of its sentences.</param>
    /// <param name="arena">Where a batch lends the sentence its storage (see <see cref="SentenceArena"/>); null for storage of its own.</param>
    internal AnalyzedSentence Find(ArticleText article, Sentence sentence, SentenceArena? arena = null)
    {
        var analyzed = arena is null ? Find(article.Text, sentence)
            : Find(new AnalyzedSentence(article.Text, sentence, Tokenizer.TokenizeInBuffer(article.Text, sentence.Start, sentence.End), arena));
        if (article.Dateline is { } dateline && dateline.Range.End > sentence.Start && dateline.Range.End <= sentence.End)
        {
            analyzed.FirstBodyToken = analyzed.TokenAt(dateline.Range.End);
        }

        return analyzed;
    }

    /// <summary>The tokens and unresolved mentions of one sentence of <paramref name="text"/>.</summary>
    public AnalyzedSentence Find(string text, Sentence sentence)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(sentence);
        return Find(new AnalyzedSentence(text, sentence, Tokenizer.Tokenize(text, sentence.Start, sentence.End)));
    }

    /// <summary>Adds the mentions of <paramref name="analyzed"/>, a sentence with its tokens.</summary>
    private AnalyzedSentence Find(AnalyzedSentence analyzed)
    {
        GazetteerPass.Find(analyzed, gazetteers);
        NicknamePass.Find(analyzed, gazetteers);
        RegnalNamePattern.Find(analyzed, monarchs);
        NamedAfterPass.Find(analyzed);
        PortfolioTitlePattern.Find(analyzed);
        MinistryTitlePattern.Find(analyzed);
        AdministrativeAreaPattern.Find(analyzed, regions);
        PersonPattern.Find(analyzed);
        TitleLinker.Link(analyzed);
        RolePattern.Find(analyzed);
        RolePattern.FindCounterparts(analyzed);
        PronounPattern.Find(analyzed);
        GroupPattern.Find(analyzed);
        SeriesPattern.Find(analyzed, seriesForms);
        DocumentPattern.Find(analyzed, kb.DocumentGroups);
        GatheringPattern.Find(analyzed);
        EventPattern.Find(analyzed);
        DatePattern.Find(analyzed);
        AdministrativeAreaPattern.FindTowns(analyzed, regions); // after the names and dates: "in May, Japan" is no town
        TopicListPattern.Find(analyzed);
        TopicCompoundPattern.Find(analyzed);
        VenuePattern.Find(analyzed);
        CapitalPattern.Find(analyzed);
        OrganizationPattern.Find(analyzed);
        SeriesPattern.FindSessions(analyzed); // after the bodies found by name
        return analyzed;
    }
}
