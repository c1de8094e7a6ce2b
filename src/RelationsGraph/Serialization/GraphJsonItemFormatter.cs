using System.Buffers;
using System.Buffers.Text;
using System.Text.Json;

namespace RelationsGraph.Serialization;

/// <summary>
/// Formats a node or an edge object as the graph JSON writer's <see cref="Utf8JsonWriter"/> would indent it at its
/// place in the document (an item of the <c>nodes</c> or the <c>edges</c> array), so that the writer copies it as one
/// raw value: the names, indentation and punctuation of the envelope, the aliases and the evidence are constants, and
/// only the kind-specific properties go through a Utf8JsonWriter of their own.
/// </summary>
/// <remarks>
/// Strings are quoted and escaped by <see cref="GraphJsonQuoted"/>, as the writer's relaxed encoder would. The
/// properties' writer is kept inside an object that already has a property, at the depth of a node or an edge (both
/// arrays are properties of the root object), so each property it writes comes with the separator and indentation it
/// has in the document.
/// </remarks>
internal sealed class GraphJsonItemFormatter : IDisposable
{
    private readonly ArrayBufferWriter<byte> propertyBuffer = new(256);
    private readonly Utf8JsonWriter properties;
    private byte[] buffer = new byte[1024];
    private int length;

    /// <summary>A formatter whose properties' writer writes with <paramref name="options"/>, the document's.</summary>
    public GraphJsonItemFormatter(JsonWriterOptions options)
    {
        properties = new Utf8JsonWriter(propertyBuffer, options);
        properties.WriteStartObject();
        properties.WriteStartArray("edges"u8);
        properties.WriteStartObject();
        properties.WriteString("to"u8, "");
        properties.Flush();
    }

    /// <summary>
    /// <paramref name="edge"/> as an item of the <c>edges</c> array, its kind already encoded and its ends already JSON
    /// strings (quoted and escaped), for <see cref="Utf8JsonWriter.WriteRawValue(ReadOnlySpan{byte}, bool)"/> in that array.
    /// </summary>
    public ReadOnlySpan<byte> Format(Edge edge, JsonEncodedText kind, ReadOnlySpan<byte> from, ReadOnlySpan<byte> to)
    {
        length = 0;
        Append("\n    {\n      \"kind\": \""u8);
        Append(kind.EncodedUtf8Bytes);
        Append("\",\n      \"from\": "u8);
        Append(from);
        Append(",\n      \"to\": "u8);
        Append(to);

        propertyBuffer.ResetWrittenCount();
        edge.WriteJson(properties);
        properties.Flush();
        Append(propertyBuffer.WrittenSpan);

        Append(",\n      \"evidence\": "u8);
        AppendEvidence(edge.EvidenceItems);
        Append("\n    }"u8);
        return buffer.AsSpan(0, length);
    }

    /// <summary>
    /// <paramref name="node"/> as an item of the <c>nodes</c> array, its kind already encoded and its id already a JSON
    /// string (quoted and escaped), for <see cref="Utf8JsonWriter.WriteRawValue(ReadOnlySpan{byte}, bool)"/> in that array.
    /// </summary>
    public ReadOnlySpan<byte> Format(Node node, JsonEncodedText kind, ReadOnlySpan<byte> id)
    {
        length = 0;
        Append("\n    {\n      \"id\": "u8);
        Append(id);
        Append(",\n      \"kind\": \""u8);
        Append(kind.EncodedUtf8Bytes);
        Append("\",\n      \"name\": "u8);
        AppendString(node.Name);
        var aliases = node.Aliases.Items;
        if (aliases.Length > 0)
        {
            Append(",\n      \"aliases\": ["u8);
            for (var i = 0; i < aliases.Length; i++)
            {
                Append(i == 0 ? "\n        "u8 : ",\n        "u8);
                AppendString(aliases[i]);
            }

            Append("\n      ]"u8);
        }

        propertyBuffer.ResetWrittenCount();
        node.WriteJson(properties);
        properties.Flush();
        Append(propertyBuffer.WrittenSpan);
        Append("\n    }"u8);
        return buffer.AsSpan(0, length);
    }

    /// <summary>Disposes the properties' writer.</summary>
    public void Dispose() => properties.Dispose();

    private void AppendEvidence(ReadOnlySpan<Evidence> items)
    {
        if (items.IsEmpty)
        {
            Append("[]"u8);
            return;
        }

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

        GraphJsonQuoted.Append(value, ref buffer, ref length);
    }

    private void Reserve(int count) => GraphJsonQuoted.Reserve(ref buffer, length, count);
}
