using RelationsGraph.Extraction.Mentions;

namespace RelationsGraph.Extraction.Rules;

/// <summary>
/// The establishment of diplomatic relations between two countries, as stories recall it: "China and the ROK
/// established diplomatic relations in 1992", "Vietnam and Japan established diplomatic relations on September 21,
/// 1973", "The two countries established diplomatic relations in 1990", "normalised diplomatic relations in 1995",
/// "Korea and China set up diplomatic ties in August 1992".
/// The event has the two countries as its sides (each Represented) and the date written after the relations.
/// </summary>
/// <remarks>
/// The two countries are the subject of the verb: two countries joined by "and", or a group of two sides ("the two
/// countries"). The event is named "establishment (normalization) of diplomatic relations between A and B"; the
/// ways stories name it ("establishment of Korea-China diplomatic relations", "Establishment of Spain-China diplomatic
/// relations (1973)": each country as written or by its name, in either order, with the year or without) and the
/// text's own words ("established diplomatic relations in 1992") are its aliases.
/// </remarks>
public sealed class RelationsEstablishedRule : IExtractionRule
{
    /// <summary>Words that may stand between the subject and the verb: "have formally established".</summary>
    private static readonly HashSet<string> Auxiliaries = new(StringComparer.OrdinalIgnoreCase)
    {
        "have", "has", "had", "first", "formally", "officially", "only",
    };

    /// <inheritdoc />
    public void Apply(ExtractionContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        foreach (var s in context.Sentences)
        {
            for (var k = s.FirstBodyToken; k < s.Tokens.Count; k++)
            {
                if (Noun(s, k) is { } noun && Relations(s, s.Is(k, "set") ? k + 2 : k + 1) is { } last && Countries(s, k) is { } sides)
                {
                    Record(context, s, k, last, noun, sides);
                }
            }
        }
    }

    /// <summary>
    /// The event noun of the verb at token <paramref name="k"/>: "establishment" ("set up" too), or "normalization" spelt
    /// as the verb is ("normalised" gives "normalisation"); null for another word.
    /// </summary>
    private static string? Noun(AnalyzedSentence s, int k) =>
        s.IsAny(k, "established", "establish", "forged", "forge") || (s.Is(k, "set") && s.Is(k + 1, "up")) ? "establishment"
        : s.IsAny(k, "normalized", "normalize") ? "normalization"
        : s.IsAny(k, "normalised", "normalise") ? "normalisation"
        : null;

    /// <summary>The last token of "(formal) (diplomatic) relations/ties" from token <paramref name="k"/>, or null.</summary>
    private static int? Relations(AnalyzedSentence s, int k)
    {
        if (s.IsAny(k, "formal", "full"))
        {
            k++;
        }

        if (s.Is(k, "diplomatic"))
        {
            k++;
        }

        return s.IsAny(k, "relations", "ties") ? k : null;
    }

    /// <summary>The two countries that are the subject of the verb at token <paramref name="verb"/>, in the order written.</summary>
    private static (Mention First, Mention? Second)? Countries(AnalyzedSentence s, int verb)
    {
        var end = verb - 1;
        while (end >= 0 && Auxiliaries.Contains(s.Word(end)))
        {
            end--;
        }

        if (end < 0)
        {
            return null;
        }

        if (s.MentionCovering(end, MentionKind.SideGroup) is { NodeIds.Count: 2 } group)
        {
            return (group, null);
        }

        var second = CountryEndingAt(s, end);
        if (second is null)
        {
            return null;
        }

        var and = s.TokenAt(second.Start) - 1;
        and = s.Is(and, "the") ? and - 1 : and; // "Spain and the People's Republic of China"
        var first = s.Is(and, "and") ? CountryEndingAt(s, and - 1) : null;
        return first is null || first.NodeId == second.NodeId ? null : (first, second);
    }

    /// <summary>The country (named, or its capital as its metonym) whose mention ends at token <paramref name="k"/>.</summary>
    private static Mention? CountryEndingAt(AnalyzedSentence s, int k) =>
        k >= 0 && s.MentionCovering(k, MentionKind.Country, MentionKind.Capital) is { NodeId: { } id } m && id.StartsWith("country:", StringComparison.Ordinal)
            && s.TokenEndingAt(m.End) == k ? m : null;

    private static void Record(ExtractionContext context, AnalyzedSentence s, int verb, int last, string noun, (Mention First, Mention? Second) subject)
    {
        var ids = subject.Second is { } second ? [subject.First.NodeId!, second.NodeId!] : subject.First.NodeIds.ToArray();
        var countries = ids.Select(id => context.Node<Country>(id) ?? context.Entities.AddKnown<Country>(id)).ToList();
        if (countries.Count != 2 || countries.Any(c => c is null))
        {
            return;
        }

        var date = s.MentionStartingAt(last + 1, MentionKind.Date);
        var end = date?.End ?? s.Tokens[last].End;
        var start = subject.First.Start;
        var evidence = context.Evidence(s.Index, start, end);
        var name = $"{noun} of diplomatic relations between {countries[0]!.Name} and {countries[1]!.Name}";
        var frame = context.Events.Frames.FirstOrDefault(f => f.Kind == EventKind.Other && f.Name == name)
            ?? context.Events.Add(EventKind.Other, s.Index, evidence);
        frame.Name = name;
        frame.Date ??= date?.Date;
        frame.Key = OccasionRule.Key(frame.Date?.Year, name);
        frame.DescribedIn.Add(s.Index);
        foreach (var country in countries)
        {
            frame.AddSide(country!.Id, evidence);
        }

        frame.Aliases.Add(s.Slice(s.Tokens[verb].Start, end));
        frame.Aliases.Add(s.Slice(start, end));
        var written = subject.Second is { } named ? new[] { Written(subject.First), Written(named) } : null;
        foreach (var a in Forms(countries[0]!.Name, written?[0]))
        {
            foreach (var b in Forms(countries[1]!.Name, written?[1]))
            {
                foreach (var pair in (ReadOnlySpan<string>)[$"{a}-{b}", $"{b}-{a}"])
                {
                    frame.Aliases.Add($"{noun} of {pair} diplomatic relations");
                    if (frame.Date?.Year is { } year)
                    {
                        frame.Aliases.Add($"{noun} of {pair} diplomatic relations {year}");
                    }
                }
            }
        }
    }

    /// <summary>A country as the text writes it, without a leading "the" ("the ROK" is "ROK").</summary>
    private static string Written(Mention country) => EventAliases.Bare(country.Text);

    /// <summary>The name and, when it differs, the written form of one side.</summary>
    private static IEnumerable<string> Forms(string name, string? written) =>
        written is null || string.Equals(written, name, StringComparison.Ordinal) ? [name] : [name, written];
}
