namespace RelationsGraph.Extraction.Mentions;

/// <summary>What a <see cref="Token"/> is made of.</summary>
public enum TokenKind
{
    /// <summary>Letters (with inner hyphens, apostrophes and the full stops of initialisms such as <c>U.S.</c>).</summary>
    Word,

    /// <summary>Digits, with an ordinal suffix when written (<c>1972</c>, <c>30th</c>).</summary>
    Number,

    /// <summary>The possessive <c>'s</c> (or a lone <c>'</c> after a plural).</summary>
    Possessive,

    /// <summary>One punctuation or symbol character.</summary>
    Punctuation,
}
