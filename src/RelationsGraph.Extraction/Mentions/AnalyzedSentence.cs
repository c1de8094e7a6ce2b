using RelationsGraph.Extraction.Reading;

namespace RelationsGraph.Extraction.Mentions;

/// <summary>
/// One sentence of an article with its tokens and mentions, and the small queries the resolver and the
/// relation rules ask of it (the word at a token, the mentions in a span).
/// </summary>
public sealed class AnalyzedSentence
{
    private readonly List<Mention> mentions = [];
    private string?[]? words;

    internal AnalyzedSentence(string articleText, Sentence sentence, IReadOnlyList<Token> tokens)
    {
        ArticleText = articleText;
        Sentence = sentence;
        Tokens = tokens;
    }

    /// <summary>The whole article text that offsets index.</summary>
    public string ArticleText { get; }

    /// <summary>The sentence.</summary>
    public Sentence Sentence { get; }

    /// <summary>The sentence's index in the article.</summary>
    public int Index => Sentence.Index;

    /// <summary>The first token of the story proper: past the dateline when the sentence opens with it, else 0.</summary>
    public int FirstBodyToken { get; internal set; }

    /// <summary>The tokens, in order.</summary>
    public IReadOnlyList<Token> Tokens { get; }

    /// <summary>The mentions, sorted by start and then by end (longest first).</summary>
    public IReadOnlyList<Mention> Mentions => mentions;

    /// <summary>The text of token <paramref name="index"/>, or an empty string outside the sentence.</summary>
    public string Word(int index)
    {
        if (index < 0 || index >= Tokens.Count)
        {
            return "";
        }

        // Rules ask for the same words many times; each token's string is made once.
        words ??= new string?[Tokens.Count];
        return words[index] ??= Tokens[index].Span(ArticleText).ToString();
    }

    /// <summary>Whether token <paramref name="index"/> is <paramref name="word"/>, ignoring case.</summary>
    public bool Is(int index, string word) =>
        index >= 0 && index < Tokens.Count && Tokens[index].Span(ArticleText).Equals(word, StringComparison.OrdinalIgnoreCase);

    /// <summary>Whether token <paramref name="index"/> is one of <paramref name="words"/>, ignoring case.</summary>
    public bool IsAny(int index, params ReadOnlySpan<string> words)
    {
        foreach (var word in words)
        {
            if (Is(index, word))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether token <paramref name="index"/> is a word that starts with a capital letter.</summary>
    public bool IsCapitalized(int index) =>
        index >= 0 && index < Tokens.Count && Tokens[index].Kind == TokenKind.Word && char.IsUpper(ArticleText[Tokens[index].Start]);

    /// <summary>The index of the first token that starts at or after <paramref name="offset"/> (the token count when none does).</summary>
    public int TokenAt(int offset)
    {
        int lo = 0, hi = Tokens.Count;
        while (lo < hi)
        {
            var mid = (lo + hi) / 2;
            if (Tokens[mid].Start < offset)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }

        return lo;
    }

    /// <summary>The index of the last token that ends at or before <paramref name="offset"/> (-1 when none does).</summary>
    public int TokenEndingAt(int offset)
    {
        var i = TokenAt(offset) - 1;
        while (i >= 0 && Tokens[i].End > offset)
        {
            i--;
        }

        return i;
    }

    /// <summary>The text between two offsets of the article.</summary>
    public string Slice(int start, int end) => ArticleText[start..end];

    /// <summary>The mentions of <paramref name="kind"/>.</summary>
    public IEnumerable<Mention> MentionsOf(MentionKind kind) => mentions.Where(m => m.Kind == kind);

    /// <summary>The mentions that lie inside <c>[start, end)</c>.</summary>
    public IEnumerable<Mention> MentionsIn(int start, int end) => mentions.Where(m => m.Start >= start && m.End <= end);

    /// <summary>The mention of one of <paramref name="kinds"/> that starts at token <paramref name="index"/>, if any (the longest).</summary>
    public Mention? MentionStartingAt(int index, params ReadOnlySpan<MentionKind> kinds)
    {
        if (index < 0 || index >= Tokens.Count)
        {
            return null;
        }

        var start = Tokens[index].Start;
        foreach (var m in mentions)
        {
            if (m.Start == start && kinds.Contains(m.Kind))
            {
                return m;
            }
        }

        return null;
    }

    /// <summary>The mention of one of <paramref name="kinds"/> that covers token <paramref name="index"/>, if any (the longest).</summary>
    public Mention? MentionCovering(int index, params ReadOnlySpan<MentionKind> kinds)
    {
        if (index < 0 || index >= Tokens.Count)
        {
            return null;
        }

        var token = Tokens[index];
        Mention? best = null;
        foreach (var m in mentions)
        {
            if (m.Start <= token.Start && token.End <= m.End && kinds.Contains(m.Kind) && (best is null || m.End - m.Start > best.End - best.Start))
            {
                best = m;
            }
        }

        return best;
    }

    /// <summary>Whether a mention of one of <paramref name="kinds"/> overlaps <c>[start, end)</c>.</summary>
    public bool Overlaps(int start, int end, params ReadOnlySpan<MentionKind> kinds)
    {
        foreach (var m in mentions)
        {
            if (m.Start < end && start < m.End && kinds.Contains(m.Kind))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Adds a mention, keeping the order.</summary>
    internal void Add(Mention mention)
    {
        var i = mentions.Count;
        while (i > 0 && (mentions[i - 1].Start > mention.Start || (mentions[i - 1].Start == mention.Start && mentions[i - 1].End < mention.End)))
        {
            i--;
        }

        mentions.Insert(i, mention);
    }

    /// <summary>Removes mentions matching <paramref name="predicate"/>.</summary>
    internal void RemoveAll(Predicate<Mention> predicate) => mentions.RemoveAll(predicate);

    /// <summary>A new mention of this sentence over <c>[start, end)</c>.</summary>
    internal Mention Create(MentionKind kind, int start, int end) => new(kind, Index, start, end, ArticleText[start..end]);
}
