using System.Runtime.CompilerServices;
using RelationsGraph.Extraction.Gazetteer;
using RelationsGraph.Extraction.Knowledge;

namespace RelationsGraph.Extraction.Mentions;

/// <summary>
/// The gazetteers built from one knowledge base, once, and shared by every article: named entities (countries,
/// demonyms, capitals, leaders, organizations, documents, places), office titles, and topics. Topics and titles
/// have automata of their own so that their matches may overlap entity names ("North Korea's nuclear and
/// missile threats" is a topic and names North Korea).
/// </summary>
internal sealed class MentionGazetteers
{
    private static readonly ConditionalWeakTable<KnowledgeBase, MentionGazetteers> Cache = [];

    /// <summary>The reading of every pattern's payload list, by reference; read-only once built, so shared by all threads.</summary>
    private readonly Dictionary<IReadOnlyList<LexiconEntry>, LexiconMatch> matches = new(ReferenceEqualityComparer.Instance);

    private MentionGazetteers(KnowledgeBase kb)
    {
        Entities = BuildEntities(kb);
        Titles = Build(kb.Lexicon.Titles.SelectMany(t => t.Forms.SelectMany(Plural).Select(f => (f, new LexiconEntry(MentionKind.Title, t.Title)))));
        Topics = Build(kb.Lexicon.Topics.SelectMany(t => t.Forms.Select(f => (f, new LexiconEntry(MentionKind.Topic, t.Name)))));
        foreach (var payloads in Entities.PayloadLists.Concat(Titles.PayloadLists).Concat(Topics.PayloadLists))
        {
            matches.TryAdd(payloads, LexiconMatch.Of(payloads));
        }
    }

    public Gazetteer<LexiconEntry> Entities { get; }

    public Gazetteer<LexiconEntry> Titles { get; }

    public Gazetteer<LexiconEntry> Topics { get; }

    /// <summary>What a match with <paramref name="payloads"/> makes: looked up for a pattern's own list, worked out for a merged one.</summary>
    public LexiconMatch Reading(IReadOnlyList<LexiconEntry> payloads) =>
        matches.TryGetValue(payloads, out var match) ? match : LexiconMatch.Of(payloads);

    public static MentionGazetteers For(KnowledgeBase kb) => Cache.GetValue(kb, static k => new MentionGazetteers(k));

    /// <summary>Single words and short forms must match their letter case (US is not "us", Moon is not "moon").</summary>
    public static bool IsCaseSensitive(string form) => !form.Contains(' ', StringComparison.Ordinal) || form.Length < 6;

    private static Gazetteer<LexiconEntry> BuildEntities(KnowledgeBase kb)
    {
        var forms = new List<(string, LexiconEntry)>();
        foreach (var country in kb.Countries)
        {
            var entry = new LexiconEntry(MentionKind.Country, country.Id);
            forms.AddRange(Names(country).Select(n => (n, entry)));
            forms.AddRange(country.Demonyms.Items.Select(d => (d, new LexiconEntry(MentionKind.Demonym, country.Id))));
            if (country.Capital is { } capital)
            {
                forms.Add((capital, new LexiconEntry(MentionKind.Capital, country.Id)));
            }
        }

        forms.AddRange(kb.Leaders.SelectMany(l => Names(l).SelectMany(Undotted).SelectMany(ArabicArticle).Select(n => (n, new LexiconEntry(MentionKind.Leader, l.Id)))));
        forms.AddRange(kb.Organizations.SelectMany(o => Names(o).SelectMany(HouseStyles).Select(n => (n, new LexiconEntry(MentionKind.Organization, o.Id)))));
        forms.AddRange(kb.Documents.SelectMany(d => Names(d).SelectMany(Symmetric).Distinct(StringComparer.Ordinal).Select(n => (n, new LexiconEntry(MentionKind.Document, d.Id)))));
        foreach (var place in kb.Lexicon.Places)
        {
            var entry = new LexiconEntry(MentionKind.Place, place.Name);
            forms.Add((place.Name, entry));
            forms.AddRange(place.Aliases.Select(a => (a, entry)));
        }

        forms.AddRange(kb.Lexicon.Features.Select(f => (f, new LexiconEntry(MentionKind.Place, Feature))));
        return Build(forms);
    }

    /// <summary>The key of geographic names that only stop a country being read inside them.</summary>
    public const string Feature = "\u0000feature";

