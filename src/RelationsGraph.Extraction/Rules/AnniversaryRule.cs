using RelationsGraph.Extraction.Knowledge;
using RelationsGraph.Extraction.Mentions;

namespace RelationsGraph.Extraction.Rules;

/// <summary>
/// Anniversaries: "the Nth anniversary of &lt;document&gt;" (of its signing, its conclusion) commemorates the
/// document when the anniversary's year minus N is the document's year; "the Nth anniversary of the
/// normalization (establishment) of (diplomatic) relations (ties)" between two countries commemorates the one
/// foundational document between them dated that year, if the knowledge base has exactly one, and has the two
/// countries as its sides (named in it, "the 50th anniversary of Brazil-China diplomatic relations", "the two
/// countries" of its sentence, or, when neither tells, the two sides of the story's main event). The anniversary's year is a year written in the sentence ("in 2025", "this year"),
/// else the article's.
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
                var year = s.MentionsOf(MentionKind.Date).Where(d => d.End <= mention.Start || d.Start >= mention.End)
                    .Select(d => d.Date).FirstOrDefault(d => d is { Month: null })?.Year ?? context.Date?.Year;
                if (year is not { } y)
                {
                    continue;
                }

                var n = mention.Ordinal!.Value;
                var countries = OfRelations(mention) ? Countries(context, s, mention) : [];
                var document = Document(context, s, mention, y - n, countries);
                var key = document is not null ? $"{y} anniversary {n} {document}" : $"{y} {EventAliases.Bare(mention.Text)}";
                var frame = context.Events.Frames.FirstOrDefault(f => f.Key == key) ?? context.Events.Add(EventKind.Anniversary, s.Index, context.Evidence(mention));
                frame.Key = key;
                frame.Name ??= EventAliases.Bare(mention.Text);
                frame.Ordinal = n;
                frame.Date = new PartialDate(y);
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

    private static string? Document(ExtractionContext context, AnalyzedSentence s, Mention anniversary, int signed, List<string> countries)
    {
        var named = s.MentionsOf(MentionKind.Document).FirstOrDefault(d => d.Start >= anniversary.Start && d.End <= anniversary.End && d.NodeId is not null);
        if (named is not null)
        {
            var document = context.Node<Document>(named.NodeId);
            var year = (document as Treaty)?.SignedOn?.Year ?? document?.Date?.Year;
            var written = s.MentionsOf(MentionKind.Date).FirstOrDefault(d => d.Start >= anniversary.Start && d.End <= anniversary.End && d.Head == "year")?.Date?.Year;
            return (year ?? written) == signed ? named.NodeId : null;
        }

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
