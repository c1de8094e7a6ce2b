namespace RelationsGraph;

/// <summary>The kinds one ontology file declares, as generated (<c>RelationsOntology.Module</c>).</summary>
/// <param name="Name">The ontology's name.</param>
/// <param name="Source">The ontology file's name.</param>
/// <param name="NodeKinds">Its node kinds, by name.</param>
/// <param name="EdgeKinds">Its edge kinds, by name.</param>
/// <param name="Imports">The modules whose kinds it uses.</param>
public sealed record OntologyModule(
    string Name,
    string Source,
    IReadOnlyList<NodeKindDescriptor> NodeKinds,
    IReadOnlyList<EdgeKindDescriptor> EdgeKinds,
    IReadOnlyList<OntologyModule> Imports);
