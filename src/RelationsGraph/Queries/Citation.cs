namespace RelationsGraph.Queries;

/// <summary>A document or event that cites a foundational document, directly or through other documents.</summary>
/// <param name="Citing">The citing document or event.</param>
/// <param name="Foundation">The foundational document it rests on (<see cref="Document.Foundational"/> is true).</param>
/// <param name="Path">
/// A shortest chain of citations from <paramref name="Citing"/> to <paramref name="Foundation"/>: the first edge leaves
/// <paramref name="Citing"/>, each next edge leaves the document the previous one enters, and the last enters
/// <paramref name="Foundation"/>. Each edge carries its evidence.
/// </param>
public sealed record Citation(Node Citing, Document Foundation, IReadOnlyList<Cites> Path)
{
    /// <summary>True when <see cref="Citing"/> cites <see cref="Foundation"/> itself rather than through other documents.</summary>
    public bool IsDirect => Path.Count == 1;

    /// <summary>How many citations the shortest chain has (1 for a direct citation).</summary>
    public int Depth => Path.Count;
}
