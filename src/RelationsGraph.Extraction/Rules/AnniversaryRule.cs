using RelationsGraph.Extraction.Knowledge;
using RelationsGraph.Extraction.Mentions;

namespace RelationsGraph.Extraction.Rules;

/// <summary>
/// Anniversaries: "the Nth anniversary of &lt;document&gt;" (of its signing, its conclusion) commemorates the
/// document when the anniversary's year minus N is the document's year; "the Nth anniversary of the
/// normalization (establishment) of (diplomatic) relations (ties)" between two countries commemorates the one
/// foundational document between them dated that year, if the knowledge base has exactly one, and has the two
/// countries as its sides (named in it, "the 50th anniversary of Brazil-China diplomatic relations", "the two
/// countries" of its sentence, or, when neither tells, the two sides of the story's main event). The anniversary's
/// year is a year written in the sentence ("in 2025", "this year"; not the named document's own, "signed in 1978"),
/// else the article's; of a named document, its year plus N, when the article's is that year or the next.
/// </summary>
public sealed class AnniversaryRule : IExtractionRule
{
    /// <inheritdoc />
    public void Apply(ExtractionContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        foreach (var s in context.Sentences)
        {
            foreach (var mention in s.MentionsOf(MentionKind.Anniversary).Where(m => m.Ordinal is > 0))
            {
                var n = mention.Ordinal!.Value;
                var named = NamedDocument(context, s, mention);
                var stated = StatedYear(s, mention, named?.Year, n, context.Date?.Year);
                if ((stated ?? context.Date?.Year) is not { } y)
                {
                    continue;
                }

                var countries = OfRelations(mention) ? Countries(context, s, mention) : [];
                string? document;
                if (named is { Year: { } signed })
                {
                    // The named document's year and the ordinal give the anniversary's year, which the sentence's year
                    // must be; the article's may be the year after ("last October" of the 40th anniversary of a 1978 treaty).
                    document = stated == signed + n || (stated is null && Math.Abs(y - (signed + n)) <= 1) ? named.Value.Id : null;
                    y = document is not null ? signed + n : y;
                }
                else
                {
                    document = named is { } undated ? (undated.Written == y - n ? undated.Id : null) : Document(context, y - n, countries);
                }

                var frame = Frame(context, s, mention, document, countries, n, y, stated is not null);
                frame.Name ??= EventAliases.Bare(mention.Text);
                frame.Ordinal = n;
                frame.DescribedIn.Add(s.Index);
                frame.Aliases.Add(mention.Text);
                if (document is not null)
                {
                    frame.Commemorations.Add((document, context.Evidence(mention), n));
                }

                // "the 75th anniversary of the establishment of diplomatic relations" of the two countries: both are its sides.
                foreach (var country in countries.Count == 2 ? countries : [])
                {
                    if (context.Node<Country>(country) is not null || context.Entities.AddKnown<Country>(country) is not null)
                    {
                        frame.AddSide(country, context.Evidence(mention));
                    }
                }
            }
        }
    }

    /// <summary>
    /// The anniversary's frame: of a document and year, of two countries' relations (one article has one Nth
    /// anniversary of two countries' relations, however it words it: "the 50th anniversary of ties", "when the two
    /// countries will mark 50 years since they established diplomatic relations"; a year the sentence writes dates
    /// it), or of its words and year.
    /// </summary>
    private static EventFrame Frame(ExtractionContext context, AnalyzedSentence s, Mention mention, string? document, List<string> countries, int n, int year, bool stated)
    {
        var pair = document is null && countries.Count == 2
            ? $"anniversary {n} {string.Join(' ', countries.Select(c => c.Replace("country:", "", StringComparison.Ordinal)).Order(StringComparer.Ordinal))}"
            : null;
        var key = document is not null ? $"{year} anniversary {n} {document}" : pair is not null ? $"{year} {pair}" : $"{year} {EventAliases.Bare(mention.Text)}";
        var frame = context.Events.Frames.FirstOrDefault(f => pair is null ? f.Key == key : f.Key?.EndsWith(" " + pair, StringComparison.Ordinal) == true);
        if (frame is null || (pair is not null && stated))
        {
            frame ??= context.Events.Add(EventKind.Anniversary, s.Index, context.Evidence(mention));
            frame.Key = key;
            frame.Date = new PartialDate(year);
        }

        return frame;
    }

