using System.Collections.Immutable;
using System.Runtime.InteropServices;
using System.Text.Json;

namespace RelationsGraph;

/// <summary>
/// The root of every node kind. The kinds themselves (<see cref="Country"/>, <see cref="Leader"/>,
/// <see cref="Treaty"/>, …) are records generated from the ontology.
/// </summary>
/// <remarks>
/// <para>
/// A node is identified by its kind and its <see cref="Id"/> (<c>kind:slug</c>, see <see cref="NodeId"/>):
/// two nodes of one kind with one id are equal whatever else they say, because the graph merges
/// what it learns about an entity into one node.
/// </para>
/// <para>
/// This root is written by hand rather than generated because it does not depend on the ontology
/// and must be shared by every ontology module, a consumer's extension included.
/// </para>
/// </remarks>
public abstract record Node
{
    private readonly string id = "";
    private readonly int hash;
    private string name = "";
    private EquatableArray<string> aliases;

    /// <summary>A node with its required properties still to be set.</summary>
    protected Node()
    {
    }

    /// <summary>
    /// A copy of <paramref name="original"/>, what <c>original with { ... }</c> starts from: the same id, name, aliases and
    /// kind-specific properties, but owned by no graph, even when <paramref name="original"/> is a graph's node.
    /// </summary>
    /// <param name="original">The node to copy.</param>
    protected Node(Node original)
    {
        ArgumentNullException.ThrowIfNull(original);
        id = original.id;
        hash = original.hash;
        name = original.name;
        aliases = original.aliases;
    }

    /// <summary>The stable, readable id: <c>kind-prefix:slug</c> (<c>leader:xi-jinping</c>, <c>country:cn</c>).</summary>
    public required string Id
    {
        get => id;
        init
        {
            id = value;
            hash = StringComparer.Ordinal.GetHashCode(value);
        }
    }

    /// <summary>The canonical name (<c>Xi Jinping</c>).</summary>
    public required string Name { get => name; init => name = value; }

    /// <summary>Other names the entity goes by, as sources write them, in ordinal order.</summary>
    public EquatableArray<string> Aliases { get => aliases; init => aliases = value; }

    /// <summary>The ontology kind's name (<c>Country</c>).</summary>
    public abstract string Kind { get; }

    /// <summary>Node equality is kind and id equality; see the type's remarks.</summary>
    /// <param name="other">The node to compare with.</param>
    public virtual bool Equals(Node? other) =>
        ReferenceEquals(this, other) || (other is not null && EqualityContract == other.EqualityContract && string.Equals(Id, other.Id, StringComparison.Ordinal));

    /// <inheritdoc />
    /// <remarks>Cached: QuikGraph looks vertices up by hash on every edge it adds or walks.</remarks>
    public override int GetHashCode() => hash;

    /// <summary>The id, which is how nodes are named in messages.</summary>
    public sealed override string ToString() => Id;

    /// <summary>True when <paramref name="text"/> is the name or an alias, ignoring case.</summary>
    public bool IsNamed(string text) =>
        string.Equals(Name, text, StringComparison.OrdinalIgnoreCase) || Aliases.Items.Any(a => string.Equals(a, text, StringComparison.OrdinalIgnoreCase));

    /// <summary>Hands every kind-specific property, with its JSON name, to <paramref name="visitor"/>.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="visitor"/> is null.</exception>
    public void Accept(IPropertyVisitor visitor)
    {
        ArgumentNullException.ThrowIfNull(visitor);
        VisitProperties(visitor);
    }

    /// <summary>Merges the kind-specific properties of <paramref name="other"/>, a node of this node's kind, into this one.</summary>
    protected abstract void MergeProperties(Node other, MergeContext context);

    /// <summary>Writes the kind-specific properties that have values.</summary>
    protected abstract void WriteJsonProperties(Utf8JsonWriter writer);

    /// <summary>Hands every kind-specific property to <paramref name="visitor"/>.</summary>
    protected abstract void VisitProperties(IPropertyVisitor visitor);

    /// <summary>The graph that owns this instance, if any: such a node needs no lookup to be added to it again.</summary>
    internal KnowledgeGraph? Owner { get; set; }

    /// <summary>The owning graph's number for this node (dense, in the order of addition); -1 while no graph owns it.</summary>
    internal int Index { get; set; } = -1;

    /// <summary>A copy that no graph owns yet, for a graph to own and merge into.</summary>
    internal Node Copy() => this with { };

    /// <summary>Merges <paramref name="other"/> (same kind and id) into this node: names, aliases and properties.</summary>
    internal void MergeFrom(Node other, MergeContext context)
    {
        context.Merging = this;
        var kept = PreferredName(name, other.name);
        var dropped = ReferenceEquals(kept, name) ? other.name : name;

        // The aliases become every name of both nodes but the kept one and empty ones, in ordinal order, each once.
        // Most merges add nothing new (an entity met again), so the result is built in a reused buffer and kept
        // only when it differs.
        var all = MergeContext.SortedUnion(aliases.Items.AsSpan(), other.aliases.Items.AsSpan(), dropped);
        var count = 0;
        for (var i = 0; i < all.Count; i++)
        {
            if (all[i].Length > 0 && !string.Equals(all[i], kept, StringComparison.Ordinal))
            {
                all[count++] = all[i];
            }
        }

        all.RemoveRange(count, all.Count - count);
        name = kept;
        var merged = CollectionsMarshal.AsSpan(all);
        if (!merged.SequenceEqual(aliases.Items.AsSpan()))
        {
            aliases = merged.IsEmpty ? default : ImmutableArray.Create(merged);
        }

        MergeProperties(other, context);
    }

    /// <summary>
    /// Of two names, the one a merge keeps: the longer ("Xi Jinping" over "Xi"), and of two equally long
    /// names the one that sorts first ordinally, so that the result does not depend on the order of additions.
    /// </summary>
    internal static string PreferredName(string a, string b)
    {
        if (a.Length != b.Length)
        {
            return a.Length > b.Length ? a : b;
        }

        return string.CompareOrdinal(a, b) <= 0 ? a : b;
    }

    /// <summary>Writes the kind-specific properties (the graph JSON writer writes the rest).</summary>
    internal void WriteJson(Utf8JsonWriter writer) => WriteJsonProperties(writer);
}
