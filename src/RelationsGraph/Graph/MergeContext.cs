using System.Collections.Immutable;
using System.Globalization;

namespace RelationsGraph;

/// <summary>
/// The rules for merging one property value into another, used by the generated merge code.
/// A missing value takes the other; two different values keep the smaller and report a
/// <see cref="MergeConflict"/>; lists are united and sorted.
/// </summary>
public sealed class MergeContext
{
    private readonly List<MergeConflict> conflicts;

    internal MergeContext(List<MergeConflict> conflicts) => this.conflicts = conflicts;

    /// <summary>The node id or edge key whose properties are being merged.</summary>
    internal string Owner { get; set; } = "";

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
        var union = new SortedSet<string>(current.Items, StringComparer.Ordinal);
        union.UnionWith(incoming.Items);
        return union.SequenceEqual(current.Items, StringComparer.Ordinal) ? current : ImmutableArray.CreateRange(union);
    }

    private static string Format<T>(T value) => value switch
    {
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value?.ToString() ?? "",
    };
}