    /// <summary>
    /// The document the anniversary's phrase names, with its year (of signing, else its date) and a year the phrase
    /// writes ("the 1972 communique"); null when it names none.
    /// </summary>
    private static (string Id, int? Year, int? Written)? NamedDocument(ExtractionContext context, AnalyzedSentence s, Mention anniversary)
    {
        var named = s.MentionsOf(MentionKind.Document).FirstOrDefault(d => d.Start >= anniversary.Start && d.End <= anniversary.End && d.NodeId is not null);
        if (named is null)
        {
            return null;
        }

        var document = context.Node<Document>(named.NodeId);
        var year = (document as Treaty)?.SignedOn?.Year ?? document?.Date?.Year;
        var written = s.MentionsOf(MentionKind.Date).FirstOrDefault(d => d.Start >= anniversary.Start && d.End <= anniversary.End && d.Head == "year")?.Date?.Year;
        return (named.NodeId!, year, written);
    }

    /// <summary>
    /// The year the sentence writes outside the anniversary's phrase ("in 2020", "this year"), not the named document's
    /// own ("the ... Treaty, which was signed in 1978"), nor the year of what the anniversary marks: the 10th
    /// anniversary "of the Comprehensive Partnership, set up in 2013", in an article of 2023.
    /// </summary>
    private static int? StatedYear(AnalyzedSentence s, Mention anniversary, int? documentYear, int ordinal, int? articleYear)
    {
        foreach (var d in s.MentionSpanOf(MentionKind.Date))
        {
            if ((d.End <= anniversary.Start || d.Start >= anniversary.End) && d.Date is { Month: null } date && date.Year != documentYear
                && !(articleYear is { } article && Math.Abs(date.Year + ordinal - article) <= 1))
            {
                return date.Year;
            }
        }

        return null;
    }

    private static string? Document(ExtractionContext context, int signed, List<string> countries)
    {
        if (countries.Count != 2)
        {
            return null;
        }

        var kb = context.KnowledgeBase;
        var candidates = kb.Documents.Where(d => d.Foundational == true && ((d as Treaty)?.SignedOn ?? d.Date)?.Year == signed
            && countries.All(c => kb.Graph.TryGetNode(c, out var country) && kb.Graph.OutEdges<PartyTo>(country).Any(e => e.Target.Id == d.Id))
            && kb.Graph.InEdges<PartyTo>(d).Count() == 2).ToList();
        return candidates.Count == 1 && context.Entities.AddKnown<Document>(candidates[0].Id) is { } found ? found.Id : null;
    }

    /// <summary>
    /// "the normalization", "the establishment of diplomatic ties", "diplomatic relations", "the 50th anniversary of
    /// ties", "of bilateral relations": an anniversary of two countries' relations.
    /// </summary>
    private static bool OfRelations(Mention anniversary)
    {
        var text = anniversary.Text;
        return text.Contains("normaliz", StringComparison.OrdinalIgnoreCase) || text.Contains("normalis", StringComparison.OrdinalIgnoreCase)
            || text.Contains("diplomatic", StringComparison.OrdinalIgnoreCase)
            || (text.Contains("establishment", StringComparison.OrdinalIgnoreCase) && (text.Contains("relations", StringComparison.OrdinalIgnoreCase) || text.Contains("ties", StringComparison.OrdinalIgnoreCase)))
            || text.EndsWith(" of ties", StringComparison.OrdinalIgnoreCase) || text.EndsWith(" of bilateral ties", StringComparison.OrdinalIgnoreCase)
            || text.EndsWith(" of bilateral relations", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>
    /// The countries whose relations the anniversary is of: those it names, else those "the two countries" of its
    /// sentence are, else, when neither tells, the two sides of the story's main event ("PM's first talks with the
    /// Chinese president cover EVs, tourism and the 50th anniversary of ties").
    /// </summary>
    private static List<string> Countries(ExtractionContext context, AnalyzedSentence s, Mention anniversary)
    {
        var countries = s.Mentions.Where(m => m.Start >= anniversary.Start && m.End <= anniversary.End && m.Kind is MentionKind.Country or MentionKind.Demonym)
            .SelectMany(m => m.NodeIds).Distinct(StringComparer.Ordinal).ToList();
        if (countries.Count >= 2)
        {
            return countries;
        }

        var grouped = s.MentionsOf(MentionKind.SideGroup).SelectMany(m => m.NodeIds).Distinct(StringComparer.Ordinal).ToList();
        if (grouped.Count >= 2 || countries.Count == 1)
        {
            return grouped;
        }

        return context.Events.Main is { } main && Attachment.Sides(context, main) is { Count: 2 } sides ? sides : [];
    }
}
