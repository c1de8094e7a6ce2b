using System.Globalization;

namespace RelationsGraph.Tests.Support;

/// <summary>Reads every property of a node or edge through <see cref="IPropertyVisitor"/>, as <c>name=value</c> lines.</summary>
public sealed class PropertyDump : IPropertyVisitor
{
    private readonly List<string> lines = [];

    public static IReadOnlyList<string> Of(Node node)
    {
        var dump = new PropertyDump();
        node.Accept(dump);
        return dump.lines;
    }

    public static IReadOnlyList<string> Of(Edge edge)
    {
        var dump = new PropertyDump();
        edge.Accept(dump);
        return dump.lines;
    }

    public void Visit(string name, string? value) => lines.Add($"{name}={value ?? "null"}");

    public void Visit(string name, EquatableArray<string> value) => lines.Add($"{name}=[{string.Join("|", value.Items)}]");

    public void Visit(string name, int? value) => lines.Add($"{name}={value?.ToString(CultureInfo.InvariantCulture) ?? "null"}");

    public void Visit(string name, bool? value) => lines.Add($"{name}={value?.ToString() ?? "null"}");

    public void Visit(string name, PartialDate? value) => lines.Add($"{name}={value?.ToString() ?? "null"}");

    public void Visit(string name, DateTimeOffset? value) => lines.Add($"{name}={value?.ToString("O", CultureInfo.InvariantCulture) ?? "null"}");
}
