using RelationsGraph.Generators.Json;

namespace RelationsGraph.Generators.Model;

/// <summary>One ontology file, as read and checked.</summary>
/// <param name="File">The path it was read from, as given.</param>
/// <param name="Name">The module name (Relations); prefixes generated types of an extension ontology.</param>
/// <param name="Namespace">The C# namespace of the generated code.</param>
/// <param name="Doc">What the ontology is for.</param>
/// <param name="Enums">Enums that properties may use.</param>
/// <param name="Nodes">Node kinds, in file order.</param>
/// <param name="Edges">Edge kinds, in file order.</param>
internal sealed record OntologyDefinition(
    string File,
    string Name,
    string Namespace,
    string? Doc,
    IReadOnlyList<EnumDefinition> Enums,
    IReadOnlyList<NodeKindDefinition> Nodes,
    IReadOnlyList<EdgeKindDefinition> Edges);

/// <summary>An enum declared in the ontology.</summary>
internal sealed record EnumDefinition(string Name, string? Doc, IReadOnlyList<string> Values, SourcePosition Position);

/// <summary>A node kind: a generated record deriving from Node (or from the kind it extends).</summary>
internal sealed record NodeKindDefinition(
    string Name,
    string IdPrefix,
    string? Extends,
    string? Doc,
    IReadOnlyList<PropertyDefinition> Properties,
    IReadOnlyDictionary<string, string> Dot,
    SourcePosition Position,
    SourcePosition ExtendsPosition);

/// <summary>An edge kind: a generated class deriving from Edge with typed endpoints.</summary>
internal sealed record EdgeKindDefinition(
    string Name,
    IReadOnlyList<KindReference> From,
    IReadOnlyList<KindReference> To,
    string Inverse,
    string? Doc,
    IReadOnlyList<PropertyDefinition> Properties,
    IReadOnlyDictionary<string, string> Dot,
    SourcePosition Position);

/// <summary>A kind named by an edge endpoint, with where it was named.</summary>
internal sealed record KindReference(string Name, SourcePosition Position);

/// <summary>A property of a node or edge kind.</summary>
/// <param name="JsonName">The camelCase name used in the graph JSON.</param>
/// <param name="Type">The property's type.</param>
/// <param name="Doc">What the value means.</param>
/// <param name="Position">Where the property is declared.</param>
internal sealed record PropertyDefinition(string JsonName, PropertyType Type, string? Doc, SourcePosition Position)
{
    /// <summary>The PascalCase C# property name.</summary>
    public string Name => char.ToUpperInvariant(JsonName[0]) + JsonName[1..];
}
