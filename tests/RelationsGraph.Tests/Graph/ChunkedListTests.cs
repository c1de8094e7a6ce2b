namespace RelationsGraph.Tests.Graph;

/// <summary><see cref="ChunkedList{T}"/>: a list of arrays none of which is a large object, read as one list.</summary>
public sealed class ChunkedListTests
{
    [Theory]
    [InlineData(0)]
    [InlineData(3)]
    [InlineData(ChunkedList<string>.ChunkLength)]
    [InlineData(ChunkedList<string>.ChunkLength + 1)]
    [InlineData((2 * ChunkedList<string>.ChunkLength) + 5)]
    public void Append_AnyCount_ReadsBackInOrderEveryWay(int count)
    {
        var list = new ChunkedList<string>();
        var expected = Enumerable.Range(0, count).Select(i => i.ToString(System.Globalization.CultureInfo.InvariantCulture)).ToArray();

        foreach (var item in expected)
        {
            list.Append(item);
        }

        var copy = new string[count + 2];
        list.CopyTo(copy, 2);
        Assert.Equal(count, list.Count);
        Assert.Equal(expected, Enumerable.Range(0, count).Select(i => list[i]));
        Assert.Equal(expected, list);
        Assert.Equal(expected, copy.Skip(2));
        Assert.Equal(expected, new System.Collections.ObjectModel.ReadOnlyCollection<string>(list).ToList());
        Assert.True(list.Capacity >= count);
    }

    [Fact]
    public void Indexer_PastTheEnd_Throws()
    {
        var list = new ChunkedList<string>();
        list.Append("a");

        Assert.Throws<ArgumentOutOfRangeException>(() => list[1]);
    }

    [Fact]
    public void EnsureCapacity_PastOneArray_MakesRoomAndKeepsTheItems()
    {
        var list = new ChunkedList<string>();
        list.Append("a");
        list.Append("b");

        list.EnsureCapacity((2 * ChunkedList<string>.ChunkLength) + 1);
        for (var i = 0; i < 2 * ChunkedList<string>.ChunkLength; i++)
        {
            list.Append("x");
        }

        Assert.True(list.Capacity >= (2 * ChunkedList<string>.ChunkLength) + 2);
        Assert.Equal(["a", "b", "x"], list.Take(3));
        Assert.Equal("x", list[list.Count - 1]);
    }

    [Fact]
    public void ChangesThroughTheListInterface_Throw()
    {
        IList<string> list = new ChunkedList<string>();

        Assert.True(list.IsReadOnly);
        Assert.Throws<NotSupportedException>(() => list.Add("a"));
        Assert.Throws<NotSupportedException>(() => list.Clear());
    }
}
