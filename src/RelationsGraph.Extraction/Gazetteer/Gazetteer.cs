namespace RelationsGraph.Extraction.Gazetteer;

/// <summary>
/// Finds every known surface form in a text in one pass, with an Aho–Corasick automaton over folded
/// characters. Build one with <see cref="GazetteerBuilder{T}"/>.
/// </summary>
/// <typeparam name="T">The payload type (an entity id, a node, ...).</typeparam>
/// <remarks>
/// <para>
/// The text is folded one character at a time as it is read (curly apostrophes to <c>'</c>, dash
/// variants to <c>-</c>, white space to a space, and ASCII and other letters to lower case for the
/// case-insensitive forms), so folding never shifts an offset: matches index the original text.
/// Case-sensitive forms run in a second automaton fed in the same pass.
/// </para>
/// <para>
/// Of all raw matches, only whole-word ones are kept: a match that begins (ends) with a letter or digit
/// must not have a letter or digit just before (after) it, so <c>Xi</c> is not found inside
/// <c>Xinhua</c>. Chinese and Japanese characters need no boundary.
/// </para>
/// <para>
/// Overlaps are then resolved leftmost-longest: scanning from the left, the match that starts first is
/// kept, the longest of those starting at the same place, and every match overlapping a kept one is
/// dropped. A match contained in a longer match is therefore never reported (<c>Treaty</c> inside
/// <c>Treaty of Peace and Friendship</c>), and of two partly overlapping matches the one further left
/// wins. A form must be spelled in the text with single spaces where it has spaces.
/// </para>
/// <para>
/// Search costs O(n + m·log L) for a text of n characters with m raw matches and a longest form of L
/// characters. Instances are immutable and safe to share between threads.
/// </para>
/// </remarks>
public sealed class Gazetteer<T>
{
    private readonly GazetteerPatterns<T>? _insensitive;
    private readonly GazetteerPatterns<T>? _sensitive;

    internal Gazetteer(GazetteerPatterns<T>? insensitive, GazetteerPatterns<T>? sensitive, int entryCount)
    {
        _insensitive = insensitive;
        _sensitive = sensitive;
        EntryCount = entryCount;
    }

    /// <summary>Number of (surface form, payload) pairs the gazetteer was built from.</summary>
    public int EntryCount { get; }

    /// <summary>Finds all whole-word, leftmost-longest matches in <paramref name="text"/>.</summary>
    /// <param name="text">The text to search.</param>
    /// <returns>Non-overlapping matches sorted by start offset.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    public IReadOnlyList<GazetteerMatch<T>> FindAll(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return FindAll(text, 0, text.Length);
    }

    /// <summary>
    /// Finds all whole-word, leftmost-longest matches inside <c>text[start..(start + length)]</c>, for
    /// example one sentence of an article. Offsets index the whole <paramref name="text"/>, and word
    /// boundaries look at the characters just outside the range.
    /// </summary>
    /// <param name="text">The whole text.</param>
    /// <param name="start">Offset where the search starts.</param>
    /// <param name="length">Number of characters to search.</param>
    /// <returns>Non-overlapping matches sorted by start offset.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The range is not inside <paramref name="text"/>.</exception>
    public IReadOnlyList<GazetteerMatch<T>> FindAll(string text, int start, int length)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentOutOfRangeException.ThrowIfNegative(start);
        ArgumentOutOfRangeException.ThrowIfNegative(length);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(length, text.Length - start);

        var selector = new MatchSelector<T>(MaxPatternLength);
        Scan(text, start, length, selector);
        return selector.ToMatches();
    }

    /// <summary>The longest surface form, folded.</summary>
    internal int MaxPatternLength => Math.Max(_insensitive?.MaxPatternLength ?? 0, _sensitive?.MaxPatternLength ?? 0);

    /// <summary>The payload lists of every pattern, as matches report them (a match found by both automata merges two).</summary>
    internal IEnumerable<IReadOnlyList<T>> PayloadLists =>
        (_insensitive?.PayloadLists ?? []).Concat(_sensitive?.PayloadLists ?? []);

    /// <summary>
    /// Offers every whole-word match inside <c>text[start..(start + length)]</c> to <paramref name="selector"/>, which
    /// must be empty and sized for <see cref="MaxPatternLength"/>; lets a caller reuse one selector for many searches.
    /// </summary>
    internal void Scan(string text, int start, int length, MatchSelector<T> selector)
    {
        // Both automata read each character in turn, so the selector is offered matches in order of their ends.
        var insensitive = _insensitive?.Automaton;
        var sensitive = _sensitive?.Automaton;
        var insensitiveState = 0;
        var sensitiveState = 0;
        var end = start + length;
        for (var i = start; i < end; i++)
        {
            var c = text[i];
            if (insensitive is not null)
            {
                insensitiveState = insensitive.Step(insensitiveState, c);
                if (insensitive.FirstOutput(insensitiveState) >= 0)
                {
                    Report(_insensitive!, insensitiveState, text, i + 1, selector);
                }
            }

            if (sensitive is not null)
            {
                sensitiveState = sensitive.Step(sensitiveState, c);
                if (sensitive.FirstOutput(sensitiveState) >= 0)
                {
                    Report(_sensitive!, sensitiveState, text, i + 1, selector);
                }
            }
        }
    }

    private static void Report(GazetteerPatterns<T> patterns, int state, string text, int end, MatchSelector<T> selector)
    {
        var automaton = patterns.Automaton;
        for (var output = automaton.FirstOutput(state); output >= 0; output = automaton.NextOutput(output))
        {
            var pattern = automaton.PatternAt(output);
            var start = end - automaton.PatternLength(pattern);
            if (WordBoundary.IsWholeWord(text, start, end))
            {
                selector.Offer(start, end, patterns.PayloadsOf(pattern));
            }
        }
    }
}
