using RelationsGraph.Extraction.Reading;

namespace RelationsGraph.Extraction.Mentions;

/// <summary>
/// One sentence of an article with its tokens and mentions, and the small queries the resolver and the
/// relation rules ask of it (the word at a token, the mentions in a span).
/// </summary>
public sealed class AnalyzedSentence
{
    private readonly List<Mention> mentions;

    // The queries below index the tokens directly: every pattern and rule asks them for most tokens of a sentence. The
    // tokens, the word strings and the mentions by kind are the sentence's own arrays, or slices of a batch worker's
    // (a SentenceArena): the word strings start at firstWord of words, the kinds at firstKind of byKind.
    private readonly ArraySegment<Token> tokens;
    private readonly IReadOnlyList<Token> tokenList;
    private readonly int firstWord;
    private readonly int firstKind;
    private string?[]? words;
    private Mention[]?[]? byKind;

    /// <summary>
    /// At least the length of the longest mention the sentence has held: a mention that reaches an offset starts at
    /// most this far before it, so <see cref="Overlaps"/> and <see cref="MentionCovering"/> look only at the mentions
    /// that start within it, not at every mention before the offset.
    /// </summary>
    private int longest;

    internal AnalyzedSentence(string articleText, Sentence sentence, IReadOnlyList<Token> tokens)
    {
        ArticleText = articleText;
        Sentence = sentence;
        var array = tokens as Token[] ?? [.. tokens];
        this.tokens = array;
        tokenList = array;
        mentions = [];
    }

