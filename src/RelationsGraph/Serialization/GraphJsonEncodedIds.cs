using System.Text.Json;

namespace RelationsGraph.Serialization;

/// <summary>
/// The ids of a graph's nodes as JSON string values (quotes included, escaped as the writer escapes them), by node
/// number, end to end in one array: each id is encoded once for its node and every edge that ends at it.
/// </summary>
/// <remarks>
/// One <see cref="JsonEncodedText"/> per node was an array and a string per node (16 MB for 100,000 nodes) and, for
/// an edge, one more dependent load into memory scattered over the whole heap. Here the ids lie in id order in one
/// array of about 3 MB, encoded as <see cref="GraphJsonQuoted"/> encodes every string of the document.
/// </remarks>
internal sealed class GraphJsonEncodedIds
{
    private readonly int[] starts;
    private readonly int[] lengths;
    private byte[] bytes;
    private int used;

    /// <summary>Room for the ids of <paramref name="count"/> nodes.</summary>
    public GraphJsonEncodedIds(int count)
    {
        starts = new int[count];
        lengths = new int[count];
        bytes = new byte[Math.Max(256, count * 32)];
    }

    /// <summary>The id of the node numbered <paramref name="index"/>, quoted and escaped.</summary>
    public ReadOnlySpan<byte> this[int index] => bytes.AsSpan(starts[index], lengths[index]);

    /// <summary>Encodes <paramref name="node"/>'s id under its number, and gives it.</summary>
    public ReadOnlySpan<byte> Add(Node node)
    {
        var start = used;
        GraphJsonQuoted.Append(node.Id, ref bytes, ref used);
        starts[node.Index] = start;
        lengths[node.Index] = used - start;
        return bytes.AsSpan(start, used - start);
    }
}
