using System.Globalization;
using System.Text.Json;

namespace RelationsGraph.Serialization;

/// <summary>Small pieces of JSON writing shared by the generated code.</summary>
/// <remarks>
/// The overloads that take a <see cref="JsonEncodedText"/> name write values without temporary strings: generated
/// code encodes each property name once, dates and timestamps are formatted into a stack buffer and enum names
/// come from a table encoded once per enum type. They write the same bytes as the overloads that take UTF-8 names.
/// </remarks>
public static class GraphJsonWriting
{
    /// <summary>The format of timestamps: ISO 8601 with the offset and whole seconds.</summary>
    private const string TimestampFormat = "yyyy-MM-dd'T'HH:mm:ssK";

    /// <summary>Writes a list of strings, or nothing when it is empty.</summary>
    public static void WriteStrings(Utf8JsonWriter writer, ReadOnlySpan<byte> name, EquatableArray<string> values)
    {
        ArgumentNullException.ThrowIfNull(writer);
        if (values.IsEmpty)
        {
            return;
        }

        writer.WriteStartArray(name);
        WriteStringValues(writer, values);
    }

    /// <summary>Writes a list of strings, or nothing when it is empty.</summary>
    public static void WriteStrings(Utf8JsonWriter writer, JsonEncodedText name, EquatableArray<string> values)
    {
        ArgumentNullException.ThrowIfNull(writer);
        if (values.IsEmpty)
        {
            return;
        }

        writer.WriteStartArray(name);
        WriteStringValues(writer, values);
    }

    /// <summary>Writes a timestamp in ISO 8601 with its offset and no more precision than it has (<c>2023-11-17T15:27:00+08:00</c>).</summary>
    public static void WriteTimestamp(Utf8JsonWriter writer, ReadOnlySpan<byte> name, DateTimeOffset value)
    {
        ArgumentNullException.ThrowIfNull(writer);
        Span<byte> text = stackalloc byte[64];
        writer.WriteString(name, FormatTimestamp(value, text));
    }

    /// <summary>Writes a timestamp in ISO 8601 with its offset and no more precision than it has (<c>2023-11-17T15:27:00+08:00</c>).</summary>
    public static void WriteTimestamp(Utf8JsonWriter writer, JsonEncodedText name, DateTimeOffset value)
    {
        ArgumentNullException.ThrowIfNull(writer);
        Span<byte> text = stackalloc byte[64];
        writer.WriteString(name, FormatTimestamp(value, text));
    }

    /// <summary>Writes a date in ISO 8601 at its precision (<c>1978</c>, <c>1978-08</c>, <c>1978-08-12</c>), as <see cref="PartialDate.ToString"/> does.</summary>
    public static void WriteDate(Utf8JsonWriter writer, JsonEncodedText name, PartialDate value)
    {
        ArgumentNullException.ThrowIfNull(writer);
        Span<byte> text = stackalloc byte[PartialDate.MaxUtf8Length];
        writer.WriteString(name, text[..value.FormatUtf8(text)]);
    }

    /// <summary>Writes an enum value by its member name, as <see cref="Enum.ToString()"/> gives it.</summary>
    public static void WriteEnum<T>(Utf8JsonWriter writer, JsonEncodedText name, T value)
        where T : struct, Enum
    {
        ArgumentNullException.ThrowIfNull(writer);
        if (EnumJsonText<T>.TryGet(value, out var text))
        {
            writer.WriteString(name, text);
        }
        else
        {
            writer.WriteString(name, value.ToString());
        }
    }

    private static void WriteStringValues(Utf8JsonWriter writer, EquatableArray<string> values)
    {
        foreach (var value in values.Items)
        {
            writer.WriteStringValue(value);
        }

        writer.WriteEndArray();
    }

    private static ReadOnlySpan<byte> FormatTimestamp(DateTimeOffset value, Span<byte> buffer) =>
        value.TryFormat(buffer, out var written, TimestampFormat, CultureInfo.InvariantCulture)
            ? buffer[..written]
            : System.Text.Encoding.UTF8.GetBytes(value.ToString(TimestampFormat, CultureInfo.InvariantCulture));
}
