namespace RelationsGraph.Extraction.Mentions;

/// <summary>
/// The documents a sentence lists as some of those signed: "witnessed the signing of several cooperation documents,
/// including a social security agreement and an agreement on film co-production", "The documents signed on Saturday
/// include a memorandum of understanding (MoU) on maritime safety, an MoU on ...".
/// </summary>
internal static class SignedLists
{
    /// <summary>
    /// Whether token <paramref name="k"/> ("including", "include") opens a list of what the words before it in the sentence
    /// say was signed: a plural document noun and a word of signing, in either order ("signed seven memoranda of
    /// understanding, including", "the documents signed on Saturday include").
    /// </summary>
    public static bool Opens(AnalyzedSentence s, int k)
    {
        if (!IsOpener(s, k))
        {
            return false;
        }

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
    public static bool Lists(AnalyzedSentence s, Mention mention)
    {
        var at = s.TokenAt(mention.Start);
        if (Opens(s, at - 1))
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
                return Opens(s, k);
            }
        }

        return false;
    }

    private static bool IsOpener(AnalyzedSentence s, int k) => s.IsAny(k, "including", "include", "includes", "included");
}
