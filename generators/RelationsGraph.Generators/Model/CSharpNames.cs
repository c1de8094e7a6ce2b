namespace RelationsGraph.Generators.Model;

/// <summary>What C# accepts as a name.</summary>
internal static class CSharpNames
{
    private static readonly HashSet<string> Keywords = new(StringComparer.Ordinal)
    {
        "abstract", "as", "base", "bool", "break", "byte", "case", "catch", "char", "checked", "class", "const",
        "continue", "decimal", "default", "delegate", "do", "double", "else", "enum", "event", "explicit", "extern",
        "false", "finally", "fixed", "float", "for", "foreach", "goto", "if", "implicit", "in", "int", "interface",
        "internal", "is", "lock", "long", "namespace", "new", "null", "object", "operator", "out", "override",
        "params", "private", "protected", "public", "readonly", "ref", "return", "sbyte", "sealed", "short",
        "sizeof", "stackalloc", "static", "string", "struct", "switch", "this", "throw", "true", "try", "typeof",
        "uint", "ulong", "unchecked", "unsafe", "ushort", "using", "virtual", "void", "volatile", "while",
        "record", "var", "dynamic", "file", "required", "scoped", "field",
    };

    /// <summary>Members that every node or edge has, and JSON names that the envelope uses.</summary>
    private static readonly HashSet<string> ReservedMembers = new(StringComparer.OrdinalIgnoreCase)
    {
        "id", "kind", "name", "aliases", "from", "to", "source", "target", "evidence", "equalityContract", "idPrefix",
    };

    /// <summary>True for a C# keyword (contextual keywords that would confuse generated code included).</summary>
    public static bool IsKeyword(string name) => Keywords.Contains(name);

    /// <summary>True when <paramref name="name"/> can be used as a type, member or enum value name.</summary>
    public static bool IsValidIdentifier(string name) =>
        name.Length > 0
        && (char.IsAsciiLetter(name[0]) || name[0] == '_')
        && name.All(c => char.IsAsciiLetterOrDigit(c) || c == '_')
        && !IsKeyword(name);

    /// <summary>True when a property of that name would clash with the envelope or the base types.</summary>
    public static bool IsReservedMember(string name) => ReservedMembers.Contains(name);
}
