namespace RelationsGraph.Extraction.Gazetteer;

/// <summary>
/// An immutable Aho–Corasick automaton: a trie of patterns with failure links and dictionary-suffix
/// links, its transitions stored as sorted arrays (compressed sparse rows).
/// </summary>
/// <remarks>
/// Walking a text with <see cref="Next"/> is amortised O(1) per character; listing the patterns that end
/// at a state with <see cref="FirstOutput"/> and <see cref="NextOutput"/> costs O(1) per pattern listed.
/// </remarks>
internal sealed class AhoCorasickAutomaton
{
    private const int LinearScanLimit = 8;

    private readonly int[] _childStart;
    private readonly char[] _childChars;
    private readonly int[] _childTargets;
    private readonly int[] _fail;
    private readonly int[] _pattern;
    private readonly int[] _outputLink;
    private readonly int[] _patternLength;
    private readonly int[] _rootAscii;

    internal AhoCorasickAutomaton(
        int[] childStart, char[] childChars, int[] childTargets, int[] fail, int[] pattern, int[] outputLink, int[] patternLength)
    {
        _childStart = childStart;
        _childChars = childChars;
        _childTargets = childTargets;
        _fail = fail;
        _pattern = pattern;
        _outputLink = outputLink;
        _patternLength = patternLength;
        _rootAscii = new int[128];
        for (var k = childStart[0]; k < childStart[1]; k++)
        {
            if (childChars[k] < 128)
            {
                _rootAscii[childChars[k]] = childTargets[k];
            }
        }
    }

    /// <summary>Number of distinct patterns.</summary>
    public int PatternCount => _patternLength.Length;

    /// <summary>Length of the longest pattern.</summary>
    public int MaxPatternLength { get; init; }

    /// <summary>The state reached from <paramref name="state"/> by reading <paramref name="c"/> (0 is the root).</summary>
    public int Next(int state, char c)
    {
        while (true)
        {
            var target = Goto(state, c);
            if (target >= 0)
            {
                return target;
            }

            if (state == 0)
            {
                return 0;
            }

            state = _fail[state];
        }
    }

    /// <summary>The first state at or below <paramref name="state"/> on the failure chain that ends a pattern, or -1.</summary>
    public int FirstOutput(int state) => _pattern[state] >= 0 ? state : _outputLink[state];

    /// <summary>The next state on the failure chain after <paramref name="outputState"/> that ends a pattern, or -1.</summary>
    public int NextOutput(int outputState) => _outputLink[outputState];

    /// <summary>The pattern that ends at an output state.</summary>
    public int PatternAt(int outputState) => _pattern[outputState];

    /// <summary>The length of a pattern.</summary>
    public int PatternLength(int pattern) => _patternLength[pattern];

    private int Goto(int state, char c)
    {
        if (state == 0 && c < 128)
        {
            var root = _rootAscii[c];
            return root == 0 ? -1 : root;
        }

        var lo = _childStart[state];
        var hi = _childStart[state + 1];
        if (hi - lo <= LinearScanLimit)
        {
            for (var k = lo; k < hi; k++)
            {
                if (_childChars[k] == c)
                {
                    return _childTargets[k];
                }
            }

            return -1;
        }

        var index = Array.BinarySearch(_childChars, lo, hi - lo, c);
        return index >= 0 ? _childTargets[index] : -1;
    }
}
