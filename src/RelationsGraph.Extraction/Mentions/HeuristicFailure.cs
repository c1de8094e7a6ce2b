namespace RelationsGraph.Extraction.Mentions;

/// <summary>
/// The exceptions the extractor takes for a heuristic's slip over an unforeseen sentence (an index read past a
/// sentence's end, a lookup of a mention that is not there), rather than for a fault of the process.
/// </summary>
/// <remarks>
/// The rules, the mention patterns and the resolution of each sentence are heuristics over free text: one that trips
/// costs its own findings, not the article or the batch, and the extractor reports it as a diagnostic. Other
/// exceptions (out of memory, a cancellation, a stack overflow) are no slip and are let through.
/// </remarks>
internal static class HeuristicFailure
{
    /// <summary>Whether <paramref name="error"/> is one a heuristic's slip throws.</summary>
    public static bool IsSlip(Exception error) =>
        error is ArgumentException or InvalidOperationException or IndexOutOfRangeException or KeyNotFoundException or NullReferenceException;

    /// <summary>
    /// Runs <paramref name="step"/>. With <paramref name="failures"/>, a slip costs what the step had left to do and is
    /// listed there; without, it reaches the caller (the public one-call APIs, whose callers see their own errors).
    /// </summary>
    /// <param name="failures">Where a slip is listed; null to let it through.</param>
    /// <param name="name">What the step is, for the diagnostic: "mention pattern SeriesPattern".</param>
    /// <param name="sentence">The sentence the step works on; null for a step over the whole article.</param>
    /// <param name="step">The step; a static delegate over <paramref name="state"/>, so that guarding allocates nothing.</param>
    /// <param name="state">What the step works on.</param>
    public static void Guard<T>(List<HeuristicStepFailure>? failures, string name, int? sentence, Action<T> step, T state)
    {
        if (failures is null)
        {
            step(state);
            return;
        }

        try
        {
            step(state);
        }
        catch (Exception e) when (IsSlip(e))
        {
            failures.Add(new HeuristicStepFailure(name, sentence, e));
        }
    }
}
