namespace RelationsGraph.Extraction.Mentions;

/// <summary>
/// Storage that the sentences of one article borrow in a batch, reused for the next article of the same worker: the
/// tokens, the cache of word strings, the table of mentions by kind and the mention lists of every sentence, which
/// were otherwise allocated for each sentence and dropped with it (about an eighth of what a batch allocated).
/// </summary>
/// <remarks>
/// <para>
/// Only <see cref="Pipeline.GraphExtractor.ExtractBatch"/> and <see cref="Pipeline.GraphExtractor.ExtractAll"/> use
/// it, where no sentence leaves the extractor: once an article's rules have run, nothing reads its sentences again,
/// and <see cref="Reset"/> hands their storage to the next article. <see cref="Pipeline.GraphExtractor.Extract(Reading.ArticleText)"/>
/// gives its sentences to the caller, so they keep storage of their own.
/// </para>
/// <para>
/// One arena per worker of a batch, used by one thread at a time. An array that is full is replaced by a larger one
/// rather than copied: the sentences that hold slices of the old one keep it until they go. <see cref="Reset"/>
/// clears every reference the arena was given, so that an arena promoted to an older generation during a long batch
/// keeps no mention of a finished article alive through the collections that follow.
/// </para>
/// </remarks>
internal sealed class SentenceArena
{
    /// <summary>The slots of a sentence's table of mentions by kind: one for each kind up to <see cref="MentionKind.Date"/>.</summary>
    public const int KindSlots = (int)MentionKind.Date + 1;

    /// <summary>Room for the tokens of an article of about 1,500 words; the arrays stay below the large-object threshold.</summary>
    private const int FirstTokens = 2048;

    private const int FirstSentences = 128;

    private readonly List<List<Mention>> lists = [];
    private Token[] tokens = new Token[FirstTokens];
    private string?[] words = new string?[FirstTokens];
    private Mention[]?[] byKind = new Mention[]?[FirstSentences * KindSlots];
    private int tokensUsed;
    private int wordsUsed;
    private int byKindUsed;
    private int listsUsed;

    /// <summary>A copy of <paramref name="source"/> in the arena.</summary>
    public ArraySegment<Token> Tokens(ReadOnlySpan<Token> source)
    {
        if (tokensUsed + source.Length > tokens.Length)
        {
            tokens = new Token[Math.Max(2 * tokens.Length, source.Length)];
            tokensUsed = 0;
        }

        var slice = new ArraySegment<Token>(tokens, tokensUsed, source.Length);
        source.CopyTo(slice);
        tokensUsed += source.Length;
        return slice;
    }

    /// <summary><paramref name="count"/> empty slots for a sentence's word strings: an array and the first slot's index.</summary>
    public (string?[] Array, int Offset) Words(int count)
    {
        if (wordsUsed + count > words.Length)
        {
            words = new string?[Math.Max(2 * words.Length, count)];
            wordsUsed = 0;
        }

        var offset = wordsUsed;
        wordsUsed += count;
        return (words, offset);
    }

    /// <summary><see cref="KindSlots"/> empty slots for a sentence's mentions by kind: an array and the first slot's index.</summary>
    public (Mention[]?[] Array, int Offset) Kinds()
    {
        if (byKindUsed + KindSlots > byKind.Length)
        {
            byKind = new Mention[]?[2 * byKind.Length];
            byKindUsed = 0;
        }

        var offset = byKindUsed;
        byKindUsed += KindSlots;
        return (byKind, offset);
    }

    /// <summary>An empty list for a sentence's mentions, with the room an earlier sentence's list grew to.</summary>
    public List<Mention> Mentions()
    {
        if (listsUsed == lists.Count)
        {
            lists.Add([]);
        }

        return lists[listsUsed++];
    }

    /// <summary>Takes back everything lent since the last reset, for the next article: the sentences that borrowed it must not be read again.</summary>
    public void Reset()
    {
        Array.Clear(words, 0, wordsUsed);
        Array.Clear(byKind, 0, byKindUsed);
        for (var i = 0; i < listsUsed; i++)
        {
            lists[i].Clear();
        }

        tokensUsed = 0;
        wordsUsed = 0;
        byKindUsed = 0;
        listsUsed = 0;
    }
}
