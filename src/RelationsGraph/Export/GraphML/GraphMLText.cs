using System.Buffers;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Xml;

namespace RelationsGraph.Export.GraphML;

/// <summary>Text as GraphML can hold it: characters XML forbids replaced, lists and evidence as compact JSON.</summary>
internal static class GraphMLText
{
    private static readonly JsonWriterOptions Compact = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>
    /// <paramref name="text"/> with every character that XML 1.0 cannot hold (control characters other than tab, line
    /// feed and carriage return; unpaired surrogates; U+FFFE, U+FFFF) replaced by U+FFFD.
    /// </summary>
    public static string Clean(string text)
    {
        var builder = default(StringBuilder);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            var pair = char.IsHighSurrogate(c) && i + 1 < text.Length && XmlConvert.IsXmlSurrogatePair(text[i + 1], c);
            if (pair || XmlConvert.IsXmlChar(c))
            {
                builder?.Append(c);
                if (pair)
                {
                    builder?.Append(text[i + 1]);
                    i++;
                }

                continue;
            }

            builder ??= new StringBuilder(text.Length).Append(text, 0, i);
            builder.Append('\uFFFD');
        }

        return builder?.ToString() ?? text;
    }

    /// <summary>A list of strings as a compact JSON array (<c>["Xi","Xi Jinping"]</c>).</summary>
    public static string JsonArray(IEnumerable<string> items) => Json(writer =>
    {
        writer.WriteStartArray();
        foreach (var item in items)
        {
            writer.WriteStringValue(item);
        }

        writer.WriteEndArray();
    });

    /// <summary>Evidence as a compact JSON array of the graph JSON format's evidence objects.</summary>
    public static string EvidenceArray(IEnumerable<Evidence> evidence) => Json(writer =>
    {
        writer.WriteStartArray();
        foreach (var item in evidence)
        {
            writer.WriteStartObject();
            if (item.Reference is { } reference)
            {
                writer.WriteString("reference", reference);
            }
            else
            {
                writer.WriteString("article", item.Article);
                writer.WriteNumber("sentence", item.Sentence);
                writer.WriteNumber("start", item.Start);
                writer.WriteNumber("end", item.End);
                writer.WriteString("text", item.Text);
            }

            writer.WriteEndObject();
        }

        writer.WriteEndArray();
    });

    private static string Json(Action<Utf8JsonWriter> write)
    {
        var buffer = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer, Compact))
        {
            write(writer);
        }

        return Encoding.UTF8.GetString(buffer.WrittenSpan);
    }
}
