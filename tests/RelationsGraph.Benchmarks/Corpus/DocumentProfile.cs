namespace RelationsGraph.Benchmarks.Corpus;

/// <summary>A real political document between two countries of <see cref="Countries"/>, as copy cites it.</summary>
/// <param name="Title">The full title.</param>
/// <param name="Reference">How copy names it ("the China-Japan Treaty of Peace and Friendship" without the article).</param>
/// <param name="First">One party's ISO code.</param>
/// <param name="Second">The other party's ISO code.</param>
/// <param name="SignedOn">The day it was signed or issued.</param>
/// <param name="Kind">The form of the document.</param>
/// <param name="Group">The name copy gives the set of foundational documents it belongs to, if any.</param>
public sealed record DocumentProfile(
    string Title,
    string Reference,
    string First,
    string Second,
    DateOnly SignedOn,
    DocumentKind Kind,
    string? Group)
{
    /// <summary>True for a treaty (a binding instrument with a signing date copy counts anniversaries from).</summary>
    public bool IsTreaty => Kind == DocumentKind.Treaty;

    /// <summary>True when the pair's relationship is said to rest on the document.</summary>
    public bool Foundational => Group is not null || IsTreaty;
}
