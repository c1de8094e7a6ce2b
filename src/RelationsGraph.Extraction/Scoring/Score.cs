namespace RelationsGraph.Extraction.Scoring;

/// <summary>Counts of matched, spurious and missed items, and the precision, recall and F1 they give.</summary>
/// <param name="TruePositives">Extracted items that match a gold item.</param>
/// <param name="FalsePositives">Extracted items that match none.</param>
/// <param name="FalseNegatives">Gold items no extracted item matches.</param>
public readonly record struct Score(int TruePositives, int FalsePositives, int FalseNegatives)
{
    /// <summary>TP / (TP + FP); 1 when nothing was extracted.</summary>
    public double Precision => TruePositives + FalsePositives == 0 ? 1 : (double)TruePositives / (TruePositives + FalsePositives);

    /// <summary>TP / (TP + FN); 1 when there was nothing to find.</summary>
    public double Recall => TruePositives + FalseNegatives == 0 ? 1 : (double)TruePositives / (TruePositives + FalseNegatives);

    /// <summary>The harmonic mean of precision and recall (0 when both are 0).</summary>
    public double F1 => Precision + Recall == 0 ? 0 : 2 * Precision * Recall / (Precision + Recall);

    /// <summary>Adds counts (for micro-averaging).</summary>
    public static Score operator +(Score left, Score right) =>
        new(left.TruePositives + right.TruePositives, left.FalsePositives + right.FalsePositives, left.FalseNegatives + right.FalseNegatives);

    /// <summary>Adds counts (for micro-averaging).</summary>
    public static Score Add(Score left, Score right) => left + right;
}
