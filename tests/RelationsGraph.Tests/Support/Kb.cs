namespace RelationsGraph.Tests.Support;

/// <summary>Evidence for facts from the bundled reference knowledge.</summary>
public static class Kb
{
    /// <summary>The knowledge base's name.</summary>
    public const string Name = "relationsgraph-kb";

    /// <summary>Evidence that a fact comes from the knowledge base.</summary>
    public static Evidence Fact { get; } = Evidence.FromReference(Name);
}
