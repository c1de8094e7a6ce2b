using System.Globalization;
using System.Xml;

namespace RelationsGraph.Export.GraphML;

/// <summary>Writes a node's or edge's properties as <c>&lt;data&gt;</c> elements; properties without a value are left out.</summary>
internal sealed class GraphMLDataWriter(XmlWriter writer, IReadOnlyDictionary<string, string> keys) : IPropertyVisitor
{
    /// <summary>Writes one <c>&lt;data key="…"&gt;value&lt;/data&gt;</c>.</summary>
    public static void Write(XmlWriter writer, string key, string value)
    {
        writer.WriteStartElement("data");
        writer.WriteAttributeString("key", key);
        writer.WriteString(GraphMLText.Clean(value));
        writer.WriteEndElement();
    }

    /// <inheritdoc />
    public void Visit(string name, string? value)
    {
        if (value is not null)
        {
            Write(writer, keys[name], value);
        }
    }

    /// <inheritdoc />
    public void Visit(string name, EquatableArray<string> value)
    {
        if (!value.IsEmpty)
        {
            Write(writer, keys[name], GraphMLText.JsonArray(value));
        }
    }

    /// <inheritdoc />
    public void Visit(string name, int? value)
    {
        if (value is { } number)
        {
            Write(writer, keys[name], number.ToString(CultureInfo.InvariantCulture));
        }
    }

    /// <inheritdoc />
    public void Visit(string name, bool? value)
    {
        if (value is { } flag)
        {
            Write(writer, keys[name], flag ? "true" : "false");
        }
    }

    /// <inheritdoc />
    public void Visit(string name, PartialDate? value)
    {
        if (value is { } date)
        {
            Write(writer, keys[name], date.ToString());
        }
    }

    /// <inheritdoc />
    public void Visit(string name, DateTimeOffset? value)
    {
        if (value is { } timestamp)
        {
            Write(writer, keys[name], timestamp.ToString("yyyy-MM-dd'T'HH:mm:ssK", CultureInfo.InvariantCulture));
        }
    }
}
