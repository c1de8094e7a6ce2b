namespace RelationsGraph.Export.GraphML;

/// <summary>One <c>&lt;key&gt;</c> declaration of a GraphML export.</summary>
/// <param name="Id">The key's id, unique in the file.</param>
/// <param name="For"><c>node</c> or <c>edge</c>.</param>
/// <param name="Name">The attribute's name (<c>attr.name</c>), as tools such as NetworkX show it.</param>
/// <param name="Type">The GraphML type (<c>attr.type</c>): <c>string</c>, <c>int</c> or <c>boolean</c>.</param>
internal sealed record GraphMLKey(string Id, string For, string Name, string Type);
