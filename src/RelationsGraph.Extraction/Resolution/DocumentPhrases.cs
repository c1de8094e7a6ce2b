using RelationsGraph.Extraction.Mentions;

namespace RelationsGraph.Extraction.Resolution;

/// <summary>
/// What the words around a document phrase say about it, for <see cref="DocumentResolution"/>: whether it was issued
/// or signed, of the article's own day, joined to another just made, a side's plain statement, and which kinds of
/// document its noun names.
/// </summary>
internal static class DocumentPhrases
{
    /// <summary>
    /// Whether <paramref name="mention"/> is joined to a document the sentence has just made, and so was issued with
    /// it: "issued a joint statement on ..., as well as a separate joint statement on ...", "... and a protocol for ...".
    /// </summary>
    public static bool Coordinated(AnalyzedSentence s, Mention mention)
    {
        Mention? before = null;
        foreach (var m in s.MentionSpanOf(MentionKind.Document))
        {
            if (m.End <= mention.Start)
            {
                before = m;
            }
        }

        if (before is null || before.NodeIds.Count != 1)
        {
            return false;
        }

        var joined = false;
        for (var k = s.TokenAt(before.PhraseEnd); k < s.TokenAt(mention.Start); k++)
        {
            if (!s.IsAny(k, ",", "as", "well", "and", "along", "with", "plus"))
            {
                return false;
            }

            joined |= s.IsAny(k, "and", "well", "with", "plus");
        }

        return joined;
    }

    /// <summary>
    /// Whether the words from token <paramref name="k"/> say in the passive that the document before them was made: "A
    /// memorandum of understanding on a new cross-border petroleum pipeline was also signed".
    /// </summary>
    public static bool IsPassiveIssuing(AnalyzedSentence s, int k)
    {
        if (!s.IsAny(k, "was", "were"))
        {
            return false;
        }

        var verb = s.IsAny(k + 1, "also", "then", "later", "formally", "jointly") ? k + 2 : k + 1;
        return IsIssuing(s, verb);
    }

    /// <summary>Whether token <paramref name="k"/> is a verb by which a document is made public: "issued", "released", "adopted", "signed".</summary>
    public static bool IsIssuing(AnalyzedSentence s, int k) =>
        s.IsAny(k, "issued", "released", "adopted", "signed")
        || (s.Is(k, "to") && s.IsAny(k - 1, "signatures", "signature", "names", "name") && s.IsAny(k - 2, "their", "his", "her")); // "put their signatures to a treaty on ..."

    /// <summary>Whether the mention is a statement that does not say it is joint ("a statement", not "a joint statement").</summary>
    public static bool PlainStatement(Mention mention) =>
        mention.Head == "statement" && !mention.Text.Contains("joint", StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// Whether <paramref name="mention"/> is of a document of the article's own day: "new" between its determiner and its
    /// noun ("the new treaty", "The new document"), or "signed today" after it ("The document signed today").
    /// </summary>
    public static bool IsOfTheDay(AnalyzedSentence s, Mention mention)
    {
        var next = s.TokenAt(mention.End);
        if (s.IsAny(next, "signed", "adopted", "concluded", "inked") && s.IsAny(next + 1, "today", "on", "this"))
        {
            return s.Is(next + 1, "today") || s.MentionStartingAt(next + 1, MentionKind.Date) is not null;
        }

        for (var k = s.TokenAt(mention.Start) + 1; k < next; k++)
        {
            if (s.Is(k, "new"))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether a document of kind <paramref name="kind"/> may be the one a phrase headed by <paramref name="head"/> points back to.</summary>
    public static bool Compatible(string head, DocumentKind? kind) => head switch
    {
        "statement" => kind is DocumentKind.JointStatement or DocumentKind.Statement,
        "declaration" => kind is DocumentKind.Declaration or DocumentKind.JointDeclaration,
        "communique" or "communiqué" => kind is DocumentKind.Communique or DocumentKind.JointCommunique,
        "treaty" => kind is DocumentKind.Treaty,
        "document" => true,
        "notes" => false, // "the exchange of notes" points back only to an exchange of notes, told by its words
        _ => kind is DocumentKind.Agreement,
    };

    /// <summary>The kind of a new document named by a phrase headed by <paramref name="head"/> ("statement": a joint statement).</summary>
    public static DocumentKind KindOf(string? head) => head switch
    {
        "statement" => DocumentKind.JointStatement,
        "declaration" => DocumentKind.Declaration,
        "communique" or "communiqué" => DocumentKind.Communique,
        "treaty" => DocumentKind.Treaty,
        "agreement" or "accord" or "pact" or "convention" or "protocol" or "notes" => DocumentKind.Agreement, // "notes": an exchange of notes
        "charter" => DocumentKind.Charter,
        "memorandum" => DocumentKind.Memorandum,
        _ => DocumentKind.Other,
    };
}
