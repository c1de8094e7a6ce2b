namespace RelationsGraph.Extraction.Gazetteer;

/// <summary>A whole-word occurrence of a gazetteer surface form in a text.</summary>
/// <typeparam name="T">The payload type (an entity id, a node, ...).</typeparam>
public sealed class GazetteerMatch<T>
{
    /// <summary>Creates a match.</summary>
    /// <param name="start">Offset of the first matched character in the searched text.</param>
    /// <param name="length">Number of matched characters.</param>
    /// <param name="payloads">Every payload registered for the matched surface form; at least one.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="start"/> is negative or <paramref name="length"/> is not positive.</exception>
    /// <exception cref="ArgumentException"><paramref name="payloads"/> is empty.</exception>
    public GazetteerMatch(int start, int length, IReadOnlyList<T> payloads)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(start);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(length);
        ArgumentNullException.ThrowIfNull(payloads);
        if (payloads.Count == 0)
        {
            throw new ArgumentException("A match needs at least one payload.", nameof(payloads));
        }

        Start = start;
        Length = length;
        Payloads = payloads;
    }

    /// <summary>Offset of the first matched character, in the original (unfolded) text.</summary>
    public int Start { get; }

    /// <summary>Number of matched characters; folding never changes lengths, so this is the length in the original text too.</summary>
    public int Length { get; }

    /// <summary>Offset just past the last matched character.</summary>
    public int End => Start + Length;

    /// <summary>
    /// Every payload of the surface forms that matched here, in the order they were added; more than one
    /// when the surface form is ambiguous (two entities share a name).
    /// </summary>
    public IReadOnlyList<T> Payloads { get; }

    /// <summary>The first payload; check <see cref="IsAmbiguous"/> before relying on it alone.</summary>
    public T Payload => Payloads[0];

    /// <summary>Whether more than one payload matched here.</summary>
    public bool IsAmbiguous => Payloads.Count > 1;

    /// <summary>The matched characters, quoted from the searched text.</summary>
    /// <param name="text">The text that was searched.</param>
    /// <returns><c>text.Substring(Start, Length)</c>.</returns>
    public string GetText(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return text.Substring(Start, Length);
    }

    /// <inheritdoc />
    public override string ToString() =>
        string.Create(System.Globalization.CultureInfo.InvariantCulture, $"[{Start}, {End}) x{Payloads.Count}");
}
