namespace RelationsGraph.Extraction.Mentions;

/// <summary>
/// The words of a topic phrase, for <see cref="TopicListPattern"/>: which words an item may hold, which end it, and
/// which name no subject on their own.
/// </summary>
internal static class TopicWords
{
    /// <summary>Words that an item never contains: they end a noun phrase (verbs, conjunctions, pronouns, prepositions).</summary>
    public static readonly HashSet<string> Stops = new(StringComparer.OrdinalIgnoreCase)
    {
        "is", "are", "was", "were", "be", "been", "being", "has", "have", "had", "will", "would", "can", "could", "should", "may",
        "might", "must", "also", "which", "that", "who", "whom", "whose", "while", "amid", "as", "to", "not", "said", "says", "and",
        "or", "but", "nor", "than", "this", "these", "those", "it", "its", "they", "their", "them", "he", "his", "she", "her", "we",
        "our", "us", "you", "i", "other", "others", "etc", "more", "most", "both", "each", "all", "some", "many", "such", "so",
        "very", "further", "deepening", "deepen", "strengthening", "strengthen", "expanding", "expand", "promoting", "promote",
        "boosting", "boost", "enhancing", "enhance", "including", "between", "among", "with", "the", "a", "an", "ways", "how",
        "whether", "what", "where", "when", "why", "if", "then", "there", "here", "only", "well", "any", "every", "no", "day", "days",
        "resolving", "according", "reportedly", "respectively", "one", "ones",

        // Verbs that tell what the talks on a subject did: "Talks on the trade agreement began in January".
        "began", "begun", "begin", "begins", "started", "starts", "ended", "ends", "stalled", "resumed", "resume", "collapsed", "broke",

        // Verbs of the leaders that a list of subjects may run into: "discussed the livelihood of fishermen and agreed that ...".
        "agreed", "agree", "decided", "pledged", "vowed", "noted", "stressed", "welcomed", "expressed", "reaffirmed", "urged",
        "announced", "signed", "discussed", "exchanged", "underlined", "emphasized", "emphasised", "called",
    };

    /// <summary>
    /// Prepositions that open a phrase after the last item ("... the digital economy and green technology following a
    /// meeting between ...", "... and energy at the talks"): they end the item and the enumeration.
    /// </summary>
    public static readonly HashSet<string> Closers = new(StringComparer.OrdinalIgnoreCase)
    {
        "following", "after", "during", "at", "in", "on", "for", "from", "by", "before", "since", "under", "via", "through", "within",
    };

    /// <summary>Nouns that name no subject on their own ("areas", "issues").</summary>
    public static readonly HashSet<string> Generic = new(StringComparer.OrdinalIgnoreCase)
    {
        "areas", "area", "fields", "field", "issues", "issue", "sectors", "sector", "matters", "matter", "topics", "topic", "things",
        "subjects", "subject", "aspects", "domains", "spheres", "respects", "regard", "region", "world", "future", "way", "manner",
        "need", "use", "importance", "necessity", "attempt", "attempts", "effort", "efforts", "progress", "steps", "measures",
        "situation", "cooperation", "co-operation", "relations", "ties", "talks", "prospects", "prospect", "possibility",
        "possibilities", "options", "plans", "details", "state", "number", "range", "variety", "host", "array", "series", "project", "projects", "idea", "proposal",
    };

    /// <summary>Words of degree that make a generic noun no subject either ("deeper co-operation", "closer ties").</summary>
    public static readonly HashSet<string> Degree = new(StringComparer.OrdinalIgnoreCase)
    {
        "deeper", "closer", "greater", "further", "stronger", "broader", "wider", "more", "enhanced", "expanded", "strengthened",
    };

    /// <summary>Words of number, weight or time that do not make a generic noun a subject ("various fields", "several key areas", "the current state").</summary>
    public static readonly HashSet<string> Vague = new(StringComparer.OrdinalIgnoreCase)
    {
        "various", "several", "many", "numerous", "multiple", "diverse", "different", "other", "key", "major", "important",
        "relevant", "related", "specific", "certain", "broad", "wide", "wide-ranging", "new", "all", "some", "practical", "concrete",
        "current", "present", "overall",
    };

    /// <summary>Whether a word reads as an adjective by its ending ("regional", "economic", "elderly", "maritime").</summary>
    public static bool IsAdjective(string word) =>
        word.EndsWith("al", StringComparison.OrdinalIgnoreCase) || word.EndsWith("ic", StringComparison.OrdinalIgnoreCase)
        || word.EndsWith("ive", StringComparison.OrdinalIgnoreCase) || word.EndsWith("ous", StringComparison.OrdinalIgnoreCase)
        || word.EndsWith("ary", StringComparison.OrdinalIgnoreCase) || word.EndsWith("ern", StringComparison.OrdinalIgnoreCase)
        || word.EndsWith("ly", StringComparison.OrdinalIgnoreCase) || word.EndsWith("ime", StringComparison.OrdinalIgnoreCase);

    /// <summary>Whether an item may end before token <paramref name="k"/>: the sentence's end, a separator, a clause or a closing preposition.</summary>
    public static bool EndsItem(AnalyzedSentence s, int k) =>
        k >= s.Tokens.Count || s.IsAny(k, ".", ",", ";", ":", ")", "and", "or", "as", "amid", "while", "which", "that", "to") || Closers.Contains(s.Word(k));

    /// <summary>A capitalised word of no person, title, event or date: "Hindu" of "attacks on Hindu temples".</summary>
    public static bool IsOtherName(AnalyzedSentence s, int k) =>
        k < s.Tokens.Count && s.Tokens[k].Kind == TokenKind.Word && s.IsCapitalized(k)
        && s.MentionCovering(k, MentionKind.Leader, MentionKind.Title, MentionKind.Role, MentionKind.Pronoun, MentionKind.LeaderGroup,
            MentionKind.EventNoun, MentionKind.Series, MentionKind.Date, MentionKind.Document) is null;

    /// <summary>
    /// Whether token <paramref name="k"/> is a lower-case word that may be part of an item: no stop word or preposition,
    /// and no participle that opens a phrase of its own ("critical minerals used in batteries").
    /// </summary>
    public static bool IsItemWord(AnalyzedSentence s, int k) =>
        s.IsLowerCaseWord(k) && !Stops.Contains(s.Word(k)) && !Closers.Contains(s.Word(k)) && !Words.Prepositions.Contains(s.Word(k))
        && !OpensParticiplePhrase(s, k);

    /// <summary>Whether token <paramref name="k"/> is a participle that opens a phrase of its own ("used in", "based on").</summary>
    public static bool OpensParticiplePhrase(AnalyzedSentence s, int k) =>
        s.Word(k).EndsWith("ed", StringComparison.Ordinal) && Words.Prepositions.Contains(s.Word(k + 1));
}
