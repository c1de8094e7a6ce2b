namespace RelationsGraph.Extraction.Text;

/// <summary>
/// A half-open range <c>[Start, End)</c> of UTF-16 code units in a text, always measured in the
/// original text the range was found in.
/// </summary>
/// <param name="Start">Offset of the first character in the range.</param>
/// <param name="End">Offset just past the last character in the range.</param>
public readonly record struct TextRange(int Start, int End)
{
    /// <summary>Number of UTF-16 code units covered (<c>End - Start</c>).</summary>
    public int Length => End - Start;

    /// <summary>Whether the range covers no characters.</summary>
    public bool IsEmpty => End <= Start;

    /// <summary>Copies the characters this range covers out of <paramref name="text"/>.</summary>
    /// <param name="text">The text the range was measured in.</param>
    /// <returns><c>text.Substring(Start, End - Start)</c>.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The range does not lie inside <paramref name="text"/>.</exception>
    public string GetText(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return text.Substring(Start, End - Start);
    }
}
