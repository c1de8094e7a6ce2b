using System.Collections;

namespace RelationsGraph;

/// <summary>
/// The evidence of one edge: distinct items, enumerated in <see cref="Evidence"/>'s order whatever
/// order they were added in. Only the graph adds to it.
/// </summary>
/// <remarks>
/// The items are kept in order as they are added (a binary search finds an item's place, or finds it there
/// already), so reading needs neither sorting nor a lock, and an edge's set costs one small object and an
/// array sized to its items: most edges have one or two.
/// </remarks>
public sealed class EvidenceSet : IReadOnlyList<Evidence>
{
    private Evidence[] items = [];
    private int count;

    /// <inheritdoc />
    public int Count => count;

    /// <inheritdoc />
    public Evidence this[int index]
    {
        get
        {
            ArgumentOutOfRangeException.ThrowIfNegative(index);
            ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(index, count);
            return items[index];
        }
    }

    /// <summary>True when every item is reference knowledge (or there is none).</summary>
    public bool IsReferenceOnly
    {
        get
        {
            foreach (var evidence in AsSpan())
            {
                if (!evidence.IsReference)
                {
                    return false;
                }
            }

            return true;
        }
    }

    /// <inheritdoc />
    public IEnumerator<Evidence> GetEnumerator()
    {
        for (var i = 0; i < count; i++)
        {
            yield return items[i];
        }
    }

    /// <inheritdoc />
    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    /// <summary>The items, in order, without an enumerator.</summary>
    internal ReadOnlySpan<Evidence> AsSpan() => items.AsSpan(0, count);

    /// <summary>Adds <paramref name="evidence"/> unless it is there already; true when it was added.</summary>
    /// <remarks>Two items compare as 0 exactly when they are equal: <see cref="Evidence.CompareTo"/> orders by every field.</remarks>
    internal bool Add(Evidence evidence)
    {
        ArgumentNullException.ThrowIfNull(evidence);
        int place;
        if (count == 0 || items[count - 1].CompareTo(evidence) < 0)
        {
            place = count;
        }
        else
        {
            place = Array.BinarySearch(items, 0, count, evidence);
            if (place >= 0)
            {
                return false;
            }

            place = ~place;
        }

        if (count == items.Length)
        {
            Array.Resize(ref items, count == 0 ? 1 : count * 2);
        }

        Array.Copy(items, place, items, place + 1, count - place);
        items[place] = evidence;
        count++;
        return true;
    }

    /// <summary>Adds every item of <paramref name="other"/>.</summary>
    internal void UnionWith(ReadOnlySpan<Evidence> other)
    {
        if (count == 0 && items.Length < other.Length)
        {
            items = new Evidence[other.Length];
        }

        foreach (var evidence in other)
        {
            Add(evidence);
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

    /// <summary>Adds every item of <paramref name="other"/>.</summary>
    internal void UnionWith(EvidenceSet other)
    {
        foreach (var evidence in other.AsSpan())
        {
            Add(evidence);
        }
    }
}
