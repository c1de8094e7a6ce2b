using RelationsGraph.Generators.Diagnostics;
using RelationsGraph.Generators.Json;

namespace RelationsGraph.Generators.Model;

/// <summary>
/// Turns an ontology file into an <see cref="OntologyDefinition"/>, reporting every member of the
/// wrong shape with its position. Cross-kind checks (unknown kinds, cycles) are the
/// <see cref="OntologyValidator"/>'s.
/// </summary>
internal sealed class OntologyLoader(string file, List<Diagnostic> diagnostics)
{
    private static readonly string[] TopMembers = ["$schema", "$comment", "name", "namespace", "doc", "enums", "nodes", "edges"];
    private static readonly string[] EnumMembers = ["name", "doc", "values"];
    private static readonly string[] NodeMembers = ["name", "idPrefix", "extends", "doc", "properties", "dot"];
    private static readonly string[] EdgeMembers = ["name", "from", "to", "inverse", "doc", "properties", "dot"];
    private static readonly string[] PropertyMembers = ["name", "type", "doc"];

    /// <summary>Reads and checks the file at <paramref name="file"/>; null when it is not JSON at all.</summary>
    public static OntologyDefinition? Load(string file, List<Diagnostic> diagnostics)
    {
        byte[] bytes;
        try
        {
            bytes = File.ReadAllBytes(file);
        }
        catch (IOException e)
        {
            diagnostics.Add(new Diagnostic(DiagnosticIds.MalformedJson, file, new SourcePosition(1, 1), $"cannot read the ontology: {e.Message}"));
            return null;
        }

        JsonTree tree;
        try
        {
            tree = JsonTreeReader.Parse(bytes);
        }
        catch (JsonTreeException e)
        {
            diagnostics.Add(new Diagnostic(DiagnosticIds.MalformedJson, file, e.Position, $"the ontology is not valid JSON: {e.Message}"));
            return null;
        }

        return new OntologyLoader(file, diagnostics).Read(tree);
    }

    private OntologyDefinition? Read(JsonTree tree)
    {
        if (Expect<JsonTreeObject>(tree, "the ontology") is not { } root)
        {
            return null;
        }

        CheckMembers(root, TopMembers, "the ontology");
        var name = RequiredIdentifier(root, "name", "the ontology") ?? "Ontology";
        var ns = RequiredString(root, "namespace", "the ontology") ?? "Generated";
        foreach (var part in ns.Split('.'))
        {
            CheckIdentifier(part, root.Find("namespace")!.Value.Position, "namespace part");
        }

        var enums = Items(root, "enums").Select(ReadEnum).OfType<EnumDefinition>().ToList();
        var nodes = Items(root, "nodes").Select(ReadNode).OfType<NodeKindDefinition>().ToList();
        var edges = Items(root, "edges").Select(ReadEdge).OfType<EdgeKindDefinition>().ToList();
        if (!Items(root, "nodes").Any() && !Items(root, "edges").Any())
        {
            Report(DiagnosticIds.EmptyOntology, root.Position, "the ontology declares no node kinds and no edge kinds");
        }

        return new OntologyDefinition(file, name, ns, OptionalString(root, "doc"), enums, nodes, edges);
    }

    private EnumDefinition? ReadEnum(JsonTree item)
    {
        if (Expect<JsonTreeObject>(item, "an enum") is not { } obj)
        {
            return null;
        }

        CheckMembers(obj, EnumMembers, "an enum");
        var name = RequiredIdentifier(obj, "name", "an enum");
        var values = new List<string>();
        foreach (var value in Items(obj, "values"))
        {
            if (Expect<JsonTreeString>(value, "an enum value") is { } s && CheckIdentifier(s.Value, s.Position, "enum value"))
            {
                if (values.Contains(s.Value))
                {
                    Report(DiagnosticIds.DuplicateName, s.Position, $"enum {name} declares the value '{s.Value}' twice");
                }
                else
                {
                    values.Add(s.Value);
                }
            }
        }

        return name is null ? null : new EnumDefinition(name, OptionalString(obj, "doc"), values, obj.Position);
    }

