namespace RelationsGraph;

/// <summary>A property of a node or edge kind, as the ontology declares it.</summary>
/// <param name="Name">The JSON name (camelCase).</param>
/// <param name="Type">The property's type.</param>
/// <param name="EnumType">The enum's CLR type when <paramref name="Type"/> is <see cref="PropertyType.Enum"/>.</param>
/// <param name="Doc">What the value means.</param>
public sealed record PropertyDescriptor(string Name, PropertyType Type, Type? EnumType, string? Doc);
