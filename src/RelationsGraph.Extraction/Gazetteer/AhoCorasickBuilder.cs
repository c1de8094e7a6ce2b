namespace RelationsGraph.Extraction.Gazetteer;

/// <summary>Builds an <see cref="AhoCorasickAutomaton"/> in time linear in the total pattern length.</summary>
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

    /// <summary>Computes failure and output links by breadth-first search and freezes the trie.</summary>
    public AhoCorasickAutomaton Build()
    {
        var count = _pattern.Count;
        var fail = new int[count];
        var outputLink = new int[count];
        Array.Fill(outputLink, -1);
        var queue = new Queue<int>();
        queue.Enqueue(0);
        while (queue.Count > 0)
        {
            var parent = queue.Dequeue();
            for (var child = _firstChild[parent]; child >= 0; child = _nextSibling[child])
            {
                fail[child] = parent == 0 ? 0 : FailTarget(fail, fail[parent], _label[child]);
                var suffix = fail[child];
                outputLink[child] = _pattern[suffix] >= 0 ? suffix : outputLink[suffix];
                queue.Enqueue(child);
            }
        }

        return Freeze(fail, outputLink);
    }

    private int FailTarget(int[] fail, int state, char c)
    {
        while (true)
        {
            if (_edges.TryGetValue(Key(state, c), out var target))
            {
                return target;
            }

            if (state == 0)
            {
                return 0;
            }

            state = fail[state];
        }
    }

    private AhoCorasickAutomaton Freeze(int[] fail, int[] outputLink)
    {
        var count = _pattern.Count;
        var childStart = new int[count + 1];
        for (var node = 0; node < count; node++)
        {
            var children = 0;
            for (var child = _firstChild[node]; child >= 0; child = _nextSibling[child])
            {
                children++;
            }

            childStart[node + 1] = childStart[node] + children;
        }

        var chars = new char[count - 1];
        var targets = new int[chars.Length];
        for (var node = 0; node < count; node++)
        {
            var k = childStart[node];
            for (var child = _firstChild[node]; child >= 0; child = _nextSibling[child])
            {
                chars[k] = _label[child];
                targets[k] = child;
                k++;
            }

            Array.Sort(chars, targets, childStart[node], childStart[node + 1] - childStart[node]);
        }

        var maxLength = 0;
        foreach (var length in _patternLength)
        {
            maxLength = Math.Max(maxLength, length);
        }

        return new AhoCorasickAutomaton(childStart, chars, targets, fail, [.. _pattern], outputLink, [.. _patternLength])
        {
            MaxPatternLength = maxLength,
        };
    }

    private static long Key(int node, char c) => ((long)node << 16) | c;
}