    private NodeKindDefinition? ReadNode(JsonTree item)
    {
        if (Expect<JsonTreeObject>(item, "a node kind") is not { } obj)
        {
            return null;
        }

        CheckMembers(obj, NodeMembers, "a node kind");
        var name = RequiredIdentifier(obj, "name", "a node kind");
        var prefix = RequiredString(obj, "idPrefix", $"node kind {name}");
        if (prefix is not null && !IsSlug(prefix))
        {
            Report(DiagnosticIds.SchemaViolation, obj.Find("idPrefix")!.Value.Position, $"the idPrefix '{prefix}' of {name} must be lower-case letters, digits and hyphens");
        }

        var extends = obj.Find("extends");
        var extendsName = extends is null ? null : Expect<JsonTreeString>(extends.Value, "'extends'")?.Value;
        return name is null || prefix is null
            ? null
            : new NodeKindDefinition(name, prefix, extendsName, OptionalString(obj, "doc"), ReadProperties(obj, name), ReadDot(obj), obj.Position, extends?.Value.Position ?? obj.Position);
    }

    private EdgeKindDefinition? ReadEdge(JsonTree item)
    {
        if (Expect<JsonTreeObject>(item, "an edge kind") is not { } obj)
        {
            return null;
        }

        CheckMembers(obj, EdgeMembers, "an edge kind");
        var name = RequiredIdentifier(obj, "name", "an edge kind");
        var inverse = RequiredIdentifier(obj, "inverse", $"edge kind {name}");
        var from = KindList(obj, "from", name);
        var to = KindList(obj, "to", name);
        return name is null || inverse is null || from.Count == 0 || to.Count == 0
            ? null
            : new EdgeKindDefinition(name, from, to, inverse, OptionalString(obj, "doc"), ReadProperties(obj, name), ReadDot(obj), obj.Position);
    }

    private List<KindReference> KindList(JsonTreeObject obj, string member, string? owner)
    {
        if (obj.Find(member) is null)
        {
            Report(DiagnosticIds.SchemaViolation, obj.Position, $"edge kind {owner} has no '{member}' list");
            return [];
        }

        var kinds = Items(obj, member).Select(i => Expect<JsonTreeString>(i, "a kind name")).OfType<JsonTreeString>()
            .Select(s => new KindReference(s.Value, s.Position)).ToList();
        if (kinds.Count == 0)
        {
            Report(DiagnosticIds.SchemaViolation, obj.Find(member)!.Value.Position, $"edge kind {owner} names no kind in '{member}'");
        }

        return kinds;
    }

    private List<PropertyDefinition> ReadProperties(JsonTreeObject owner, string? ownerName)
    {
        var properties = new List<PropertyDefinition>();
        foreach (var item in Items(owner, "properties"))
        {
            if (Expect<JsonTreeObject>(item, "a property") is not { } obj)
            {
                continue;
            }

            CheckMembers(obj, PropertyMembers, "a property");
            var name = RequiredString(obj, "name", $"a property of {ownerName}");
            var type = RequiredString(obj, "type", $"property {name} of {ownerName}");
            if (name is null || type is null)
            {
                continue;
            }

            var position = obj.Find("name")!.Value.Position;
            if (!IsCamelCase(name))
            {
                Report(DiagnosticIds.InvalidIdentifier, position, $"property name '{name}' of {ownerName} must be camelCase: a lower-case letter, then letters and digits");
                continue;
            }

            if (CSharpNames.IsReservedMember(name))
            {
                Report(DiagnosticIds.DuplicateName, position, $"property '{name}' of {ownerName} clashes with a member every node or edge has");
                continue;
            }

            if (properties.Any(p => p.JsonName == name))
            {
                Report(DiagnosticIds.DuplicateName, position, $"{ownerName} declares the property '{name}' twice");
                continue;
            }

            var typeRef = PropertyType.BuiltIn.TryGetValue(type, out var kind) ? new PropertyType(kind) : new PropertyType(PropertyTypeKind.Enum, type);
            properties.Add(new PropertyDefinition(name, typeRef, OptionalString(obj, "doc"), obj.Find("type")!.Value.Position));
        }

        return properties;
    }

