using System.Text.Json;

namespace RelationsGraph.Serialization;

/// <summary>
/// Reads an edge's <c>evidence</c> array through the value readers of a <see cref="GraphJsonReadContext"/>, so
/// that every problem is a <see cref="GraphFormatException"/> that names the line, the column and the JSON path.
/// </summary>
internal static class GraphJsonEvidenceReader
{
    /// <summary>Reads the array of evidence objects that is the value of the property the reader stands on into <paramref name="items"/>, emptied first.</summary>
    public static void ReadArray(ref Utf8JsonReader reader, GraphJsonReadContext context, List<Evidence> items)
    {
        items.Clear();
        context.Read(ref reader);
        context.Expect(ref reader, JsonTokenType.StartArray, "an array of evidence");
        while (true)
        {
            context.Read(ref reader);
            if (reader.TokenType == JsonTokenType.EndArray)
            {
                return;
            }

            items.Add(ReadItem(ref reader, context));
        }
    }

    /// <summary>Reads the evidence object the reader stands on: an article's span or a reference.</summary>
    private static Evidence ReadItem(ref Utf8JsonReader reader, GraphJsonReadContext context)
    {
        context.Expect(ref reader, JsonTokenType.StartObject, "an evidence object");
        var start = reader.TokenStartIndex;
        string? article = null, text = null, reference = null;
        int? sentence = null, from = null, to = null;
        while (context.NextProperty(ref reader))
        {
            if (reader.ValueTextEquals("article"u8)) article = context.ReadSharedString(ref reader);
            else if (reader.ValueTextEquals("sentence"u8)) sentence = context.ReadInt32(ref reader);
            else if (reader.ValueTextEquals("start"u8)) from = context.ReadInt32(ref reader);
            else if (reader.ValueTextEquals("end"u8)) to = context.ReadInt32(ref reader);
            else if (reader.ValueTextEquals("text"u8)) text = context.ReadSharedString(ref reader);
            else if (reader.ValueTextEquals("reference"u8)) reference = context.ReadString(ref reader);
            else context.UnknownProperty(ref reader);
        }

        try
        {
            return reference is not null
                ? Evidence.FromReference(reference)
                : Evidence.FromArticle(article ?? throw new ArgumentException("it has neither 'reference' nor 'article'"), sentence ?? 0, from ?? 0, to ?? 0, text ?? "");
        }
        catch (ArgumentException e)
        {
            throw context.Error("invalid evidence: " + e.Message, start);
        }
    }
}
