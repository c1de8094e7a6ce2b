namespace RelationsGraph.Extraction.Mentions;

/// <summary>One pattern of the mention finder, named for the diagnostic that reports it when it fails.</summary>
/// <param name="Name">The pattern's name, such as "SeriesPattern".</param>
/// <param name="Find">Adds the pattern's mentions to a sentence.</param>
internal readonly record struct MentionStep(string Name, Action<AnalyzedSentence> Find)
{
    /// <summary>What a diagnostic calls the step: "mention pattern SeriesPattern".</summary>
    public string Description { get; } = $"mention pattern {Name}";
}
