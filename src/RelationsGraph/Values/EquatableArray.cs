using System.Collections.Immutable;

namespace RelationsGraph;

/// <summary>Creates <see cref="EquatableArray{T}"/> values; collection expressions (<c>Aliases = ["Xi"]</c>) use it.</summary>
public static class EquatableArray
{
    /// <summary>A list holding a copy of <paramref name="items"/>.</summary>
    public static EquatableArray<T> Create<T>(ReadOnlySpan<T> items) => new(ImmutableArray.Create(items));
}
