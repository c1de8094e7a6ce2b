using System.Text.Json;
using RelationsGraph.Serialization;

namespace RelationsGraph;

/// <summary>Reads one node of a known kind from the JSON object the reader stands on.</summary>
public delegate Node NodeJsonReader(ref Utf8JsonReader reader, GraphJsonReadContext context);

/// <summary>Everything the library knows about a node kind: generated from the ontology, read by serializers and exporters.</summary>
/// <param name="Name">The kind's name (<c>Country</c>).</param>
/// <param name="ClrType">The generated record type.</param>
/// <param name="IdPrefix">The prefix of the kind's ids (<c>country</c>).</param>
/// <param name="BaseKind">The kind it extends, or null.</param>
/// <param name="Properties">Its properties, inherited ones included, by name.</param>
/// <param name="Dot">Its DOT attributes (shape, style, fillcolor, …), by name.</param>
/// <param name="Read">Reads a node of this kind from graph JSON.</param>
/// <param name="Doc">What the kind is.</param>
public sealed record NodeKindDescriptor(
    string Name,
    Type ClrType,
    string IdPrefix,
    string? BaseKind,
    IReadOnlyList<PropertyDescriptor> Properties,
    IReadOnlyList<KeyValuePair<string, string>> Dot,
    NodeJsonReader Read,
    string? Doc);