    /// <summary>
    /// A name and, when it holds the Arabic article as a word of its own ("Tamim bin Hamad Al Thani"), the same name
    /// with the article joined by a hyphen, as most outlets write it ("Sheikh Tamim bin Hamad al-Thani"; forms of
    /// several words match in any letter case, so "Al-Thani" too).
    /// </summary>
    private static IEnumerable<string> ArabicArticle(string name)
    {
        yield return name;
        var at = name.IndexOf(" Al ", StringComparison.Ordinal);
        if (at > 0 && at + 4 < name.Length && char.IsUpper(name[at + 4]))
        {
            yield return string.Concat(name.AsSpan(0, at), " al-", name.AsSpan(at + 4));
        }
    }

    /// <summary>
    /// A capitalized title of several words, or "President", and its plural, which titles two people at once
    /// ("then-Prime Ministers Shinzo Abe and John Howard", see <see cref="TitleLinker"/>). A lower-case plural ("the
    /// two presidents") is a group, not a title; the plural of another single word names places ("Kings Park").
    /// </summary>
    private static IEnumerable<string> Plural(string form)
    {
        yield return form;
        if (char.IsUpper(form[0]) && char.IsLetter(form[^1]) && form[^1] != 's' && (form.Contains(' ', StringComparison.Ordinal) || form == "President"))
        {
            yield return form + "s";
        }
    }

    /// <summary>A name and, when it ends in "Jr." or "Sr.", the same name without the full stop, as many outlets write it ("Ferdinand Marcos Jr").</summary>
    private static IEnumerable<string> Undotted(string name)
    {
        yield return name;
        if (name.EndsWith(" Jr.", StringComparison.Ordinal) || name.EndsWith(" Sr.", StringComparison.Ordinal))
        {
            yield return name[..^1];
        }
    }

    /// <summary>
    /// A name, and an acronym of four letters or more also as the house styles that write acronyms said as words in
    /// title case write it ("Nato", "Asean", "Apec", "Brics").
    /// </summary>
    private static IEnumerable<string> HouseStyles(string name)
    {
        yield return name;
        if (name.Length >= 4 && name.All(char.IsAsciiLetterUpper))
        {
            yield return name[0] + name[1..].ToLowerInvariant();
        }
    }

    /// <summary>A document name and the same name with its two parties swapped ("between Japan and China", "Japan-China").</summary>
    private static IEnumerable<string> Symmetric(string name)
    {
        yield return name;
        var between = name.IndexOf(" between ", StringComparison.Ordinal);
        var and = between < 0 ? -1 : name.IndexOf(" and ", between, StringComparison.Ordinal);
        if (and > 0 && name.IndexOf(" and ", and + 5, StringComparison.Ordinal) < 0)
        {
            var first = name[(between + 9)..and];
            var second = name[(and + 5)..];
            yield return name[..(between + 9)] + second + " and " + first;
        }

        var space = name.IndexOf(' ', StringComparison.Ordinal);
        var head = space < 0 ? name : name[..space];
        var dash = head.IndexOf('-', StringComparison.Ordinal);
        if (dash > 0 && head.IndexOf('-', dash + 1) < 0 && char.IsUpper(head[0]) && dash + 1 < head.Length && char.IsUpper(head[dash + 1]))
        {
            yield return head[(dash + 1)..] + "-" + head[..dash] + name[head.Length..];
        }
    }

    private static IEnumerable<string> Names(Node node) => node.Aliases.Items.Prepend(node.Name).Where(n => n.Length > 0);

    private static Gazetteer<LexiconEntry> Build(IEnumerable<(string Form, LexiconEntry Entry)> forms)
    {
        var builder = new GazetteerBuilder<LexiconEntry>();
        foreach (var (form, entry) in forms)
        {
            var sensitive = IsCaseSensitive(form);
            builder.Add(form, entry, sensitive);
            if (sensitive && form.Length > 1 && char.IsLower(form[0]))
            {
                builder.Add(char.ToUpperInvariant(form[0]) + form[1..], entry, caseSensitive: true);
            }

            if (sensitive && entry.Kind is MentionKind.Capital or MentionKind.Place && form.Length > 3)
            {
                builder.Add(form.ToUpperInvariant(), entry, caseSensitive: true); // datelines: "TOKYO, March 16"
            }
        }

        return builder.Build();
    }
}
