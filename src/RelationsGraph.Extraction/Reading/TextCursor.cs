using RelationsGraph.Extraction.Text;

namespace RelationsGraph.Extraction.Reading;

/// <summary>A forward-only reader over a span, for the small hand-written parsers of this folder.</summary>
internal ref struct TextCursor(ReadOnlySpan<char> text)
{
    private readonly ReadOnlySpan<char> _text = text;

    /// <summary>Offset of the next character to read, relative to the span.</summary>
    public int Position { get; set; }

    public readonly bool AtEnd => Position >= _text.Length;

    public readonly char Current => _text[Position];

    public readonly ReadOnlySpan<char> Rest => _text[Position..];

    public readonly bool Is(char c) => Position < _text.Length && _text[Position] == c;

    public int SkipSpaces()
    {
        var start = Position;
        while (Position < _text.Length && TextChars.IsSpace(_text[Position]))
        {
            Position++;
        }

        return Position - start;
    }

    public bool TryRead(char c)
    {
        if (!Is(c))
        {
            return false;
        }

        Position++;
        return true;
    }

    /// <summary>Reads a run of letters of at most <paramref name="max"/>; reads nothing if the run is longer.</summary>
    public ReadOnlySpan<char> ReadLetters(int max)
    {
        var end = Position;
        while (end < _text.Length && char.IsLetter(_text[end]))
        {
            end++;
            if (end - Position > max)
            {
                return [];
            }
        }

        var word = _text[Position..end];
        Position = end;
        return word;
    }

    /// <summary>Reads the ordinal suffix after a day's number ("6th", "1st", "22nd", "3rd"), any case; reads nothing when there is none.</summary>
    public bool TryReadOrdinalSuffix()
    {
        var rest = Rest;
        if (rest.Length >= 2 && (rest[..2].Equals("th", StringComparison.OrdinalIgnoreCase) || rest[..2].Equals("st", StringComparison.OrdinalIgnoreCase)
            || rest[..2].Equals("nd", StringComparison.OrdinalIgnoreCase) || rest[..2].Equals("rd", StringComparison.OrdinalIgnoreCase))
            && (rest.Length == 2 || !char.IsLetter(rest[2])))
        {
            Position += 2;
            return true;
        }

        return false;
    }

    /// <summary>Reads an unsigned number of <paramref name="minDigits"/> to <paramref name="maxDigits"/> ASCII digits not followed by another digit.</summary>
    public bool TryReadNumber(int minDigits, int maxDigits, out int value)
    {
        value = 0;
        var end = Position;
        while (end < _text.Length && TextChars.IsAsciiDigit(_text[end]))
        {
            if (end - Position == maxDigits)
            {
                return false;
            }

            value = (value * 10) + (_text[end] - '0');
            end++;
        }

        if (end - Position < minDigits)
        {
            value = 0;
            return false;
        }

        Position = end;
        return true;
    }
}
