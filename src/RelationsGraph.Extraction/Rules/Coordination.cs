using RelationsGraph.Extraction.Mentions;

namespace RelationsGraph.Extraction.Rules;

/// <summary>
/// Runs of leader references joined into one group: "Kishida and Yoon", "Prime Minister Kishida Fumio of Japan and
/// President Yoon Suk Yeol", "and Australia's newly elected Prime Minister Anthony Albanese", "and Mr. Kishida".
/// </summary>
internal static class Coordination
{
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> HonorificLookup = Words.Honorifics.GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> AddressStyleLookup = Words.AddressStyles.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>The run of joined references that ends with the last of <paramref name="before"/>.</summary>
    public static List<Mention> Joined(AnalyzedSentence s, List<Mention> before)
    {
        var run = new List<Mention> { before[^1] };
        for (var k = before.Count - 2; k >= 0; k--)
        {
            if (!Joins(s, before[k], run[0]) || ObjectOfFrontedPhrase(s, before[k], run[0]))
            {
                break;
            }

            run.Insert(0, before[k]);
        }

        return run;
    }

    /// <summary>
    /// "On the same day as his talks with Xi, Jokowi also met ...": a reference after a preposition, set off from the next
    /// by a comma alone, ends a phrase put before the subject rather than starting a list with it.
    /// </summary>
    private static bool ObjectOfFrontedPhrase(AnalyzedSentence s, Mention reference, Mention next) =>
        s.IsAny(s.TokenAt(reference.PhraseStart) - 1, "with", "by", "for", "from", "after")
        && s.Slice(reference.PhraseEnd, next.PhraseStart).Trim() == ",";

    /// <summary>
    /// Whether two references are joined: <see cref="IsJoin"/> on the text between them, after an "of &lt;country&gt;"
    /// that completes the first one ("Prime Minister Kishida Fumio of Japan and President Yoon Suk Yeol").
    /// </summary>
    public static bool Joins(AnalyzedSentence s, Mention first, Mention next)
    {
        var from = first.PhraseEnd;
        var k = s.TokenAt(from);
        if (s.Is(k, "of") && s.MentionStartingAt(s.Is(k + 1, "the") ? k + 2 : k + 1, MentionKind.Country) is { } country && country.End <= next.PhraseStart)
        {
            from = country.End;
        }

        var start = Math.Max(from, PossessorStart(s, next.PhraseStart));
        var between = s.Slice(from, start);
        return IsJoin(between) || (next.Kind == MentionKind.Country && IsJoinBeforeArticle(between))
            || (next.Kind == MentionKind.Leader && next.Title is not null
                && (IsJoin(s.Slice(from, QualifierStart(s, s.TokenAt(from), s.TokenAt(start)))) || IsJoinBeforeArticle(between)));
    }

    /// <summary>The most capitalised words that qualify a title before a name ("European Council President Charles Michel").</summary>
    private const int MaxTitleQualifiers = 3;

    /// <summary>
    /// Where the capitalised words just before token <paramref name="end"/> start, from <paramref name="from"/> on: the body
    /// a title belongs to, which the title's mention leaves out ("and European Council President Charles Michel" joins like
    /// "and President Charles Michel"); the offset of <paramref name="end"/> when there are none.
    /// </summary>
    private static int QualifierStart(AnalyzedSentence s, int from, int end)
    {
        var k = TitleBodyStart(s, from, end);
        return k < s.Tokens.Count ? s.Tokens[k].Start : s.Sentence.End;
    }

    /// <summary>
    /// The token where the capitalised words of a title's body just before token <paramref name="end"/> start, from
    /// <paramref name="from"/> on and at most <see cref="MaxTitleQualifiers"/> of them ("European Council" of "European
    /// Council president Charles Michel"); <paramref name="end"/> when there are none.
    /// </summary>
    internal static int TitleBodyStart(AnalyzedSentence s, int from, int end)
    {
        var k = end;
        while (k - 1 >= from && end - k < MaxTitleQualifiers && s.IsCapitalized(k - 1))
        {
            k--;
        }

        return k;
    }

    /// <summary>
    /// "Kenya and the United States", "Prime Minister Luís Montenegro and the President of Ukraine, Volodymyr Zelensky": a
    /// country's name, or a title, may take "the", which its mention leaves out.
    /// </summary>
    private static bool IsJoinBeforeArticle(string between)
    {
        var join = between.AsSpan().Trim();
        return join.EndsWith(" the", StringComparison.Ordinal) && IsJoin(join[..^4].ToString());
    }

    /// <summary>
    /// Where a reference starting at <paramref name="start"/> really starts when a country's possessive stands before
    /// its title: "and Australia's newly elected Prime Minister Anthony Albanese" joins like "and Anthony Albanese".
    /// </summary>
    private static int PossessorStart(AnalyzedSentence s, int start)
    {
        var k = s.TokenAt(start) - 1;
        while (k > 0 && Words.OfficeQualifiers.Contains(s.Word(k)))
        {
            k--;
        }

        if (k > 0 && s.Tokens[k].Kind == TokenKind.Possessive && s.MentionCovering(k - 1, MentionKind.Country) is { } country)
        {
            return country.Start;
        }

        return start;
    }

    /// <summary>
    /// <paramref name="join"/> without a style of address that ends it, with the article a title after the style takes:
    /// ", His Highness the" between "... Sheikh Sabah Khaled Al-Hamad Al-Sabah" and "Prime Minister Sheikh Ahmad ...".
    /// </summary>
    private static ReadOnlySpan<char> WithoutAddressStyle(ReadOnlySpan<char> join)
    {
        var rest = join;
        if (rest.EndsWith(" the", StringComparison.Ordinal))
        {
            rest = rest[..^4];
        }

        var styled = false;
        for (var space = rest.LastIndexOf(' '); space >= 0 && AddressStyleLookup.Contains(rest[(space + 1)..]); space = rest.LastIndexOf(' '))
        {
            rest = rest[..space].TrimEnd();
            styled = true;
        }

        return styled ? rest : join;
    }

    /// <summary>
    /// Whether the text between two references joins them ("and", ",", ", and", "and visiting"), a parenthesis aside
    /// ("(习近平) and") and an honorific before the second ("and Mr.").
    /// </summary>
    public static bool IsJoin(string between)
    {
        var text = between;
        for (var open = text.IndexOf('(', StringComparison.Ordinal); open >= 0; open = text.IndexOf('(', StringComparison.Ordinal))
        {
            var close = text.IndexOf(')', open);
            if (close < 0)
            {
                break;
            }

            text = text[..open] + text[(close + 1)..];
        }

        var join = text.AsSpan().Trim();
        var space = join.LastIndexOf(' ');
        if (space > 0 && HonorificLookup.Contains(join[(space + 1)..]))
        {
            join = join[..space].TrimEnd(); // "and Mr." before "Kishida"
        }

        join = WithoutAddressStyle(join);

        return join is "and" or "," or ", and" or "&" or "and his" or "and her" or ", and his" or ", and her" or "and visiting" or "and the visiting" or "and his visiting" or "and her visiting";
    }
}
