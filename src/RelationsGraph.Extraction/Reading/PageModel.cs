namespace RelationsGraph.Extraction.Reading;

/// <summary>The reader's working state: the page's lines and what each one is.</summary>
internal sealed class PageModel
{
    public PageModel(string text, List<ArticleLine> lines)
    {
        Text = text;
        Lines = lines;
        Roles = new LineRole[lines.Count];
        NoiseKinds = new NoiseKind[lines.Count];
    }

    public string Text { get; }

    public List<ArticleLine> Lines { get; }

    public LineRole[] Roles { get; }

    /// <summary>For each line whose role is <see cref="LineRole.Noise"/>, why.</summary>
    public NoiseKind[] NoiseKinds { get; }

    public int DatelineLine { get; set; } = -1;

    public DatelineMatch? Dateline { get; set; }

    public int HeadlineLine { get; set; } = -1;

    public ReadOnlySpan<char> Content(int line) => Lines[line].Content(Text);

    public void MarkNoise(int line, NoiseKind kind)
    {
        Roles[line] = LineRole.Noise;
        NoiseKinds[line] = kind;
    }
}