    /// <summary>A sentence whose tokens, word strings, mentions by kind and mention list are lent by <paramref name="arena"/>.</summary>
    internal AnalyzedSentence(string articleText, Sentence sentence, ReadOnlySpan<Token> tokens, SentenceArena arena)
    {
        ArticleText = articleText;
        Sentence = sentence;
        this.tokens = arena.Tokens(tokens);
        tokenList = this.tokens;
        (words, firstWord) = arena.Words(tokens.Length);
        (byKind, firstKind) = arena.Kinds();
        mentions = arena.Mentions();
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
    public IReadOnlyList<Token> Tokens => tokenList;

    /// <summary>The mentions, sorted by start and then by end (longest first).</summary>
    public IReadOnlyList<Mention> Mentions => mentions;

    /// <summary>
    /// <see cref="Mentions"/> for a <c>foreach</c> inside the library: a loop over the interface allocates an
    /// enumerator, and the resolver and rules loop over every sentence's mentions several times. Not to be held
    /// while mentions are added or removed.
    /// </summary>
    internal ReadOnlySpan<Mention> MentionSpan => System.Runtime.InteropServices.CollectionsMarshal.AsSpan(mentions);

    /// <summary>The text of token <paramref name="index"/>, or an empty string outside the sentence.</summary>
    public string Word(int index)
    {
        if (index < 0 || index >= tokens.Count)
        {
            return "";
        }

        // Rules ask for the same words many times; each token's string is looked up once, and shared between sentences.
        words ??= new string?[tokens.Count];
        return words[firstWord + index] ??= WordPool.Get(ArticleText.AsSpan(tokens[index].Start, tokens[index].Length));
    }

    /// <summary>Whether token <paramref name="index"/> is <paramref name="word"/>, ignoring case.</summary>
    public bool Is(int index, string word) =>
        (uint)index < (uint)tokens.Count && Matches(ArticleText.AsSpan(tokens[index].Start, tokens[index].Length), word);

    /// <summary>Whether token <paramref name="index"/> is one of <paramref name="words"/>, ignoring case.</summary>
    public bool IsAny(int index, params ReadOnlySpan<string> words)
    {
        if ((uint)index >= (uint)tokens.Count)
        {
            return false;
        }

        var token = ArticleText.AsSpan(tokens[index].Start, tokens[index].Length);
        foreach (var word in words)
        {
            if (Matches(token, word))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Whether the tokens from <paramref name="index"/> on are the words <paramref name="words"/>, in order, each a whole
    /// word token, compared ordinally (ignoring case when <paramref name="ignoreCase"/>).
    /// </summary>
    internal bool HasWordsAt(int index, string[] words, bool ignoreCase)
    {
        if (index < 0 || index + words.Length > tokens.Count)
        {
            return false;
        }

        var comparison = ignoreCase ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal;
        for (var w = 0; w < words.Length; w++)
        {
            var token = tokens[index + w];
            if (token.Kind != TokenKind.Word || !ArticleText.AsSpan(token.Start, token.Length).Equals(words[w], comparison))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Whether token <paramref name="index"/> is a word that starts with a capital letter.</summary>
    public bool IsCapitalized(int index) =>
        index >= 0 && index < tokens.Count && tokens[index].Kind == TokenKind.Word && char.IsUpper(ArticleText[tokens[index].Start]);

    /// <summary>Whether token <paramref name="index"/> is a word that starts with a lower-case letter.</summary>
    internal bool IsLowerCaseWord(int index) =>
        index >= 0 && index < tokens.Count && tokens[index].Kind == TokenKind.Word && char.IsLower(ArticleText[tokens[index].Start]);

    /// <summary>The index of the first token that starts at or after <paramref name="offset"/> (the token count when none does).</summary>
    public int TokenAt(int offset)
    {
        int lo = 0, hi = tokens.Count;
        while (lo < hi)
        {
            var mid = (lo + hi) / 2;
            if (tokens[mid].Start < offset)
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
        while (i >= 0 && tokens[i].End > offset)
        {
            i--;
        }

        return i;
    }

    /// <summary>The text between two offsets of the article.</summary>
    /// <remarks>
    /// Short texts come from the thread's <see cref="WordPool"/>: mentions and the words between them repeat from
    /// sentence to sentence ("China", "President", ", and"), and every mention keeps its text as long as its article.
    /// </remarks>
    public string Slice(int start, int end) => WordPool.Get(ArticleText.AsSpan(start, end - start));

    /// <summary>The mentions of <paramref name="kind"/>, in order.</summary>
    /// <remarks>
    /// The mentions of the kind when asked: an array kept until the sentence's mentions change (the finder and the
    /// resolver add and remove them; nothing else does), so asking again allocates nothing, and a kind the sentence
    /// lacks costs nothing at all. The resolver and the rules ask a sentence for its mentions of a kind hundreds of
    /// times per article, and most of those kinds are absent. The array is a snapshot, never changed afterwards: a
    /// loop over it may add and remove mentions of the sentence without copying it first.
    /// </remarks>
    public IEnumerable<Mention> MentionsOf(MentionKind kind) => ArrayOf(kind);

    /// <summary><see cref="MentionsOf"/> for a <c>foreach</c> inside the library, without an enumerator (see <see cref="MentionSpan"/>).</summary>
    internal ReadOnlySpan<Mention> MentionSpanOf(MentionKind kind) => ArrayOf(kind);

    /// <summary>The array behind <see cref="MentionsOf"/>.</summary>
    private Mention[] ArrayOf(MentionKind kind)
    {
        var index = (int)kind;
        if ((uint)index > (uint)MentionKind.Date)
        {
            return Collect(mentions, kind);
        }

        byKind ??= new Mention[]?[SentenceArena.KindSlots];
        return byKind[firstKind + index] ??= Collect(mentions, kind);
    }

    /// <summary>The mentions that lie inside <c>[start, end)</c>.</summary>
    public IEnumerable<Mention> MentionsIn(int start, int end) => In(mentions, start, end);

    /// <summary>The mention of one of <paramref name="kinds"/> that starts at token <paramref name="index"/>, if any (the longest).</summary>
    public Mention? MentionStartingAt(int index, params ReadOnlySpan<MentionKind> kinds)
    {
        if (index < 0 || index >= tokens.Count)
        {
            return null;
        }

        // Mentions are sorted by start: only those from the first that starts here on can.
        var start = tokens[index].Start;
        for (var i = FirstStartingAtOrAfter(start); i < mentions.Count && mentions[i].Start == start; i++)
        {
            if (kinds.Contains(mentions[i].Kind))
            {
                return mentions[i];
            }
        }

        return null;
    }

    /// <summary>The mention of one of <paramref name="kinds"/> that covers token <paramref name="index"/>, if any (the longest).</summary>
    public Mention? MentionCovering(int index, params ReadOnlySpan<MentionKind> kinds)
    {
        if (index < 0 || index >= tokens.Count)
        {
            return null;
        }

        // Only mentions that start at or before the token, and no further back than the longest mention, can cover it.
        var token = tokens[index];
        Mention? best = null;
        var stop = FirstStartingAtOrAfter(token.Start + 1);
        for (var i = FirstStartingAtOrAfter(token.End - longest); i < stop; i++)
        {
            var m = mentions[i];
            if (token.End <= m.End && kinds.Contains(m.Kind) && (best is null || m.End - m.Start > best.End - best.Start))
            {
                best = m;
            }
        }

        return best;
    }

    /// <summary>Whether a mention of one of <paramref name="kinds"/> overlaps <c>[start, end)</c>.</summary>
    public bool Overlaps(int start, int end, params ReadOnlySpan<MentionKind> kinds)
    {
        // Only mentions that start before end, and no further back from start than the longest mention, can overlap.
        var stop = FirstStartingAtOrAfter(end);
        for (var i = FirstStartingAtOrAfter(start - longest + 1); i < stop; i++)
        {
            var m = mentions[i];
            if (start < m.End && kinds.Contains(m.Kind))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether any mention, of whatever kind, overlaps <c>[start, end)</c>.</summary>
    public bool OverlapsAny(int start, int end)
    {
        var stop = FirstStartingAtOrAfter(end);
        for (var i = FirstStartingAtOrAfter(start - longest + 1); i < stop; i++)
        {
            if (start < mentions[i].End)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The index of the first mention that starts at or after <paramref name="offset"/> (the count when none does); mentions are sorted by start.</summary>
    private int FirstStartingAtOrAfter(int offset)
    {
        int lo = 0, hi = mentions.Count;
        while (lo < hi)
        {
            var mid = (lo + hi) >>> 1;
            if (mentions[mid].Start < offset)
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

    /// <summary>Adds a mention, keeping the order.</summary>
    internal void Add(Mention mention)
    {
        var i = mentions.Count;
        while (i > 0 && (mentions[i - 1].Start > mention.Start || (mentions[i - 1].Start == mention.Start && mentions[i - 1].End < mention.End)))
        {
            i--;
        }

        mentions.Insert(i, mention);
        longest = Math.Max(longest, mention.End - mention.Start);
        Changed();
    }

    /// <summary>Removes one mention (nothing when it is not this sentence's).</summary>
    /// <remarks>Rather than <see cref="RemoveAll"/> with a lambda over a token loop's local, whose closure every token pays.</remarks>
    internal void Remove(Mention mention)
    {
        if (mentions.Remove(mention))
        {
            Changed();
        }
    }

    /// <summary>Removes mentions matching <paramref name="predicate"/>.</summary>
    internal void RemoveAll(Predicate<Mention> predicate)
    {
        if (mentions.RemoveAll(predicate) > 0)
        {
            Changed();
        }
    }

    /// <summary>Forgets the mentions by kind that <see cref="MentionsOf"/> keeps: they are out of date.</summary>
    private void Changed()
    {
        if (byKind is not null)
        {
            Array.Clear(byKind, firstKind, SentenceArena.KindSlots);
        }
    }

    /// <summary>
    /// Case-insensitive equality of a token and a word. Patterns ask it of most tokens against lists of words that
    /// mostly differ in length, and ordinal case folding never changes a length: compare lengths first.
    /// </summary>
    private static bool Matches(ReadOnlySpan<char> token, string word) =>
        token.Length == word.Length && token.Equals(word, StringComparison.OrdinalIgnoreCase);

    /// <summary>The mentions of <paramref name="kind"/> in a new array (the shared empty one when there are none).</summary>
    private static Mention[] Collect(List<Mention> mentions, MentionKind kind)
    {
        var count = 0;
        foreach (var m in mentions)
        {
            if (m.Kind == kind)
            {
                count++;
            }
        }

        if (count == 0)
        {
            return [];
        }

        var found = new Mention[count];
        count = 0;
        foreach (var m in mentions)
        {
            if (m.Kind == kind)
            {
                found[count++] = m;
            }
        }

        return found;
    }

    private static IEnumerable<Mention> In(List<Mention> mentions, int start, int end)
    {
        foreach (var m in mentions)
        {
            if (m.Start >= start && m.End <= end)
            {
                yield return m;
            }
        }
    }

    /// <summary>A new mention of this sentence over <c>[start, end)</c>.</summary>
    internal Mention Create(MentionKind kind, int start, int end) => new(kind, Index, start, end, Slice(start, end));
}
