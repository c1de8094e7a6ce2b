namespace RelationsGraph.Extraction.Knowledge;

/// <summary>The knowledge-base files embedded in this assembly.</summary>
internal static class EmbeddedKnowledge
{
    public const string Prefix = "RelationsGraph.Extraction.KnowledgeBase.";

    public static readonly string[] GraphFiles = ["countries.json", "organizations.json", "leaders.json", "documents.json"];

    public const string TermsFile = "leader-terms.json";

    public const string GroupsFile = "document-groups.json";

    public const string LexiconFile = "lexicon.json";

    public static byte[] Read(string file)
    {
        using var stream = typeof(EmbeddedKnowledge).Assembly.GetManifestResourceStream(Prefix + file)
            ?? throw new InvalidOperationException($"The embedded knowledge-base file {file} is missing from the assembly.");
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }
}