    private Dictionary<string, string> ReadDot(JsonTreeObject owner)
    {
        var dot = new Dictionary<string, string>(StringComparer.Ordinal);
        if (owner.Find("dot") is not { } member || Expect<JsonTreeObject>(member.Value, "'dot'") is not { } obj)
        {
            return dot;
        }

        foreach (var property in obj.Properties)
        {
            if (Expect<JsonTreeString>(property.Value, $"dot attribute '{property.Name}'") is { } value)
            {
                dot[property.Name] = value.Value;
            }
        }

        return dot;
    }

    private IEnumerable<JsonTree> Items(JsonTreeObject obj, string member) =>
        obj.Find(member) is { } property && Expect<JsonTreeArray>(property.Value, $"'{member}'") is { } array ? array.Items : [];

    private string? RequiredIdentifier(JsonTreeObject obj, string member, string owner)
    {
        var value = RequiredString(obj, member, owner);
        return value is not null && CheckIdentifier(value, obj.Find(member)!.Value.Position, member) ? value : null;
    }

    private string? RequiredString(JsonTreeObject obj, string member, string owner)
    {
        if (obj.Find(member) is not { } property)
        {
            Report(DiagnosticIds.SchemaViolation, obj.Position, $"{owner} has no '{member}'");
            return null;
        }

        var value = Expect<JsonTreeString>(property.Value, $"'{member}'")?.Value;
        if (value is { Length: 0 })
        {
            Report(DiagnosticIds.SchemaViolation, property.Value.Position, $"'{member}' of {owner} is empty");
            return null;
        }

        return value;
    }

    private string? OptionalString(JsonTreeObject obj, string member) =>
        obj.Find(member) is { } property ? Expect<JsonTreeString>(property.Value, $"'{member}'")?.Value : null;

    private T? Expect<T>(JsonTree value, string what)
        where T : JsonTree
    {
        if (value is T typed)
        {
            return typed;
        }

        var expected = typeof(T) == typeof(JsonTreeObject) ? "an object" : typeof(T) == typeof(JsonTreeArray) ? "an array" : "a string";
        Report(DiagnosticIds.SchemaViolation, value.Position, $"{what} must be {expected}, not {value.Description}");
        return null;
    }

    private void CheckMembers(JsonTreeObject obj, string[] known, string owner)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var property in obj.Properties)
        {
            if (!seen.Add(property.Name))
            {
                Report(DiagnosticIds.DuplicateName, property.Position, $"{owner} has '{property.Name}' twice");
            }
            else if (!known.Contains(property.Name))
            {
                Report(DiagnosticIds.SchemaViolation, property.Position, $"{owner} has an unknown member '{property.Name}' (known: {string.Join(", ", known)})");
            }
        }
    }

    private bool CheckIdentifier(string name, SourcePosition position, string what)
    {
        if (CSharpNames.IsValidIdentifier(name))
        {
            return true;
        }

        var why = CSharpNames.IsKeyword(name) ? "is a C# keyword" : "is not a valid C# identifier";
        Report(DiagnosticIds.InvalidIdentifier, position, $"the {what} '{name}' {why}");
        return false;
    }

    private void Report(string id, SourcePosition position, string message) => diagnostics.Add(new Diagnostic(id, file, position, message));

    private static bool IsSlug(string text) => text.All(c => c is (>= 'a' and <= 'z') or (>= '0' and <= '9') or '-') && text[0] != '-' && text[^1] != '-';

    private static bool IsCamelCase(string text) => text[0] is >= 'a' and <= 'z' && text.All(char.IsAsciiLetterOrDigit);
}
