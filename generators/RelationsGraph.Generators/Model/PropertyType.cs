namespace RelationsGraph.Generators.Model;

/// <summary>The type of a property: one of the built-in types or a declared enum.</summary>
/// <param name="Kind">Which type.</param>
/// <param name="EnumName">The enum's name when <paramref name="Kind"/> is <see cref="PropertyTypeKind.Enum"/>.</param>
internal sealed record PropertyType(PropertyTypeKind Kind, string? EnumName = null)
{
    /// <summary>The spellings of the built-in types in an ontology file.</summary>
    public static readonly IReadOnlyDictionary<string, PropertyTypeKind> BuiltIn = new Dictionary<string, PropertyTypeKind>(StringComparer.Ordinal)
    {
        ["string"] = PropertyTypeKind.String,
        ["string[]"] = PropertyTypeKind.StringList,
        ["int"] = PropertyTypeKind.Int,
        ["bool"] = PropertyTypeKind.Bool,
        ["date"] = PropertyTypeKind.Date,
        ["datetime"] = PropertyTypeKind.DateTime,
    };

    /// <summary>The C# type of the generated property (nullable where absence is possible).</summary>
    public string ClrType => Kind switch
    {
        PropertyTypeKind.String => "string?",
        PropertyTypeKind.StringList => "global::RelationsGraph.EquatableArray<string>",
        PropertyTypeKind.Int => "int?",
        PropertyTypeKind.Bool => "bool?",
        PropertyTypeKind.Date => "global::RelationsGraph.PartialDate?",
        PropertyTypeKind.DateTime => "global::System.DateTimeOffset?",
        _ => EnumName + "?",
    };

    /// <summary>The name of the <c>RelationsGraph.PropertyType</c> member describing this type.</summary>
    public string DescriptorKind => Kind switch
    {
        PropertyTypeKind.String => "Text",
        PropertyTypeKind.StringList => "TextList",
        PropertyTypeKind.Int => "Number",
        PropertyTypeKind.Bool => "Boolean",
        _ => Kind.ToString(),
    };
}

/// <summary>The property types an ontology can use.</summary>
internal enum PropertyTypeKind
{
    /// <summary>A string.</summary>
    String,

    /// <summary>A list of strings.</summary>
    StringList,

    /// <summary>A 32-bit integer.</summary>
    Int,

    /// <summary>A boolean.</summary>
    Bool,

    /// <summary>A date that may be exact, month-only or year-only.</summary>
    Date,

    /// <summary>A timestamp with an offset.</summary>
    DateTime,

    /// <summary>A value of an enum declared in the ontology.</summary>
    Enum,
}
