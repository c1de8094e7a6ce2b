namespace RelationsGraph.Generators.Diagnostics;

/// <summary>The ids of the generator's diagnostics; docs/ontology.md explains each.</summary>
internal static class DiagnosticIds
{
    /// <summary>The file is not well-formed JSON, or cannot be read.</summary>
    public const string MalformedJson = "RG0001";

    /// <summary>The ontology declares no node kinds and no edge kinds.</summary>
    public const string EmptyOntology = "RG0002";

    /// <summary>Two kinds, enums or properties share one name.</summary>
    public const string DuplicateName = "RG0003";

    /// <summary>An edge endpoint or an <c>extends</c> names a kind that does not exist.</summary>
    public const string UnknownKind = "RG0004";

    /// <summary>A property's type is neither a built-in type nor a declared enum.</summary>
    public const string UnknownPropertyType = "RG0005";

    /// <summary>Node kinds extend one another in a cycle.</summary>
    public const string InheritanceCycle = "RG0006";

    /// <summary>A name is not a valid C# identifier, or is a C# keyword.</summary>
    public const string InvalidIdentifier = "RG0007";

    /// <summary>A member has the wrong JSON type, is missing, or is not known.</summary>
    public const string SchemaViolation = "RG0008";
}
