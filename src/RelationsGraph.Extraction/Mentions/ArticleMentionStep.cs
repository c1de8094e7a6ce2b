using RelationsGraph.Extraction.Reading;

namespace RelationsGraph.Extraction.Mentions;

/// <summary>One pattern of the mention finder that reads the whole article, named for the diagnostic that reports it when it fails.</summary>
/// <param name="Name">The pattern's name, such as "RepeatedNamePattern".</param>
/// <param name="Find">Adds the pattern's mentions to the article's analysed sentences.</param>
internal readonly record struct ArticleMentionStep(string Name, Action<ArticleText, IReadOnlyList<AnalyzedSentence>> Find)
{
    /// <summary>What a diagnostic calls the step: "mention pattern RepeatedNamePattern".</summary>
    public string Description { get; } = $"mention pattern {Name}";
}
