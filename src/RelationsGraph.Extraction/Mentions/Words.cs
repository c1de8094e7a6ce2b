namespace RelationsGraph.Extraction.Mentions;

/// <summary>The closed word classes the patterns use (determiners, number words, event and document nouns, ...).</summary>
internal static class Words
{
    public static readonly HashSet<string> Determiners = Set("the", "a", "an", "their", "his", "her", "its", "this", "that", "these", "those", "both", "our");

    public static readonly Dictionary<string, int> Numbers = new(StringComparer.OrdinalIgnoreCase)
    {
        ["two"] = 2, ["three"] = 3, ["four"] = 4, ["five"] = 5, ["six"] = 6, ["both"] = 2, ["2"] = 2, ["3"] = 3, ["4"] = 4,
    };

    public static readonly Dictionary<string, int> OrdinalWords = new(StringComparer.OrdinalIgnoreCase)
    {
        ["first"] = 1, ["second"] = 2, ["third"] = 3, ["fourth"] = 4, ["fifth"] = 5, ["sixth"] = 6, ["seventh"] = 7,
        ["eighth"] = 8, ["ninth"] = 9, ["tenth"] = 10,
    };

    /// <summary>Head nouns of meetings, calls and visits, with the event kind each suggests.</summary>
    public static readonly Dictionary<string, EventKind> EventHeads = new(StringComparer.OrdinalIgnoreCase)
    {
        ["meeting"] = EventKind.Meeting, ["meetings"] = EventKind.Meeting, ["talks"] = EventKind.Meeting, ["summit"] = EventKind.Summit,
        ["call"] = EventKind.Call, ["conversation"] = EventKind.Call, ["visit"] = EventKind.Visit, ["gathering"] = EventKind.Summit,
        ["consultations"] = EventKind.Meeting, ["summits"] = EventKind.Summit, ["trip"] = EventKind.Visit, ["tour"] = EventKind.Visit,
        ["retreat"] = EventKind.Meeting, ["encounter"] = EventKind.Meeting, ["discussions"] = EventKind.Meeting,
        ["tete-a-tete"] = EventKind.Meeting, ["tête-à-tête"] = EventKind.Meeting,
    };

    public static readonly HashSet<string> LeaderGroupNouns = Set("leaders", "heads", "presidents", "leader");

    public static readonly HashSet<string> SideGroupNouns = Set(
        "sides", "countries", "governments", "allies", "neighbors", "neighbours", "nations", "economies", "democracies", "partners");

    /// <summary>Nouns that name a kind of document, with the kind.</summary>
    public static readonly Dictionary<string, DocumentKind> DocumentNouns = new(StringComparer.OrdinalIgnoreCase)
    {
        ["treaty"] = DocumentKind.Treaty, ["agreement"] = DocumentKind.Agreement, ["accord"] = DocumentKind.Agreement,
        ["pact"] = DocumentKind.Agreement, ["declaration"] = DocumentKind.Declaration, ["communique"] = DocumentKind.Communique,
        ["communiqué"] = DocumentKind.Communique, ["statement"] = DocumentKind.Statement, ["charter"] = DocumentKind.Charter,
        ["memorandum"] = DocumentKind.Memorandum, ["convention"] = DocumentKind.Agreement, ["protocol"] = DocumentKind.Agreement,
        ["principles"] = DocumentKind.Other, ["communiques"] = DocumentKind.Communique, ["communiqués"] = DocumentKind.Communique,
        ["accords"] = DocumentKind.Agreement, ["act"] = DocumentKind.Other,
        ["strategy"] = DocumentKind.Other, ["vision"] = DocumentKind.Other, ["agenda"] = DocumentKind.Other,
    };

