using System.Buffers;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace RelationsGraph.Serialization;

/// <summary>
/// Strings as the graph JSON writer's <see cref="Utf8JsonWriter"/> writes them (quoted, escaped by the relaxed encoder),
/// appended to a growing byte buffer: the raw node and edge objects and the encoded ids are built this one way.
/// </summary>
/// <remarks>
/// Strings of printable ASCII other than <c>"</c> and <c>\</c> (nearly all) are copied as they are, which is what the
/// relaxed encoder does with them; any other is escaped by <see cref="JsonEncodedText"/> with that encoder.
/// </remarks>
internal static class GraphJsonQuoted
{
    /// <summary>The characters the relaxed encoder leaves as they are in ASCII text.</summary>
    private static readonly SearchValues<char> Plain = SearchValues.Create(
        " !#$%&'()*+,-./0123456789:;<=>?@ABCDEFGHIJKLMNOPQRSTUVWXYZ[]^_`abcdefghijklmnopqrstuvwxyz{|}~");

    /// <summary>Appends <paramref name="value"/> quoted and escaped at <paramref name="length"/>, growing <paramref name="buffer"/> as needed.</summary>
    public static void Append(string value, ref byte[] buffer, ref int length)
    {
        if (value.AsSpan().ContainsAnyExcept(Plain))
        {
            var encoded = JsonEncodedText.Encode(value, JavaScriptEncoder.UnsafeRelaxedJsonEscaping).EncodedUtf8Bytes;
            Reserve(ref buffer, length, encoded.Length + 2);
            buffer[length++] = (byte)'"';
            encoded.CopyTo(buffer.AsSpan(length));
            length += encoded.Length;
        }
        else
        {
            Reserve(ref buffer, length, value.Length + 2);
            buffer[length++] = (byte)'"';
            length += Encoding.ASCII.GetBytes(value, buffer.AsSpan(length));
        }

        buffer[length++] = (byte)'"';
    }

    /// <summary>Grows <paramref name="buffer"/>, holding <paramref name="length"/> bytes, to take <paramref name="count"/> more.</summary>
    public static void Reserve(ref byte[] buffer, int length, int count)
    {
        if (buffer.Length - length < count)
        {
            Array.Resize(ref buffer, Math.Max(buffer.Length * 2, length + count));
        }
    }
}
