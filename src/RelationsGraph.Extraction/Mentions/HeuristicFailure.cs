namespace RelationsGraph.Extraction.Mentions;

/// <summary>
/// The exceptions the extractor takes for a heuristic's slip over an unforeseen sentence (an index read past a
/// sentence's end, a lookup of a mention that is not there), rather than for a fault of the process.
/// </summary>
/// <remarks>
/// The rules and the mention patterns are heuristics over free text: one that trips costs its own findings, not the
/// article or the batch, and the extractor reports it as a diagnostic. Other exceptions (out of memory, a
/// cancellation, a stack overflow) are no slip and are let through.
/// </remarks>
internal static class HeuristicFailure
{
    /// <summary>Whether <paramref name="error"/> is one a heuristic's slip throws.</summary>
    public static bool IsSlip(Exception error) =>
        error is ArgumentException or InvalidOperationException or IndexOutOfRangeException or KeyNotFoundException or NullReferenceException;
}
