namespace RelationsGraph.Extraction.Mentions;

/// <summary>A mention pattern that threw on a sentence: it found nothing more there, and the extractor reports it.</summary>
/// <param name="Sentence">The sentence's index in its article.</param>
/// <param name="Pattern">The pattern's name (see <see cref="MentionStep.Name"/>).</param>
/// <param name="Error">What it threw.</param>
internal readonly record struct MentionPatternFailure(int Sentence, string Pattern, Exception Error)
{
    /// <summary>The diagnostic's message.</summary>
    public string Message => $"The mention pattern {Pattern} failed on this sentence and found nothing more there: {Error.GetType().Name}: {Error.Message}";
}
