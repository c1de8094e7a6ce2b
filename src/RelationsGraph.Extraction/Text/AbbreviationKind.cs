namespace RelationsGraph.Extraction.Text;

/// <summary>How a word that ends in a full stop behaves at a possible sentence boundary.</summary>
internal enum AbbreviationKind
{
    /// <summary>Not an abbreviation: the full stop ends the sentence.</summary>
    None,

    /// <summary>Never ends a sentence (titles such as <c>Mr.</c>, <c>Dr.</c>; <c>e.g.</c>, <c>vs.</c>).</summary>
    NeverFinal,

    /// <summary>Does not end a sentence before a number (<c>Nov. 16</c>, <c>No. 1</c>); otherwise like <see cref="MaybeFinal"/>.</summary>
    BeforeNumber,

    /// <summary>
    /// May end a sentence (<c>U.S.</c>, <c>Inc.</c>, an initial such as <c>J.</c>): the sentence ends only
    /// when the next word is one that typically opens a sentence (<c>The</c>, <c>He</c>, ...).
    /// </summary>
    MaybeFinal,
}
