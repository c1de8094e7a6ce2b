using System.Collections;

namespace RelationsGraph;

/// <summary>
/// The evidence of one edge: distinct items, enumerated in <see cref="Evidence"/>'s order whatever
/// order they were added in. Only the graph adds to it.
/// </summary>
/// <remarks>Adding is O(1); the order is restored lazily on the first read after a change.</remarks>
public sealed class EvidenceSet : IReadOnlyList<Evidence>
{
    private readonly HashSet<Evidence> seen = [];
    private readonly List<Evidence> items = [];
    private readonly Lock gate = new();
    private bool sorted = true;

    /// <inheritdoc />
    public int Count => items.Count;

    /// <inheritdoc />
    public Evidence this[int index] => Sorted()[index];

    /// <summary>True when every item is reference knowledge (or there is none).</summary>
    public bool IsReferenceOnly => items.TrueForAll(e => e.IsReference);

    /// <inheritdoc />
    public IEnumerator<Evidence> GetEnumerator() => Sorted().GetEnumerator();

    /// <inheritdoc />
    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    /// <summary>Adds <paramref name="evidence"/> unless it is there already; true when it was added.</summary>
    internal bool Add(Evidence evidence)
    {
        lock (gate)
        {
            if (!seen.Add(evidence))
            {
                return false;
            }

            if (items.Count > 0 && sorted && items[^1].CompareTo(evidence) > 0)
            {
                sorted = false;
            }

            items.Add(evidence);
            return true;
        }
    }

    /// <summary>Adds every item of <paramref name="other"/>.</summary>
    internal void UnionWith(IEnumerable<Evidence> other)
    {
        foreach (var evidence in other)
        {
            Add(evidence);
        }
    }

    private List<Evidence> Sorted()
    {
        lock (gate)
        {
            if (!sorted)
            {
                items.Sort();
                sorted = true;
            }

            return items;
        }
    }
}
