using RelationsGraph.Extraction.Text;

namespace RelationsGraph.Extraction.Gazetteer;

/// <summary>One automaton (case-folded or case-sensitive) with the payloads of each of its patterns.</summary>
internal sealed class GazetteerPatterns<T>(AhoCorasickAutomaton automaton, IReadOnlyList<T>[] payloads, bool foldCase)
{
    public AhoCorasickAutomaton Automaton { get; } = automaton;

    public int MaxPatternLength => Automaton.MaxPatternLength;

    /// <summary>Folds one text character the way this automaton's patterns were folded.</summary>
    public char Fold(char c) => foldCase ? CharFolding.Fold(c) : CharFolding.NormalizePunctuation(c);

    public IReadOnlyList<T> PayloadsOf(int pattern) => payloads[pattern];

    public IReadOnlyList<IReadOnlyList<T>> PayloadLists => payloads;
}
