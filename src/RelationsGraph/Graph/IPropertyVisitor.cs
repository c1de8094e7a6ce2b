namespace RelationsGraph;

/// <summary>
/// Receives the kind-specific properties of a node or edge, each with its JSON name: how exporters
/// read properties without knowing the kinds. One method per property type of the ontology; an
/// enum arrives as its member name.
/// </summary>
/// <remarks>Every property is visited, including those without a value (null or an empty list).</remarks>
public interface IPropertyVisitor
{
    /// <summary>A string property, or an enum property as its member name.</summary>
    void Visit(string name, string? value);

    /// <summary>A list of strings.</summary>
    void Visit(string name, EquatableArray<string> value);

    /// <summary>An integer.</summary>
    void Visit(string name, int? value);

    /// <summary>A boolean.</summary>
    void Visit(string name, bool? value);

    /// <summary>A date, exact or partial.</summary>
    void Visit(string name, PartialDate? value);

    /// <summary>A timestamp.</summary>
    void Visit(string name, DateTimeOffset? value);
}
