using System.Collections.Immutable;
using System.Globalization;
using System.Runtime.InteropServices;

namespace RelationsGraph;

/// <summary>
/// The rules for merging one property value into another, used by the generated merge code.
/// A missing value takes the other; two different values keep the smaller and report a
/// <see cref="MergeConflict"/>; lists are united and sorted.
/// </summary>
public sealed class MergeContext
{
    /// <summary>The buffer <see cref="SortedUnion"/> builds in, one per thread (merges of different graphs may run at once).</summary>
    [ThreadStatic]
    private static List<string>? unionBuffer;

    /// <summary>Ordinal order as a cached delegate: sorting with the comparer object makes a new delegate per sort.</summary>
    private static readonly Comparison<string> OrdinalOrder = string.CompareOrdinal;

    private readonly List<MergeConflict> conflicts;

    internal MergeContext(List<MergeConflict> conflicts) => this.conflicts = conflicts;

    /// <summary>The conflicts a graph recorded, as <see cref="KnowledgeGraph.Conflicts"/> reports them: one per dropped value, sorted.</summary>
    internal static IReadOnlyList<MergeConflict> Report(List<MergeConflict> conflicts) =>
        [.. conflicts
            .GroupBy(c => (c.Owner, c.Property))
            .SelectMany(group =>
            {
                // Each recorded conflict kept the smaller of two values, so the value the graph holds now is the
                // one that was never dropped; every other value was dropped in its favour.
                var dropped = group.Select(c => c.Dropped).ToHashSet(StringComparer.Ordinal);
                var kept = group.Select(c => c.Kept).FirstOrDefault(k => !dropped.Contains(k)) ?? group.First().Kept;
                dropped.Remove(kept);
                return dropped.Select(d => new MergeConflict(group.Key.Owner, group.Key.Property, kept, d));
            })
            .OrderBy(c => c.Owner, StringComparer.Ordinal).ThenBy(c => c.Property, StringComparer.Ordinal)
            .ThenBy(c => c.Kept, StringComparer.Ordinal).ThenBy(c => c.Dropped, StringComparer.Ordinal)];

    /// <summary>The node or edge whose properties are being merged; named only when a conflict is recorded.</summary>
    /// <remarks>An edge's key is a new string each time: most merges record no conflict, so it is made only for one.</remarks>
    internal object? Merging { get; set; }

    /// <summary>The node id or edge key whose properties are being merged.</summary>
    private string Owner => Merging switch
    {
        Node node => node.Id,
        Edge edge => edge.Key.ToString(),
        _ => "",
    };

    /// <summary>Merges two strings.</summary>
    /// <param name="property">The property's JSON name, for the conflict report.</param>
    /// <param name="current">The value the graph has.</param>
    /// <param name="incoming">The value being added.</param>
    public string? Merge(string property, string? current, string? incoming)
    {
        if (current is null || incoming is null || string.Equals(current, incoming, StringComparison.Ordinal))
        {
            return current ?? incoming;
        }

        var (kept, dropped) = string.CompareOrdinal(current, incoming) <= 0 ? (current, incoming) : (incoming, current);
        conflicts.Add(new MergeConflict(Owner, property, kept, dropped));
        return kept;
    }

    /// <summary>Merges two values of a value type (numbers, booleans, dates, enums).</summary>
    /// <param name="property">The property's JSON name, for the conflict report.</param>
    /// <param name="current">The value the graph has.</param>
    /// <param name="incoming">The value being added.</param>
    public T? Merge<T>(string property, T? current, T? incoming)
        where T : struct
    {
        if (current is not { } a || incoming is not { } b || EqualityComparer<T>.Default.Equals(a, b))
        {
            return current ?? incoming;
        }

        var (kept, dropped) = Comparer<T>.Default.Compare(a, b) <= 0 ? (a, b) : (b, a);
        conflicts.Add(new MergeConflict(Owner, property, Format(kept), Format(dropped)));
        return kept;
    }

    /// <summary>Unites two lists of strings: distinct, in ordinal order.</summary>
    [System.Diagnostics.CodeAnalysis.SuppressMessage("Performance", "CA1822", Justification = "Generated code applies every merge rule through the context.")]
    public EquatableArray<string> Union(EquatableArray<string> current, EquatableArray<string> incoming)
    {
        // Merges mostly bring what the graph has, or add to an empty list: answer those without building a set.
        var have = current.Items;
        var add = incoming.Items;
        if (add.IsEmpty && IsStrictlyAscending(have.AsSpan()))
        {
            return current;
        }

        if (have.IsEmpty && IsStrictlyAscending(add.AsSpan()))
        {
            return incoming;
        }

        var union = CollectionsMarshal.AsSpan(SortedUnion(have.AsSpan(), add.AsSpan(), null));
        return union.SequenceEqual(have.AsSpan()) ? current : ImmutableArray.Create(union);
    }

    /// <summary>
    /// <paramref name="first"/>, <paramref name="second"/> and <paramref name="extra"/> (when not null) in ordinal order,
    /// each string once, in a per-thread buffer that the next call reuses: read it before calling again.
    /// </summary>
    internal static List<string> SortedUnion(ReadOnlySpan<string> first, ReadOnlySpan<string> second, string? extra)
    {
        var buffer = unionBuffer ??= [];
        buffer.Clear();
        buffer.AddRange(first);
        buffer.AddRange(second);
        if (extra is not null)
        {
            buffer.Add(extra);
        }

        buffer.Sort(OrdinalOrder);
        var kept = 0;
        for (var i = 0; i < buffer.Count; i++)
        {
            if (kept == 0 || !string.Equals(buffer[kept - 1], buffer[i], StringComparison.Ordinal))
            {
                buffer[kept++] = buffer[i];
            }
        }

        buffer.RemoveRange(kept, buffer.Count - kept);
        return buffer;
    }

    /// <summary>Whether <paramref name="items"/> is in ordinal order with no string twice: what a union makes.</summary>
    internal static bool IsStrictlyAscending(ReadOnlySpan<string> items)
    {
        for (var i = 1; i < items.Length; i++)
        {
            if (string.CompareOrdinal(items[i - 1], items[i]) >= 0)
            {
                return false;
            }
        }

        return true;
    }

    private static string Format<T>(T value) => value switch
    {
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value?.ToString() ?? "",
    };
}
