using System.Text;
using System.Text.Json;

namespace RelationsGraph.Serialization;

/// <summary>
/// The node or edge kinds of an ontology by their UTF-8 names, so that a reader finds an item's kind by comparing
/// the bytes it stands on (<see cref="Utf8JsonReader.ValueTextEquals(ReadOnlySpan{byte})"/>) instead of building
/// the name's string for every item.
/// </summary>
/// <typeparam name="TKind">The kinds' descriptor.</typeparam>
internal sealed class GraphJsonKinds<TKind>
    where TKind : class
{
    private readonly byte[][] names;
    private readonly TKind[] kinds;
    private int last;

    private GraphJsonKinds(byte[][] names, TKind[] kinds)
    {
        this.names = names;
        this.kinds = kinds;
    }

    /// <summary>The kinds of <paramref name="kinds"/>, named by <paramref name="name"/>.</summary>
    public static GraphJsonKinds<TKind> Of(IReadOnlyList<TKind> kinds, Func<TKind, string> name) =>
        new([.. kinds.Select(k => Encoding.UTF8.GetBytes(name(k)))], [.. kinds]);

    /// <summary>The kind whose name is the string token <paramref name="reader"/> stands on, or null.</summary>
    /// <remarks>Items of one kind often come together, so the last kind found is tried first.</remarks>
    public TKind? Find(ref Utf8JsonReader reader)
    {
        if (last < names.Length && reader.ValueTextEquals(names[last]))
        {
            return kinds[last];
        }

        for (var i = 0; i < names.Length; i++)
        {
            if (reader.ValueTextEquals(names[i]))
            {
                last = i;
                return kinds[i];
            }
        }

        return null;
    }
}
