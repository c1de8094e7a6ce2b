using RelationsGraph.Extraction.Mentions;

namespace RelationsGraph.Extraction.Rules;

/// <summary>The one word a leader goes by in an event's pair names ("Kim-Putin talks", "Macron-Mohammed VI talks").</summary>
internal static class LeaderShortName
{
    /// <summary>
    /// The shortest one-word name the article gives leader <paramref name="id"/> ("Xi", "Paetongtarn"; the first in
    /// ordinal order of the shortest), else the shortest the knowledge base gives, else the last word of the leader's
    /// name (the first of an Arabic name with its father's, "Tamim", and of a name written family name first, "Kim").
    /// </summary>
    public static string Of(ExtractionContext context, string id)
    {
        if (context.Node<Leader>(id) is not { } leader)
        {
            return id;
        }

        // The knowledge base's spellings ride along in the node's aliases ("Pashinian" beside "Pashinyan"): a form the
        // article writes comes first.
        string? shortest = null;
        var written = false;
        foreach (var alias in leader.Aliases.Items)
        {
            if (alias.Length <= 1 || !char.IsUpper(alias[0]) || alias.Contains(' ', StringComparison.Ordinal))
            {
                continue;
            }

            var inText = context.Article.Text.Contains(alias, StringComparison.Ordinal);
            if (shortest is null || (inText && !written)
                || (inText == written && (alias.Length < shortest.Length || (alias.Length == shortest.Length && string.CompareOrdinal(alias, shortest) < 0))))
            {
                (shortest, written) = (alias, inText);
            }
        }

        // "Tamim bin Hamad Al Thani" goes by the first word, as "Kim Jong Un" goes by his family's, written first; a
        // monarch by the whole regnal name ("Mohammed VI", not "VI").
        var last = leader.Name[(leader.Name.LastIndexOf(' ') + 1)..];
        return shortest ?? (IsRegnalNumber(last) && last.Length < leader.Name.Length ? leader.Name
            : IsPatronymic(leader.Name) || Words.WritesFamilyNameFirst(context.Entities.CountryOf(id))
            ? leader.Name[..leader.Name.IndexOf(' ', StringComparison.Ordinal)]
            : FamilyName(leader.Name));
    }

    /// <summary>
    /// The family name at the end of <paramref name="name"/>, with the particles that open it ("Van der Bellen" of
    /// "Alexander Van der Bellen", "von der Leyen", "da Silva"): the last word when there are none.
    /// </summary>
    public static string FamilyName(string name)
    {
        var words = name.Split(' ');
        for (var k = 1; k < words.Length - 1; k++)
        {
            if (FamilyParticles.Contains(words[k]))
            {
                return string.Join(' ', words[k..]);
            }
        }

        return words[^1];
    }

    /// <summary>Words that open a family name: "Van der Bellen", "von der Leyen", "de Kirchner".</summary>
    private static readonly HashSet<string> FamilyParticles = new(StringComparer.OrdinalIgnoreCase) { "van", "von", "der", "de", "da", "del", "dos", "di", "du", "le", "la" };

    /// <summary>
    /// The names a reader gives leader <paramref name="id"/> as the owner of an event: the short name, the family name
    /// with its particles (not of a name written family name first or with a father's), the whole name and the article's
    /// styled forms of a ruler ("AKD", "Dissanayake", "Anura Kumara Dissanayake"; "Abdullah", "Abdullah II", "King
    /// Abdullah"), each once.
    /// </summary>
    public static IEnumerable<string> Names(ExtractionContext context, string id)
    {
        var shortName = Of(context, id);
        if (context.Node<Leader>(id) is not { } leader)
        {
            return [shortName];
        }

        var family = IsPatronymic(leader.Name) || Words.WritesFamilyNameFirst(context.Entities.CountryOf(id)) ? shortName : FamilyName(leader.Name);
        return new[] { shortName, family, leader.Name }.Concat(Styled(context, id)).Distinct(StringComparer.Ordinal);
    }

    /// <summary>
    /// A two-leader meeting as one leader's, with the other's whole name: "Modi's meeting with Alexander Van der
    /// Bellen", "Sheikh Hasina's meeting with Droupadi Murmu", each way round and for each of <paramref name="heads"/>.
    /// </summary>
    public static IEnumerable<string> Owned(ExtractionContext context, string first, string second, IEnumerable<string> heads)
    {
        foreach (var (owner, other) in new[] { (first, second), (second, first) })
        {
            var whole = context.Node<Leader>(other)?.Name ?? other;
            foreach (var name in Names(context, owner))
            {
                foreach (var head in heads)
                {
                    yield return $"{name}'s {head} with {whole}";
                }
            }
        }
    }

