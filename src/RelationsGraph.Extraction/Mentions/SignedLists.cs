namespace RelationsGraph.Extraction.Mentions;

/// <summary>
/// The documents a sentence lists as some of those signed: "witnessed the signing of several cooperation documents,
/// including a social security agreement and an agreement on film co-production", "The documents signed on Saturday
/// include a memorandum of understanding (MoU) on maritime safety, an MoU on ...".
/// </summary>
internal static class SignedLists
{
    /// <summary>
    /// Whether token <paramref name="k"/> ("including", "include", "among them") opens a list of what the words before it in the sentence
    /// say was signed: a plural document noun and a word of signing, in either order ("signed seven memoranda of
    /// understanding, including", "the documents signed on Saturday include"); or, where <paramref name="before"/> (the
    /// sentence before) says so, what "they" include at the start of this one ("Several agreements were exchanged in the
    /// presence of the two leaders. They included a ...", "... Among them is a ...").
    /// </summary>
    public static bool Opens(AnalyzedSentence s, int k, AnalyzedSentence? before = null) =>
        IsOpener(s, k) && (SaysSigned(s, k) || (before is not null && OpensAtStart(s, k) && SaysSigned(before, before.Tokens.Count)));

    /// <summary>
    /// Whether token <paramref name="k"/> opens, at the start of its sentence, a list the sentence before may say was
    /// signed ("They included", "Among them were"): what <see cref="Opens"/> decides with that sentence.
    /// </summary>
    public static bool OpensAtStart(AnalyzedSentence s, int k) => k <= 3 && IsOpener(s, k) && s.IsAny(0, "They", "These", "Those", "The", "Among");

    /// <summary>Whether the tokens of <paramref name="s"/> before <paramref name="k"/> hold a plural document noun and a word of signing.</summary>
    private static bool SaysSigned(AnalyzedSentence s, int k)
    {
        var signed = false;
        var documents = false;
        for (var j = 0; j < k; j++)
        {
            signed |= s.IsAny(j, "signed", "signing", "inked", "concluded", "exchanged", "exchange");
            documents |= s.IsAny(j, "agreements", "documents", "deals", "memoranda", "memorandums", "MoUs", "pacts", "accords", "protocols");
        }

        return signed && documents;
    }

    /// <summary>
    /// Whether <paramref name="mention"/> is an item of such a list: right after its opener, or after a comma or "and"
    /// further on in it ("include a memorandum of understanding (MoU) on maritime safety, an MoU on ..., and a protocol
    /// on ...").
    /// </summary>
    /// <param name="s">The mention's sentence.</param>
    /// <param name="mention">The document's mention.</param>
    /// <param name="before">The sentence before, which may say what was signed (see <see cref="Opens"/>).</param>
    public static bool Lists(AnalyzedSentence s, Mention mention, AnalyzedSentence? before = null)
    {
        var at = s.TokenAt(mention.Start);
        if (Opens(s, at - 1, before))
        {
            return true;
        }

        if (!s.IsAny(at - 1, ",", "and"))
        {
            return false;
        }

        for (var k = at - 2; k >= 0; k--)
        {
            if (s.IsAny(k, ";", ":"))
            {
                return false;
            }

            if (IsOpener(s, k))
            {
                return Opens(s, k, before);
            }
        }

        return false;
    }

    /// <summary>"including", "include(s|d)", ", among them" and "Among them (is|are|was|were)" at token <paramref name="k"/>.</summary>
    private static bool IsOpener(AnalyzedSentence s, int k) =>
        s.IsAny(k, "including", "include", "includes", "included")
        || (s.Is(k, "them") && s.Is(k - 1, "among"))
        || (s.IsAny(k, "is", "are", "was", "were") && s.Is(k - 1, "them") && s.Is(k - 2, "among"));
}
