namespace RelationsGraph.Extraction.Gazetteer;

/// <summary>
/// Keeps the leftmost-longest set of non-overlapping matches while candidates stream in by
/// non-decreasing end offset (the order an Aho–Corasick scan produces them in).
/// </summary>
/// <remarks>
/// The kept matches form a stack sorted by offset. A candidate that overlaps a kept match starting
/// further left is dropped; a candidate that starts at or left of every kept match it overlaps
/// contains them all (its end is the largest so far), so they are replaced by it. A candidate with
/// exactly the span of a kept match adds its payloads to it. Each candidate costs O(log L) for the
/// overlap search (L the longest pattern) plus amortised O(1) for the stack.
/// </remarks>
internal sealed class MatchSelector<T>
{
    private readonly List<Kept> _kept = [];
    private int _maxLength;

    /// <param name="maxLength">The longest candidate length; bounds the overlap search.</param>
    public MatchSelector(int maxLength) => _maxLength = maxLength;

    /// <summary>How many matches are kept.</summary>
    public int Count => _kept.Count;

    /// <summary>The kept match <paramref name="index"/>, in order of offset.</summary>
    public Kept this[int index] => _kept[index];

    /// <summary>Forgets every match, so that one selector can serve many searches without allocating.</summary>
    /// <param name="maxLength">The longest candidate length of the next search.</param>
    public void Reset(int maxLength)
    {
        _kept.Clear();
        _maxLength = maxLength;
    }

    public void Offer(int start, int end, IReadOnlyList<T> payloads)
    {
        var first = FirstOverlapping(start);
        if (first == _kept.Count)
        {
            _kept.Add(new Kept(start, end, payloads));
            return;
        }

        var overlapped = _kept[first];
        if (overlapped.Start < start)
        {
            return;
        }

        if (overlapped.Start == start && overlapped.End == end)
        {
            _kept[first] = overlapped with { Payloads = Merge(overlapped.Payloads, payloads) };
            return;
        }

        _kept.RemoveRange(first, _kept.Count - first);
        _kept.Add(new Kept(start, end, payloads));
    }

    public IReadOnlyList<GazetteerMatch<T>> ToMatches()
    {
        var matches = new GazetteerMatch<T>[_kept.Count];
        for (var i = 0; i < matches.Length; i++)
        {
            var kept = _kept[i];
            matches[i] = new GazetteerMatch<T>(kept.Start, kept.End - kept.Start, kept.Payloads);
        }

        return matches;
    }

    private int FirstOverlapping(int start)
    {
        // Kept ends are increasing: find the first kept match whose end lies after start. Only the
        // last maxLength + 1 kept matches can (they are disjoint, and all but one lie inside the candidate).
        var hi = _kept.Count;
        var lo = Math.Max(0, hi - _maxLength - 1);
        while (lo < hi)
        {
            var mid = lo + ((hi - lo) / 2);
            if (_kept[mid].End > start)
            {
                hi = mid;
            }
            else
            {
                lo = mid + 1;
            }
        }

        return lo;
    }

    private static System.Collections.ObjectModel.ReadOnlyCollection<T> Merge(IReadOnlyList<T> first, IReadOnlyList<T> second)
    {
        var merged = new List<T>(first.Count + second.Count);
        merged.AddRange(first);
        var comparer = EqualityComparer<T>.Default;
        foreach (var payload in second)
        {
            var seen = false;
            foreach (var existing in merged)
            {
                if (comparer.Equals(existing, payload))
                {
                    seen = true;
                    break;
                }
            }

            if (!seen)
            {
                merged.Add(payload);
            }
        }

        return merged.AsReadOnly();
    }

    /// <summary>A kept match: its span in the text and its payloads.</summary>
    public readonly record struct Kept(int Start, int End, IReadOnlyList<T> Payloads);
}
