using System.Text.Json;
using RelationsGraph.Serialization;

namespace RelationsGraph;

/// <summary>Reads one edge of a known kind from the JSON object the reader stands on.</summary>
public delegate Edge EdgeJsonReader(ref Utf8JsonReader reader, GraphJsonReadContext context);

/// <summary>Everything the library knows about an edge kind: generated from the ontology.</summary>
/// <param name="Name">The kind's name (<c>Cites</c>).</param>
/// <param name="ClrType">The generated class.</param>
/// <param name="From">The node kinds it may leave (<c>Node</c> for any).</param>
/// <param name="To">The node kinds it may enter (<c>Node</c> for any).</param>
/// <param name="Inverse">The name of the generated reader of incoming edges (<c>CitedBy</c>).</param>
/// <param name="Properties">Its properties, by name.</param>
/// <param name="Dot">Its DOT attributes (label, style, color, …), by name.</param>
/// <param name="Read">Reads an edge of this kind from graph JSON.</param>
/// <param name="Doc">What the edge states.</param>
public sealed record EdgeKindDescriptor(
    string Name,
    Type ClrType,
    IReadOnlyList<string> From,
    IReadOnlyList<string> To,
    string Inverse,
    IReadOnlyList<PropertyDescriptor> Properties,
    IReadOnlyList<KeyValuePair<string, string>> Dot,
    EdgeJsonReader Read,
    string? Doc)
{
    /// <summary>The label drawn on the edge: the <c>label</c> DOT attribute, or the kind's name.</summary>
    public string Label => Dot.FirstOrDefault(d => d.Key == "label").Value ?? Name;
}
