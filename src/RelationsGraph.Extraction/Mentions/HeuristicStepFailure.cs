namespace RelationsGraph.Extraction.Mentions;

/// <summary>
/// A step of the analysis (a mention pattern, the resolution of a sentence) that threw: it found nothing more in
/// its sentence, or in the article for a step that reads the whole article, and the extractor reports it.
/// </summary>
/// <param name="Step">What failed, as the diagnostic names it: "mention pattern SeriesPattern".</param>
/// <param name="Sentence">The sentence's index in its article; null for a step over the whole article.</param>
/// <param name="Error">What it threw.</param>
internal readonly record struct HeuristicStepFailure(string Step, int? Sentence, Exception Error)
{
    /// <summary>The diagnostic's message.</summary>
    public string Message => Sentence is null
        ? $"The {Step} failed on this article and found nothing more: {Error.GetType().Name}: {Error.Message}"
        : $"The {Step} failed on this sentence and found nothing more there: {Error.GetType().Name}: {Error.Message}";
}
