using RelationsGraph.Testing;

namespace RelationsGraph.Generators.Tests.Support;

/// <summary>Where the built-in ontology file is.</summary>
internal static class BuiltInOntology
{
    public static string Path => System.IO.Path.Combine(RepositoryPaths.Root, "src", "RelationsGraph", "Ontology", "relations.ontology.json");
}
