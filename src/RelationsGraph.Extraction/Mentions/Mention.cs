namespace RelationsGraph.Extraction.Mentions;

/// <summary>
/// A span of one sentence that refers to something: an entity, a role, a group, an event or a date. The mention
/// finder creates mentions; the resolver fills in <see cref="NodeIds"/> (and for dates, <see cref="Date"/>).
/// </summary>
/// <remarks>
/// The properties only some kinds have (<see cref="Count"/>, <see cref="Ordinal"/>, <see cref="Date"/>,
/// <see cref="Head"/>, <see cref="Variants"/>, <see cref="Name"/>) live in a second object made when one is first
/// set: most mentions are names from the gazetteers and have none, and an article has thousands of mentions.
/// </remarks>
public sealed class Mention
{
    private Details? details;

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
    public int? Count { get => details?.Count; init => More.Count = value; }

    /// <summary>For series events and anniversaries: the number written (30 for "the 30th ...").</summary>
    public int? Ordinal { get => details?.Ordinal; init => More.Ordinal = value; }

    /// <summary>For dates: the date meant, once resolved.</summary>
    public PartialDate? Date { get => details?.Date; set => More.Date = value; }

    /// <summary>
    /// For event nouns: the head word, lower case (<c>talks</c>, <c>summit</c>, <c>call</c>, <c>visit</c>); for a group of
    /// leaders of countries named one by one, <see cref="GroupPattern.OfCountries"/>; for one of a body's members,
    /// <see cref="GroupPattern.OfOrganizationMembers"/>.
    /// </summary>
    public string? Head { get => details?.Head; init => More.Head = value; }

    /// <summary>Longer surface forms of the same reference, for aliases (an event noun with its "between ..." phrase).</summary>
    public IReadOnlyList<string> Variants { get => details?.Variants ?? []; init => More.Variants = value; }

    /// <summary>For what a pattern found by its name rather than in the knowledge base (a leader, an organization, a document, a dialogue): the name (a leader's without title).</summary>
    public string? Name { get => details?.Name; init => More.Name = value; }

    /// <summary>Where the longer phrase that this mention heads starts (a leader's title and country included).</summary>
    public int PhraseStart { get; set; }

    /// <summary>Where that phrase ends.</summary>
    public int PhraseEnd { get; set; }

    /// <summary>Whether the mention was written with a definite or possessive determiner ("the", "their").</summary>
    public bool IsDefinite { get; init; }

    /// <summary>The object that holds the properties only some kinds have, made when one is first set.</summary>
    private Details More => details ??= new Details();

    /// <summary>The kind, span and text, for messages.</summary>
    public override string ToString() =>
        string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{Kind} {Sentence}[{Start}..{End}] \"{Text}\" -> {string.Join(",", NodeIds)}");

    /// <summary>The properties only some kinds of mention have.</summary>
    private sealed class Details
    {
        public int? Count { get; set; }

        public int? Ordinal { get; set; }

        public PartialDate? Date { get; set; }

        public string? Head { get; set; }

        public IReadOnlyList<string>? Variants { get; set; }

        public string? Name { get; set; }
    }
}
