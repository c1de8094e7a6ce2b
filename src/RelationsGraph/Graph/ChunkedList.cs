using System.Collections;

namespace RelationsGraph;

/// <summary>
/// A list that only grows, kept in arrays of at most <see cref="ChunkLength"/> items, so that none of them is a large
/// object: the graph's list of every edge, in the order they were added.
/// </summary>
/// <remarks>
/// <para>
/// A <see cref="List{T}"/> of a merged graph's edges is one array of 8 bytes per edge, a large object past about
/// 10,600 edges (a batch of some 200 synthetic articles). A large object is allocated straight into the oldest
/// generation and stays there until a full collection, even once its graph is dropped; holding references, it keeps
/// every edge of its graph, and all they reach, alive through each younger collection until then, and the collector
/// copies them again and again. Arrays of 8,192 references (64 KB) are ordinary objects, which die with their graph.
/// </para>
/// <para>
/// The first array grows by doubling, as a list's does, so a small graph (an article's, of some 60 edges) costs what
/// a list cost; the others are allocated whole, and growing never copies them. Only the owning graph appends; the
/// <see cref="IList{T}"/> members that would change the list throw, so that a read-only view can wrap it.
/// </para>
/// </remarks>
/// <typeparam name="T">The items: references (edges), for which <see cref="ChunkLength"/> keeps an array small.</typeparam>
internal sealed class ChunkedList<T> : IList<T>, IReadOnlyList<T>
{
    /// <summary>The most items an array holds: 8,192 references are 64 KB, below the large-object threshold of 85,000 bytes.</summary>
    public const int ChunkLength = 1 << Shift;

    private const int Shift = 13;
    private const int Mask = ChunkLength - 1;
    private const int FirstLength = 4;

    private T[][] chunks = [[]];
    private int chunkCount = 1;
    private int count;

    /// <inheritdoc />
    public int Count => count;

    /// <summary>How many items the arrays hold before another is needed.</summary>
    public int Capacity => chunkCount == 1 ? chunks[0].Length : chunkCount * ChunkLength;

    /// <inheritdoc />
    bool ICollection<T>.IsReadOnly => true;

    /// <inheritdoc />
    public T this[int index]
    {
        get
        {
            if ((uint)index >= (uint)count)
            {
                throw new ArgumentOutOfRangeException(nameof(index));
            }

            return chunks[index >> Shift][index & Mask];
        }
    }

    /// <inheritdoc />
    T IList<T>.this[int index]
    {
        get => this[index];
        set => throw new NotSupportedException();
    }

    /// <summary>Adds <paramref name="item"/> at the end.</summary>
    public void Append(T item)
    {
        var chunk = count >> Shift;
        var at = count & Mask;
        if (chunk == 0 && at == chunks[0].Length)
        {
            Array.Resize(ref chunks[0], Math.Min(ChunkLength, Math.Max(FirstLength, 2 * at)));
        }
        else if (chunk == chunkCount)
        {
            AddChunk();
        }

        chunks[chunk][at] = item;
        count++;
    }

    /// <summary>Makes room for <paramref name="items"/> items in all, at least doubling the room when it grows (as a list would).</summary>
    public void EnsureCapacity(int items)
    {
        var room = Capacity;
        if (items <= room)
        {
            return;
        }

        var target = Math.Max(items, (int)Math.Min(Array.MaxLength, 2L * room));
        if (target <= ChunkLength)
        {
            Array.Resize(ref chunks[0], target);
            return;
        }

        Array.Resize(ref chunks[0], ChunkLength);
        while ((long)chunkCount * ChunkLength < target)
        {
            AddChunk();
        }
    }

    /// <inheritdoc />
    public int IndexOf(T item)
    {
        for (var i = 0; i < count; i++)
        {
            if (EqualityComparer<T>.Default.Equals(this[i], item))
            {
                return i;
            }
        }

        return -1;
    }

    /// <inheritdoc />
    public bool Contains(T item) => IndexOf(item) >= 0;

    /// <inheritdoc />
    public void CopyTo(T[] array, int arrayIndex)
    {
        ArgumentNullException.ThrowIfNull(array);
        ArgumentOutOfRangeException.ThrowIfNegative(arrayIndex);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(count, array.Length - arrayIndex, nameof(array));
        for (var chunk = 0; chunk * ChunkLength < count; chunk++)
        {
            var length = Math.Min(ChunkLength, count - (chunk * ChunkLength));
            Array.Copy(chunks[chunk], 0, array, arrayIndex + (chunk * ChunkLength), length);
        }
    }

    /// <inheritdoc />
    public IEnumerator<T> GetEnumerator()
    {
        for (var i = 0; i < count; i++)
        {
            yield return chunks[i >> Shift][i & Mask];
        }
    }

    /// <inheritdoc />
    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    /// <inheritdoc />
    void ICollection<T>.Add(T item) => throw new NotSupportedException();

    /// <inheritdoc />
    void ICollection<T>.Clear() => throw new NotSupportedException();

    /// <inheritdoc />
    bool ICollection<T>.Remove(T item) => throw new NotSupportedException();

    /// <inheritdoc />
    void IList<T>.Insert(int index, T item) => throw new NotSupportedException();

    /// <inheritdoc />
    void IList<T>.RemoveAt(int index) => throw new NotSupportedException();

    /// <summary>Adds a whole array after the last, the first being full.</summary>
    private void AddChunk()
    {
        if (chunkCount == chunks.Length)
        {
            Array.Resize(ref chunks, 2 * chunkCount);
        }

        chunks[chunkCount++] = new T[ChunkLength];
    }
}
