namespace RelationsGraph.Generators.Json;

/// <summary>A position in a source file: 1-based line and column.</summary>
/// <param name="Line">The 1-based line.</param>
/// <param name="Column">The 1-based column, counted in UTF-16 characters.</param>
internal readonly record struct SourcePosition(int Line, int Column);

/// <summary>A JSON value read with the position where it starts, so that diagnostics can point at it.</summary>
internal abstract record JsonTree(SourcePosition Position)
{
    /// <summary>The JSON type's name as a person says it ("an object", "a string").</summary>
    public abstract string Description { get; }
}

/// <summary>A JSON object; properties keep their order and their own positions.</summary>
internal sealed record JsonTreeObject(SourcePosition Position, IReadOnlyList<JsonTreeProperty> Properties) : JsonTree(Position)
{
    /// <inheritdoc />
    public override string Description => "an object";

    /// <summary>The first property with the given name, or null.</summary>
    public JsonTreeProperty? Find(string name) => Properties.FirstOrDefault(p => p.Name == name);
}

/// <summary>One property of a JSON object.</summary>
internal sealed record JsonTreeProperty(string Name, SourcePosition Position, JsonTree Value);

/// <summary>A JSON array.</summary>
internal sealed record JsonTreeArray(SourcePosition Position, IReadOnlyList<JsonTree> Items) : JsonTree(Position)
{
    /// <inheritdoc />
    public override string Description => "an array";
}

/// <summary>A JSON string.</summary>
internal sealed record JsonTreeString(SourcePosition Position, string Value) : JsonTree(Position)
{
    /// <inheritdoc />
    public override string Description => "a string";
}

/// <summary>A JSON number, a boolean or null, kept as its source text.</summary>
internal sealed record JsonTreeScalar(SourcePosition Position, string Text, System.Text.Json.JsonTokenType Token) : JsonTree(Position)
{
    /// <inheritdoc />
    public override string Description => Token switch
    {
        System.Text.Json.JsonTokenType.Number => "a number",
        System.Text.Json.JsonTokenType.Null => "null",
        _ => "a boolean",
    };
}
