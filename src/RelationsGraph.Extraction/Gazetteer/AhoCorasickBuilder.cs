namespace RelationsGraph.Extraction.Gazetteer;

/// <summary>
/// Builds an <see cref="AhoCorasickAutomaton"/>: a trie in time linear in the total pattern length, then the deterministic
/// automaton in time and space proportional to the trie's nodes times its distinct characters.
/// </summary>
internal sealed class AhoCorasickBuilder
{
    private readonly Dictionary<long, int> _edges = [];
    private readonly List<int> _firstChild = [-1];
    private readonly List<int> _nextSibling = [-1];
    private readonly List<char> _label = ['\0'];
    private readonly List<int> _pattern = [-1];
    private readonly List<int> _patternLength = [];

    /// <summary>Number of distinct patterns added so far.</summary>
    public int PatternCount => _patternLength.Count;

    /// <summary>Adds a pattern (already folded) and returns its id; adding the same string twice returns the same id.</summary>
    public int Add(string pattern)
    {
        var node = 0;
        foreach (var c in pattern)
        {
            var key = Key(node, c);
            if (!_edges.TryGetValue(key, out var child))
            {
                child = _pattern.Count;
                _pattern.Add(-1);
                _firstChild.Add(-1);
                _label.Add(c);
                _nextSibling.Add(_firstChild[node]);
                _firstChild[node] = child;
                _edges.Add(key, child);
            }

            node = child;
        }

        if (_pattern[node] < 0)
        {
            _pattern[node] = _patternLength.Count;
            _patternLength.Add(pattern.Length);
        }

        return _pattern[node];
    }

    /// <summary>The most transition cells (states times character classes) an automaton keeps in its dense table: 16 MB.</summary>
    public const int DefaultMaxDenseCells = 1 << 22;

    /// <summary>
    /// Computes failure and output links by breadth-first search and compiles the trie into an automaton whose
    /// transitions read text characters through <paramref name="fold"/>, the fold the patterns were added with.
    /// </summary>
    /// <param name="fold">Maps a text character to the form the patterns use (case and punctuation folding).</param>
    /// <param name="maxDenseCells">
    /// The size limit of the dense transition table: states are numbered breadth first, and those whose rows do not fit
    /// (the deepest, where a text rarely goes) keep sparse transitions and follow failure links.
    /// </param>
    public AhoCorasickAutomaton Build(Func<char, char> fold, int maxDenseCells = DefaultMaxDenseCells)
    {
        ArgumentNullException.ThrowIfNull(fold);
        ArgumentOutOfRangeException.ThrowIfNegative(maxDenseCells);
        var count = _pattern.Count;

        // Class 0 is every character no pattern contains; classes 1..n are the patterns' distinct characters.
        var alphabet = _label.Skip(1).Distinct().Order().ToArray();
        var classOfLabel = new Dictionary<char, ushort>(alphabet.Length);
        for (var i = 0; i < alphabet.Length; i++)
        {
            classOfLabel.Add(alphabet[i], checked((ushort)(i + 1)));
        }

        var classOf = new ushort[char.MaxValue + 1];
        for (var c = 0; c <= char.MaxValue; c++)
        {
            classOf[c] = classOfLabel.GetValueOrDefault(fold((char)c));
        }

        // Number the states breadth first, so that a state's failure target, being shallower, has a smaller number,
        // and the shallow states a text visits most get the dense rows.
        var order = new int[count];
        var number = new int[count];
        var next = 1;
        for (var head = 0; head < next; head++)
        {
            for (var child = _firstChild[order[head]]; child >= 0; child = _nextSibling[child])
            {
                number[child] = next;
                order[next++] = child;
            }
        }

        // Children by class in ascending order: compressed sparse rows in the new numbering.
        var childStart = new int[count + 1];
        var childClasses = new ushort[count - 1];
        var childTargets = new int[count - 1];
        for (var state = 0; state < count; state++)
        {
            var k = childStart[state];
            for (var child = _firstChild[order[state]]; child >= 0; child = _nextSibling[child])
            {
                childClasses[k] = classOfLabel[_label[child]];
                childTargets[k] = number[child];
                k++;
            }

            childStart[state + 1] = k;
            Array.Sort(childClasses, childTargets, childStart[state], k - childStart[state]);
        }

        var width = alphabet.Length + 1;
        var denseStates = (int)Math.Min(count, Math.Max(1L, maxDenseCells / width));
        var pattern = new int[count];
        var maxLength = 0;
        for (var state = 0; state < count; state++)
        {
            pattern[state] = _pattern[order[state]];
            maxLength = Math.Max(maxLength, pattern[state] < 0 ? 0 : _patternLength[pattern[state]]);
        }

        var trie = new AhoCorasickAutomaton.Trie(childStart, childClasses, childTargets, pattern, [.. _patternLength]);
        return new AhoCorasickAutomaton(trie, classOf, width, denseStates) { MaxPatternLength = maxLength };
    }

    private static long Key(int node, char c) => ((long)node << 16) | c;
}
