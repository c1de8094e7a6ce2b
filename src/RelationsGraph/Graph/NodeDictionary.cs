using System.Collections;
using System.Diagnostics.CodeAnalysis;

namespace RelationsGraph;

/// <summary>
/// A dictionary from the nodes of one <see cref="KnowledgeGraph"/> to values, stored in arrays indexed by the nodes'
/// numbers in that graph: the state a QuikGraph algorithm keeps per vertex (colours, distances, predecessors) without
/// hashing a node on every step. Create one with <see cref="KnowledgeGraph.CreateNodeDictionary{TValue}"/>.
/// </summary>
/// <remarks>
/// <para>
/// Hand it to an algorithm's constructor where QuikGraph asks for an <see cref="IDictionary{TKey, TValue}"/> of
/// vertices, for instance
/// <c>new BreadthFirstSearchAlgorithm&lt;Node, Edge&gt;(graph.Graph, new QuikGraph.Collections.Queue&lt;Node&gt;(), graph.CreateNodeDictionary&lt;GraphColor&gt;())</c>.
/// </para>
/// <para>
/// Keys are the graph's nodes; a node built elsewhere that equals one of them (same kind and id) stands for it.
/// Nodes added to the graph after the dictionary was created can be keys too. Enumeration follows the graph's node order.
/// Not safe for concurrent writes.
/// </para>
/// </remarks>
/// <typeparam name="TValue">The value kept per node.</typeparam>
public sealed class NodeDictionary<TValue> : IDictionary<Node, TValue>, IReadOnlyDictionary<Node, TValue>
{
    private readonly KnowledgeGraph graph;
    private TValue[] values;
    private bool[] present;
    private int count;

    internal NodeDictionary(KnowledgeGraph graph)
    {
        this.graph = graph;
        values = new TValue[graph.NodeCount];
        present = new bool[graph.NodeCount];
    }

    /// <summary>How many nodes have a value.</summary>
    public int Count => count;

    /// <inheritdoc />
    public bool IsReadOnly => false;

    /// <summary>The nodes that have a value, in the graph's order.</summary>
    public ICollection<Node> Keys => [.. Indexes().Select(i => graph.NodeAt(i))];

    /// <summary>The values, in the graph's order of their nodes.</summary>
    public ICollection<TValue> Values => [.. Indexes().Select(i => values[i])];

    IEnumerable<Node> IReadOnlyDictionary<Node, TValue>.Keys => Keys;

    IEnumerable<TValue> IReadOnlyDictionary<Node, TValue>.Values => Values;

    /// <summary>The value of <paramref name="key"/>; setting it adds or replaces.</summary>
    /// <exception cref="KeyNotFoundException">Getting: the dictionary holds no value for the node.</exception>
    /// <exception cref="ArgumentException">Setting: the node is not in the graph.</exception>
    public TValue this[Node key]
    {
        get => TryGetValue(key, out var value) ? value : throw new KeyNotFoundException($"The dictionary holds no value for {key.Id}.");
        set => Set(Require(key), value);
    }

    /// <inheritdoc cref="IDictionary{TKey, TValue}.Add(TKey, TValue)" />
    /// <exception cref="ArgumentException">The node is not in the graph, or the dictionary already holds a value for it.</exception>
    public void Add(Node key, TValue value)
    {
        var index = Require(key);
        if (index < present.Length && present[index])
        {
            throw new ArgumentException($"The dictionary already holds a value for {key.Id}.", nameof(key));
        }

        Set(index, value);
    }

    /// <inheritdoc />
    public void Add(KeyValuePair<Node, TValue> item) => Add(item.Key, item.Value);

    /// <inheritdoc cref="IDictionary{TKey, TValue}.ContainsKey(TKey)" />
    public bool ContainsKey(Node key) => Find(key) >= 0;

    /// <inheritdoc cref="IDictionary{TKey, TValue}.TryGetValue(TKey, out TValue)" />
    public bool TryGetValue(Node key, [MaybeNullWhen(false)] out TValue value)
    {
        var index = Find(key);
        value = index >= 0 ? values[index] : default;
        return index >= 0;
    }

    /// <inheritdoc />
    public bool Remove(Node key)
    {
        var index = Find(key);
        if (index < 0)
        {
            return false;
        }

        present[index] = false;
        values[index] = default!;
        count--;
        return true;
    }

    /// <inheritdoc />
    public bool Remove(KeyValuePair<Node, TValue> item) => Contains(item) && Remove(item.Key);

    /// <inheritdoc />
    public bool Contains(KeyValuePair<Node, TValue> item) =>
        TryGetValue(item.Key, out var value) && EqualityComparer<TValue>.Default.Equals(value, item.Value);

    /// <inheritdoc />
    public void Clear()
    {
        Array.Clear(values);
        Array.Clear(present);
        count = 0;
    }

    /// <inheritdoc />
    public void CopyTo(KeyValuePair<Node, TValue>[] array, int arrayIndex)
    {
        ArgumentNullException.ThrowIfNull(array);
        ArgumentOutOfRangeException.ThrowIfNegative(arrayIndex);
        if (array.Length - arrayIndex < count)
        {
            throw new ArgumentException("The array is too small for the dictionary's entries.", nameof(array));
        }

        foreach (var entry in this)
        {
            array[arrayIndex++] = entry;
        }
    }

    /// <inheritdoc />
    public IEnumerator<KeyValuePair<Node, TValue>> GetEnumerator()
    {
        foreach (var index in Indexes())
        {
            yield return new KeyValuePair<Node, TValue>(graph.NodeAt(index), values[index]);
        }
    }

    /// <inheritdoc />
    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    private IEnumerable<int> Indexes()
    {
        for (var i = 0; i < present.Length; i++)
        {
            if (present[i])
            {
                yield return i;
            }
        }
    }

    /// <summary>The number of the graph's node for <paramref name="key"/> when the dictionary holds a value for it; otherwise -1.</summary>
    private int Find(Node key)
    {
        var index = graph.IndexOf(key);
        return index >= 0 && index < present.Length && present[index] ? index : -1;
    }

    private int Require(Node key)
    {
        var index = graph.IndexOf(key);
        return index >= 0 ? index : throw new ArgumentException($"{key.Id} is not a {key.Kind} of the dictionary's graph.", nameof(key));
    }

    private void Set(int index, TValue value)
    {
        if (index >= present.Length)
        {
            var size = Math.Max(graph.NodeCount, index + 1);
            Array.Resize(ref values, size);
            Array.Resize(ref present, size);
        }

        if (!present[index])
        {
            present[index] = true;
            count++;
        }

        values[index] = value;
    }
}
