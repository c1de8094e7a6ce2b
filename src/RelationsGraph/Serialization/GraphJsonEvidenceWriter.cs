using System.Buffers;
using System.Buffers.Text;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace RelationsGraph.Serialization;

/// <summary>
/// Formats an edge's <c>evidence</c> array as the graph JSON writer's <see cref="Utf8JsonWriter"/> would indent it at
/// its one place in the document (the value of an edge's property), so that the writer copies it as one raw value
/// instead of writing five properties per item: fixed names, indentation and punctuation are copied as constants.
/// </summary>
/// <remarks>
/// Strings of printable ASCII other than <c>"</c> and <c>\</c> are copied as they are, which is what the relaxed
/// encoder does with them; any other string is escaped by <see cref="JsonEncodedText"/> with that encoder.
/// </remarks>
internal sealed class GraphJsonEvidenceWriter
{
    private static readonly SearchValues<char> Plain = SearchValues.Create(
        " !#$%&'()*+,-./0123456789:;<=>?@ABCDEFGHIJKLMNOPQRSTUVWXYZ[]^_`abcdefghijklmnopqrstuvwxyz{|}~");

    private byte[] buffer = new byte[1024];
    private int length;

    /// <summary>The array of <paramref name="items"/>, for <see cref="Utf8JsonWriter.WriteRawValue(ReadOnlySpan{byte}, bool)"/> after the <c>evidence</c> name.</summary>
    public ReadOnlySpan<byte> Format(ReadOnlySpan<Evidence> items)
    {
        if (items.IsEmpty)
        {
            return "[]"u8;
        }

        length = 0;
        Append("["u8);
        for (var i = 0; i < items.Length; i++)
        {
            var evidence = items[i];
            Append(i == 0 ? "\n        {\n          \""u8 : ",\n        {\n          \""u8);
            if (evidence.Reference is { } reference)
            {
                Append("reference\": "u8);
                AppendString(reference);
            }
            else
            {
                Append("article\": "u8);
                AppendString(evidence.Article);
                Append(",\n          \"sentence\": "u8);
                AppendNumber(evidence.Sentence);
                Append(",\n          \"start\": "u8);
                AppendNumber(evidence.Start);
                Append(",\n          \"end\": "u8);
                AppendNumber(evidence.End);
                Append(",\n          \"text\": "u8);
                AppendString(evidence.Text);
            }

            Append("\n        }"u8);
        }

        Append("\n      ]"u8);
        return buffer.AsSpan(0, length);
    }

    private void Append(ReadOnlySpan<byte> bytes)
    {
        Reserve(bytes.Length);
        bytes.CopyTo(buffer.AsSpan(length));
        length += bytes.Length;
    }

    private void AppendNumber(int value)
    {
        Reserve(11);
        Utf8Formatter.TryFormat(value, buffer.AsSpan(length), out var written);
        length += written;
    }

    /// <summary>Appends <paramref name="value"/> as a JSON string (null as <c>null</c>), escaped as the writer escapes it.</summary>
    private void AppendString(string? value)
    {
        if (value is null)
        {
            Append("null"u8);
            return;
        }

        if (value.AsSpan().ContainsAnyExcept(Plain))
        {
            Append("\""u8);
            Append(JsonEncodedText.Encode(value, JavaScriptEncoder.UnsafeRelaxedJsonEscaping).EncodedUtf8Bytes);
            Append("\""u8);
            return;
        }

        Reserve(value.Length + 2);
        buffer[length++] = (byte)'"';
        length += Encoding.ASCII.GetBytes(value, buffer.AsSpan(length));
        buffer[length++] = (byte)'"';
    }

    private void Reserve(int count)
    {
        if (buffer.Length - length < count)
        {
            Array.Resize(ref buffer, Math.Max(buffer.Length * 2, length + count));
        }
    }
}
