using System.Buffers;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace RelationsGraph.Serialization;

/// <summary>
/// The ids of a graph's nodes as JSON string values (quotes included, escaped as the writer escapes them), by node
/// number, end to end in one array: each id is encoded once for its node and every edge that ends at it.
/// </summary>
/// <remarks>
/// One <see cref="JsonEncodedText"/> per node was an array and a string per node (16 MB for 100,000 nodes) and, for
/// an edge, one more dependent load into memory scattered over the whole heap. Here the ids lie in id order in one
/// array of about 3 MB. Ids of printable ASCII other than <c>"</c> and <c>\</c> (nearly all) are copied as they are,
/// which is what the relaxed encoder does with them; any other is escaped by <see cref="JsonEncodedText"/>.
/// </remarks>
internal sealed class GraphJsonEncodedIds
{
    /// <summary>The characters the relaxed encoder leaves as they are in ASCII text.</summary>
    internal static readonly SearchValues<char> Plain = SearchValues.Create(
        " !#$%&'()*+,-./0123456789:;<=>?@ABCDEFGHIJKLMNOPQRSTUVWXYZ[]^_`abcdefghijklmnopqrstuvwxyz{|}~");

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
        var id = node.Id;
        var start = used;
        if (!id.AsSpan().ContainsAnyExcept(Plain))
        {
            Reserve(id.Length + 2);
            bytes[used++] = (byte)'"';
            used += Encoding.ASCII.GetBytes(id, bytes.AsSpan(used));
            bytes[used++] = (byte)'"';
        }
        else
        {
            var encoded = JsonEncodedText.Encode(id, JavaScriptEncoder.UnsafeRelaxedJsonEscaping).EncodedUtf8Bytes;
            Reserve(encoded.Length + 2);
            bytes[used++] = (byte)'"';
            encoded.CopyTo(bytes.AsSpan(used));
            used += encoded.Length;
            bytes[used++] = (byte)'"';
        }

        starts[node.Index] = start;
        lengths[node.Index] = used - start;
        return bytes.AsSpan(start, used - start);
    }

    private void Reserve(int count)
    {
        if (bytes.Length - used < count)
        {
            Array.Resize(ref bytes, Math.Max(bytes.Length * 2, used + count));
        }
    }
}
