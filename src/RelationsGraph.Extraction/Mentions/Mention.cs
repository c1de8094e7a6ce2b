namespace RelationsGraph.Extraction.Mentions;

/// <summary>
/// A span of one sentence that refers to something: an entity, a role, a group, an event or a date. The mention
/// finder creates mentions; the resolver fills in <see cref="NodeIds"/> (and for dates, <see cref="Date"/>).
/// </summary>
public sealed class Mention
{
    /// <summary>Creates a mention.</summary>
    /// <param name="kind">What it refers to.</param>
    /// <param name="sentence">The index of its sentence.</param>
    /// <param name="start">Offset of its first character in the article text.</param>
    /// <param name="end">Offset just past its last character.</param>
    /// <param name="text">Its characters, as in the article.</param>
    public Mention(MentionKind kind, int sentence, int start, int end, string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        Kind = kind;
        Sentence = sentence;
        Start = start;
        End = end;
        Text = text;
        PhraseStart = start;
        PhraseEnd = end;
    }

    /// <summary>What the mention refers to.</summary>
    public MentionKind Kind { get; }

    /// <summary>The index of the sentence it is in.</summary>
    public int Sentence { get; }

    /// <summary>Offset of the first character in the article text.</summary>
    public int Start { get; }

    /// <summary>Offset just past the last character.</summary>
    public int End { get; }

    /// <summary>The characters, exactly as in the article.</summary>
    public string Text { get; }

    /// <summary>The nodes the mention refers to once resolved (one, or several for groups); empty when unresolved.</summary>
    public IReadOnlyList<string> NodeIds { get; set; } = [];

    /// <summary>The single node the mention refers to, or null when it refers to none or several.</summary>
    public string? NodeId => NodeIds.Count == 1 ? NodeIds[0] : null;

    /// <summary>Candidate node ids from the knowledge base, before resolution picks among them.</summary>
    public IReadOnlyList<string> Candidates { get; init; } = [];

    /// <summary>For titles, roles and leaders named with a title: the canonical title (<c>President</c>).</summary>
    public string? Title { get; set; }

    /// <summary>For roles, sides and leaders named with a country: the country's node id.</summary>
    public string? CountryId { get; set; }

    /// <summary>For groups: how many members the text gives ("the two leaders": 2), or null.</summary>
    public int? Count { get; init; }

    /// <summary>For series events and anniversaries: the number written (30 for "the 30th ...").</summary>
    public int? Ordinal { get; init; }

    /// <summary>For dates: the date meant, once resolved.</summary>
    public PartialDate? Date { get; set; }

    /// <summary>For event nouns: the head word, lower case (<c>talks</c>, <c>summit</c>, <c>call</c>, <c>visit</c>).</summary>
    public string? Head { get; init; }

    /// <summary>Longer surface forms of the same reference, for aliases (an event noun with its "between ..." phrase).</summary>
    public IReadOnlyList<string> Variants { get; init; } = [];

    /// <summary>For leaders found by pattern rather than by the knowledge base: the name (without title).</summary>
    public string? Name { get; init; }

    /// <summary>Where the longer phrase that this mention heads starts (a leader's title and country included).</summary>
    public int PhraseStart { get; set; }

    /// <summary>Where that phrase ends.</summary>
    public int PhraseEnd { get; set; }

    /// <summary>Whether the mention was written with a definite or possessive determiner ("the", "their").</summary>
    public bool IsDefinite { get; init; }

    /// <summary>The kind, span and text, for messages.</summary>
    public override string ToString() =>
        string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{Kind} {Sentence}[{Start}..{End}] \"{Text}\" -> {string.Join(",", NodeIds)}");
}
