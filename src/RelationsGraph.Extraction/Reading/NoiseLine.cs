using RelationsGraph.Extraction.Text;

namespace RelationsGraph.Extraction.Reading;

/// <summary>A piece of the page that the reader removed, kept to explain what was dropped and why.</summary>
public sealed class NoiseLine
{
    private readonly string _source;
    private string? _text;

    internal NoiseLine(NoiseKind kind, int start, int end, string source)
    {
        Kind = kind;
        Start = start;
        End = end;
        _source = source;
    }

    /// <summary>Why the text was removed.</summary>
    public NoiseKind Kind { get; }

    /// <summary>Offset of the first removed character (line trimmed of white space) in the original text.</summary>
    public int Start { get; }

    /// <summary>Offset just past the last removed character.</summary>
    public int End { get; }

    /// <summary>The removed span as a range.</summary>
    public TextRange Range => new(Start, End);

    /// <summary>The removed characters, quoted from the original text (<c>originalText[Start..End]</c>).</summary>
    public string Text => _text ??= _source.Substring(Start, End - Start);

    /// <inheritdoc />
    public override string ToString() =>
        string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{Kind} [{Start}, {End}): {Text}");
}
