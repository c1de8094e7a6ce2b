namespace RelationsGraph.Extraction.Gazetteer;

/// <summary>One automaton (case-folded or case-sensitive) with the payloads of each of its patterns.</summary>
/// <remarks>The automaton folds text characters itself, the way its patterns were folded.</remarks>
internal sealed class GazetteerPatterns<T>(AhoCorasickAutomaton automaton, IReadOnlyList<T>[] payloads)
{
    public AhoCorasickAutomaton Automaton { get; } = automaton;

    public int MaxPatternLength => Automaton.MaxPatternLength;

    public IReadOnlyList<T> PayloadsOf(int pattern) => payloads[pattern];

    public IReadOnlyList<IReadOnlyList<T>> PayloadLists => payloads;
}