    public static readonly HashSet<string> Months = Set(
        "January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December",
        "Jan.", "Feb.", "Mar.", "Apr.", "Jun.", "Jul.", "Aug.", "Sep.", "Sept.", "Oct.", "Nov.", "Dec.", "Jan", "Feb", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec");

    public static readonly HashSet<string> Weekdays = Set("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday");

    /// <summary>Name particles that may sit inside a person's name in lower case.</summary>
    public static readonly HashSet<string> NameParticles = Set("bin", "binti", "al", "de", "da", "van", "von", "der", "del", "la", "le", "dos", "di");

    public static readonly HashSet<string> NameSuffixes = Set("Jr.", "Sr.", "Jr", "Sr", "II", "III", "IV");

    /// <summary>Words between an article or a country's possessive and a title that still describe the office ("the new German Chancellor", "Australia's newly elected Prime Minister").</summary>
    public static readonly HashSet<string> OfficeQualifiers = Set("newly", "elected", "new", "incoming", "outgoing", "visiting", "interim", "acting");

    /// <summary>Honorifics that may precede a name ("H.E. Mr. Xi Jinping", "HH Sheikh Tamim", "HRH Prince Salman").</summary>
    public static readonly HashSet<string> Honorifics = Set("Mr.", "Mrs.", "Ms.", "Dr.", "H.E.", "Mr", "Ms", "Dr", "Madam", "Mme.", "Sir", "HH", "HRH", "HM");

    /// <summary>
    /// The words of a style of address written out before a name ("His Royal Highness Prince Salman", "Her Majesty Queen
    /// Elizabeth", "His Excellency"), capitalised: words before a name, as an honorific is.
    /// </summary>
    public static readonly HashSet<string> AddressStyles = Set("His", "Her", "Royal", "Prince", "Princess", "Majesty", "Highness", "Excellency", "Holiness", "Eminence", "Beatitude");

    /// <summary>The nouns of a style of address after "His" or "Her" ("His Majesty", "Her Excellency"; "His Royal Highness" has "Royal" first).</summary>
    public static readonly HashSet<string> AddressStyleNouns = Set("Majesty", "Highness", "Excellency", "Holiness", "Eminence", "Beatitude");

    /// <summary>
    /// Styles of rank that sit between a title and a name but never open a name reference on their own
    /// ("Prime Minister Datuk Seri Anwar Ibrahim", "Tan Sri ...", "Sheikh ..."); see <see cref="IsStyle"/>.
    /// </summary>
    public static readonly HashSet<string> Styles = Set("Datuk", "Dato", "Datin", "Seri", "Sri", "Diraja", "Tun", "Tengku", "Toh", "Puan", "Haji", "Hajah", "Dame", "Sheikh", "Shaikh");

    /// <summary>
    /// Whether token <paramref name="k"/> is an honorific or a style before a name: a style only when a capitalised
    /// word follows, and "Tan" only in "Tan Sri" (it is also a surname).
    /// </summary>
    public static bool IsStyle(AnalyzedSentence s, int k) =>
        Honorifics.Contains(s.Word(k))
        || ((Styles.Contains(s.Word(k)) || (s.Is(k, "Tan") && s.Is(k + 1, "Sri")) || (s.Is(k, "'") && s.Is(k - 1, "Dato"))) && s.IsCapitalized(k + 1));

    /// <summary>
    /// Whether "her" at token <paramref name="k"/> is an object ("received her.", "received her at the palace", "met her
    /// yesterday"), not a possessive before its noun ("her counterpart").
    /// </summary>
    public static bool IsObjectHer(AnalyzedSentence s, int k) =>
        k + 1 >= s.Tokens.Count || s.Tokens[k + 1].Kind != TokenKind.Word || Prepositions.Contains(s.Word(k + 1))
        || s.IsAny(k + 1, "today", "yesterday", "here", "warmly", "and");

    /// <summary>Whether names of <paramref name="countryId"/>'s people are written family name first in English ("Xi Jinping", "Kim Jong Un", "Lee Hsien Loong").</summary>
    public static bool WritesFamilyNameFirst(string? countryId) =>
        countryId is "country:cn" or "country:kr" or "country:kp" or "country:vn" or "country:tw" or "country:sg" or "country:mn";

    /// <summary>Whether token <paramref name="k"/> names the leader opposite another: "his Turkish counterpart", "his Argentine peer".</summary>
    public static bool IsCounterpart(AnalyzedSentence s, int k) => s.IsAny(k, "counterpart", "peer");

    /// <summary>Whether token <paramref name="k"/> is one capital letter, an initial written without its full stop ("S Jaishankar").</summary>
    public static bool IsInitial(AnalyzedSentence s, int k) => s.Word(k) is { Length: 1 } w && char.IsUpper(w[0]);

    /// <summary>Words that continue an event or document noun phrase before its head.</summary>
    public static readonly HashSet<string> Prepositions = Set(
        "of", "in", "on", "at", "to", "for", "with", "by", "from", "between", "among", "about", "over", "into", "under", "during", "since", "after", "before", "near", "across", "around");

    public static bool IsOrdinal(string word, out int value)
    {
        if (OrdinalWords.TryGetValue(word, out value))
        {
            return true;
        }

        var digits = 0;
        while (digits < word.Length && char.IsAsciiDigit(word[digits]))
        {
            digits++;
        }

        var suffix = word[digits..];
        return digits > 0 && suffix is "st" or "nd" or "rd" or "th"
            && int.TryParse(word.AsSpan(0, digits), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out value);
    }

    public static bool IsYear(string word, out int year)
    {
        year = 0;
        return word.Length == 4 && !word.AsSpan().ContainsAnyExceptInRange('0', '9')
            && int.TryParse(word, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out year)
            && year is >= 1800 and <= 2200;
    }

    private static HashSet<string> Set(params string[] words) => new(words, StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// Words that may stand between a verb and the name of its object ("met with X", "hosted her visiting counterpart X",
    /// "met today with X"): linking words, what leads a name as "the" does, and when.
    /// </summary>
    public static readonly HashSet<string> ObjectLead = new(StringComparer.OrdinalIgnoreCase)
    {
        "with", "to", "by", "his", "her", "their", "its", "the", "also", "counterpart",

        // "with his local counterpart Kamla Persad-Bissessar", "hosted her visiting counterpart X".
        "local", "visiting",

        // "took a phone call from Taiwan's President Tsai Ing-wen": the caller.
        "from",

        // "with then President Donald Trump", "with former Prime Minister Shinzo Abe" (and "then-U.S. President"): an office held before.
        "then", "former",

        // "met today with X", "met separately on Monday with X": when, not whom.
        "today", "yesterday", "tonight", "separately", "briefly", "again", "later", "virtually", "privately", "formally", "here",
        "on", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday",
    };
}
