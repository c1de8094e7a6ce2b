using System.Globalization;
using System.Text.Json;

namespace RelationsGraph.Serialization;

/// <summary>Small pieces of JSON writing shared by the generated code.</summary>
public static class GraphJsonWriting
{
    /// <summary>Writes a list of strings, or nothing when it is empty.</summary>
    public static void WriteStrings(Utf8JsonWriter writer, ReadOnlySpan<byte> name, EquatableArray<string> values)
    {
        ArgumentNullException.ThrowIfNull(writer);
        if (values.IsEmpty)
        {
            return;
        }

        writer.WriteStartArray(name);
        foreach (var value in values)
        {
            writer.WriteStringValue(value);
        }

        writer.WriteEndArray();
    }

    /// <summary>Writes a timestamp in ISO 8601 with its offset and no more precision than it has (<c>2023-11-17T15:27:00+08:00</c>).</summary>
    public static void WriteTimestamp(Utf8JsonWriter writer, ReadOnlySpan<byte> name, DateTimeOffset value)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteString(name, value.ToString("yyyy-MM-dd'T'HH:mm:ssK", CultureInfo.InvariantCulture));
    }
}