    /// <summary>
    /// The pair's names as a compound, both ways round: "Kishida-Xi", "Xi-Kishida". A leader of a country that writes
    /// the family name first, Korea's aside, also goes by the whole name there, as readers tell apart the many Lis and
    /// Wangs: "Abiy-Li Qiang talks", "Fidan-Wang Yi talks", "Yoon-Pham Minh Chinh talks" (Korea's are named by family
    /// name alone: "Yoon-Kishida summit"). Both whole names make a pair too: "Shehbaz Sharif-Vladimir Putin meeting".
    /// </summary>
    public static List<string> Pairs(ExtractionContext context, string first, string second)
    {
        var pairs = new List<string>();
        foreach (var a in Forms(context, first))
        {
            foreach (var b in Forms(context, second))
            {
                pairs.Add($"{a}-{b}");
                pairs.Add($"{b}-{a}");
            }
        }

        // "Shehbaz Sharif-Vladimir Putin meeting", "Xi Jinping-Joe Biden summit": both named in full.
        if (context.Node<Leader>(first)?.Name is { } one && context.Node<Leader>(second)?.Name is { } other && one.Contains(' ', StringComparison.Ordinal)
            && other.Contains(' ', StringComparison.Ordinal) && !pairs.Contains($"{one}-{other}"))
        {
            pairs.Add($"{one}-{other}");
            pairs.Add($"{other}-{one}");
        }

        return pairs;
    }

    /// <summary>
    /// The leader's short name, and the whole name for a leader named family name first outside Korea, or of Cambodia,
    /// Laos or Myanmar, whose leaders readers name in full ("Hun Manet", "Sonexay Siphandone", "Min Aung Hlaing": a
    /// Burmese name has no family name).
    /// </summary>
    private static IEnumerable<string> Forms(ExtractionContext context, string id)
    {
        var shortName = Of(context, id);
        yield return shortName;
        foreach (var styled in Styled(context, id))
        {
            yield return styled; // "Biden-King Salman meeting", "Sheikh Mohamed-Modi talks"
        }

        if (context.Node<Leader>(id) is { } leader && leader.Name != shortName && leader.Name.Contains(' ', StringComparison.Ordinal)
            && context.Entities.CountryOf(id) is { } country
            && ((Words.WritesFamilyNameFirst(country) && country is not ("country:kr" or "country:kp")) || country is "country:kh" or "country:la" or "country:mm"))
        {
            yield return leader.Name;
        }
    }

    /// <summary>
    /// How the article styles a ruler by one name: its forms of leader <paramref name="id"/> made of a ruler's style and one
    /// word ("King Salman", "Sultan Haitham", "Amir Tamim", "Sheikh Mohamed"), as readers name the ruler's events ("King
    /// Salman's reception of Xi", "Sultan Haitham's state visit to India").
    /// </summary>
    public static IEnumerable<string> Styled(ExtractionContext context, string id)
    {
        if (context.Node<Leader>(id) is not { } leader)
        {
            yield break;
        }

        foreach (var alias in leader.Aliases.Items)
        {
            var space = alias.IndexOf(' ', StringComparison.Ordinal);
            if (space > 0 && alias.IndexOf(' ', space + 1) < 0 && RulerStyles.Contains(alias[..space]) && context.Article.Text.Contains(alias, StringComparison.Ordinal))
            {
                yield return alias;
            }
        }
    }

    /// <summary>The styles that name a ruler with one of his names: "King Salman", "Sultan Haitham", "Sheikh Mohamed".</summary>
    private static readonly HashSet<string> RulerStyles = new(StringComparer.Ordinal) { "King", "Queen", "Sultan", "Emir", "Amir", "Emperor", "Sheikh", "Sheikha" };

    /// <summary>"II", "VI", "XVI": a Roman numeral that numbers a monarch.</summary>
    private static bool IsRegnalNumber(string word) =>
        word.Length is > 0 and <= 5 && word.AsSpan().IndexOfAnyExcept("IVX") < 0;

    /// <summary>"Tamim bin Hamad Al Thani": a name with a father's name after "bin", whose bearer goes by the first word (Sheikh Tamim), not the family's.</summary>
    private static bool IsPatronymic(string name) =>
        name.Contains(" bin ", StringComparison.Ordinal) || name.Contains(" bint ", StringComparison.Ordinal) || name.Contains(" ibn ", StringComparison.Ordinal);
}
