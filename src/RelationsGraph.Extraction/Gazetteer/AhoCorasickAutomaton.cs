namespace RelationsGraph.Extraction.Gazetteer;

/// <summary>
/// An immutable Aho–Corasick automaton over classes of characters, compiled so that reading a character is, in the
/// states a text visits most, two array lookups.
/// </summary>
/// <remarks>
/// <para>
/// Characters are mapped to classes once, through the fold the patterns were built with: class 0 is every
/// character that no pattern contains (it always leads back to the root), classes 1 to n are the n distinct
/// characters of the folded patterns.
/// </para>
/// <para>
/// States are numbered breadth first. The first states, as many as the dense table's size limit allows (every state
/// of the bundled knowledge base's gazetteers), have a full row of n + 1 transitions with failure links already
/// followed. The deeper states beyond it keep only their children and follow failure links, which always lead to
/// shallower states and so reach the dense rows. <see cref="Step"/> is O(1) per character for dense states and
/// amortised O(1) otherwise; listing the patterns that end at a state with <see cref="FirstOutput"/> and
/// <see cref="NextOutput"/> costs O(1) per pattern listed.
/// </para>
/// </remarks>
internal sealed class AhoCorasickAutomaton
{
    /// <summary>The class of every UTF-16 code unit, after folding.</summary>
    private readonly ushort[] _classOf;

    private readonly int _width;
    private readonly int _denseStates;

    /// <summary>Transitions of the dense states: <c>_delta[state * _width + class]</c>.</summary>
    private readonly int[] _delta;

    private readonly Trie _trie;
    private readonly int[] _fail;
    private readonly int[] _outputLink;

    /// <summary>The first state, along the dictionary-suffix chain, whose node ends a pattern, or -1.</summary>
    private readonly int[] _firstOutput;

    /// <summary>Computes the failure and output links of <paramref name="trie"/> and the dense rows of its first states.</summary>
    /// <param name="trie">The trie, states numbered breadth first, children by class.</param>
    /// <param name="classOf">The class of every UTF-16 code unit (65,536 entries).</param>
    /// <param name="width">The number of classes, class 0 included.</param>
    /// <param name="denseStates">How many of the first states get a dense row (at least the root).</param>
    internal AhoCorasickAutomaton(Trie trie, ushort[] classOf, int width, int denseStates)
    {
        var count = trie.Pattern.Length;
        _trie = trie;
        _classOf = classOf;
        _width = width;
        _denseStates = Math.Clamp(denseStates, 1, count);
        _delta = new int[checked(_denseStates * width)];
        _fail = new int[count];
        _outputLink = new int[count];
        _firstOutput = new int[count];
        Array.Fill(_outputLink, -1);

        // In breadth-first order a state's failure target has a smaller number, so its row and links are complete by
        // then: a dense state inherits its target's row and overwrites the classes of its own children.
        for (var state = 0; state < count; state++)
        {
            if (state != 0 && state < _denseStates)
            {
                Array.Copy(_delta, _fail[state] * width, _delta, state * width, width);
            }

            for (var k = trie.ChildStart[state]; k < trie.ChildStart[state + 1]; k++)
            {
                var child = trie.ChildTargets[k];
                if (state < _denseStates)
                {
                    _delta[(state * width) + trie.ChildClasses[k]] = child;
                }

                // The longest proper suffix of the child's string that is in the trie: from the root, nothing shorter.
                var fail = state == 0 ? 0 : Transition(_fail[state], trie.ChildClasses[k]);
                _fail[child] = fail;
                _outputLink[child] = trie.Pattern[fail] >= 0 ? fail : _outputLink[fail];
            }

            _firstOutput[state] = trie.Pattern[state] >= 0 ? state : _outputLink[state];
        }
    }

    /// <summary>Number of distinct patterns.</summary>
    public int PatternCount => _trie.PatternLength.Length;

    /// <summary>Number of states (trie nodes), the root included.</summary>
    public int StateCount => _trie.Pattern.Length;

    /// <summary>Number of states with a dense row of transitions.</summary>
    public int DenseStateCount => _denseStates;

    /// <summary>Length of the longest pattern, in characters.</summary>
    public int MaxPatternLength { get; init; }

    /// <summary>The state after reading the text character <paramref name="c"/> (not yet folded) in <paramref name="state"/>.</summary>
    public int Step(int state, char c) => Transition(state, _classOf[c]);

    /// <summary>The first state, following dictionary-suffix links, that ends a pattern; -1 when none does.</summary>
    public int FirstOutput(int state) => _firstOutput[state];

    /// <summary>The next output state after <paramref name="outputState"/> on its dictionary-suffix chain, or -1.</summary>
    public int NextOutput(int outputState) => _outputLink[outputState];

    /// <summary>The pattern id that ends at <paramref name="outputState"/>.</summary>
    public int PatternAt(int outputState) => _trie.Pattern[outputState];

    /// <summary>The length of pattern <paramref name="pattern"/>.</summary>
    public int PatternLength(int pattern) => _trie.PatternLength[pattern];

    private int Transition(int state, ushort characterClass)
    {
        while (state >= _denseStates)
        {
            var child = _trie.Child(state, characterClass);
            if (child >= 0)
            {
                return child;
            }

            state = _fail[state];
        }

        return _delta[(state * _width) + characterClass];
    }

    /// <summary>A trie whose states are numbered breadth first, the root 0, with each state's children sorted by class.</summary>
    /// <param name="ChildStart">State s's children are entries <c>ChildStart[s]</c> to <c>ChildStart[s + 1]</c> (exclusive).</param>
    /// <param name="ChildClasses">The class of each child's character, ascending within a state.</param>
    /// <param name="ChildTargets">Each child's state.</param>
    /// <param name="Pattern">The pattern each state ends, or -1.</param>
    /// <param name="PatternLength">The length of each pattern.</param>
    internal sealed record Trie(int[] ChildStart, ushort[] ChildClasses, int[] ChildTargets, int[] Pattern, int[] PatternLength)
    {
        /// <summary>The child of <paramref name="state"/> for <paramref name="characterClass"/>, or -1.</summary>
        public int Child(int state, ushort characterClass)
        {
            var lo = ChildStart[state];
            var found = Array.BinarySearch(ChildClasses, lo, ChildStart[state + 1] - lo, characterClass);
            return found >= 0 ? ChildTargets[found] : -1;
        }
    }
}
