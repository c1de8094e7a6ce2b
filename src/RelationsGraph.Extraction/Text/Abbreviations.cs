namespace RelationsGraph.Extraction.Text;

/// <summary>The abbreviations the sentence splitter knows, and the words that usually open a sentence.</summary>
internal static class Abbreviations
{
    /// <summary>Longest word (without its final full stop) looked at as a possible abbreviation.</summary>
    public const int MaxLength = 12;

    private static readonly Dictionary<string, AbbreviationKind> Known = Build();

    private static readonly Dictionary<string, AbbreviationKind>.AlternateLookup<ReadOnlySpan<char>> KnownLookup =
        Known.GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly HashSet<string> SentenceOpeners = new(StringComparer.Ordinal)
    {
        "A", "After", "Also", "An", "And", "As", "At", "Before", "Both", "But", "During", "For", "He", "Her",
        "His", "However", "I", "If", "In", "It", "Its", "Meanwhile", "On", "Our", "She", "That", "The", "Their",
        "There", "These", "They", "This", "Those", "We", "When", "While",
    };

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> SentenceOpenerLookup =
        SentenceOpeners.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Classifies the word that precedes a full stop (the word is given without the stop).</summary>
    /// <param name="word">Letters and inner full stops, for example <c>Nov</c> or <c>U.S</c>.</param>
    public static AbbreviationKind Classify(ReadOnlySpan<char> word)
    {
        if (word.IsEmpty)
        {
            return AbbreviationKind.None;
        }

        if (KnownLookup.TryGetValue(word, out var kind))
        {
            return kind;
        }

        if (word.Length == 1 && char.IsUpper(word[0]))
        {
            return AbbreviationKind.MaybeFinal; // an initial, as in "J. Doe"
        }

        return word.Contains('.') ? AbbreviationKind.MaybeFinal : AbbreviationKind.None;
    }

    /// <summary>Whether <paramref name="word"/> usually opens a sentence (case-sensitive).</summary>
    public static bool IsSentenceOpener(ReadOnlySpan<char> word) => SentenceOpenerLookup.Contains(word);

    private static Dictionary<string, AbbreviationKind> Build()
    {
        var map = new Dictionary<string, AbbreviationKind>(StringComparer.Ordinal);
        foreach (var word in new[]
                 {
                     "Mr", "Mrs", "Ms", "Messrs", "Mme", "Dr", "Prof", "St", "Mt", "Ft", "Gen", "Lt", "Col", "Capt",
                     "Cmdr", "Sgt", "Maj", "Adm", "Gov", "Sen", "Rep", "Rev", "Hon", "Pres", "Amb", "Supt",
                     "e.g", "i.e", "vs", "cf", "approx", "viz", "E.g", "I.e",
                 })
        {
            map[word] = AbbreviationKind.NeverFinal;
        }

        foreach (var word in new[]
                 {
                     "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec",
                     "No", "Nos", "Art", "Arts", "Vol", "p", "pp", "Fig", "Para", "para", "Ch", "Sec",
                 })
        {
            map[word] = AbbreviationKind.BeforeNumber;
        }

        foreach (var word in new[]
                 {
                     "U.S", "U.K", "U.N", "E.U", "U.S.A", "Inc", "Co", "Corp", "Ltd", "Bros", "Jr", "Sr", "etc",
                     "a.m", "p.m", "Ph.D", "Calif", "Mass", "Wash",
                 })
        {
            map[word] = AbbreviationKind.MaybeFinal;
        }

        return map;
    }
}
