using RelationsGraph.Extraction.Knowledge;
using RelationsGraph.Extraction.Mentions;
using RelationsGraph.Extraction.Rules;

namespace RelationsGraph.Extraction.Resolution;

/// <summary>
/// Links a document group's mention ("the four political documents"), when the group's countries are in the article,
/// to the set itself as a document of its own and to the set's documents.
/// </summary>
internal sealed class DocumentGroupResolution(KnowledgeBase kb, ArticleEntities entities)
{
    /// <summary>The knowledge base's group that <paramref name="group"/>, a group mention, names; null when none.</summary>
    public static DocumentGroup? GroupOf(KnowledgeBase kb, Mention group) =>
        kb.DocumentGroups.FirstOrDefault(g => group.Candidates.Contains(g.Name, StringComparer.Ordinal));

    /// <summary>
    /// Resolves <paramref name="group"/> in <paramref name="s"/> to the set and its documents. Its lambdas' closure is
    /// made for a group only, not for every sentence.
    /// </summary>
    public void Resolve(AnalyzedSentence s, Mention group)
    {
        var found = GroupOf(kb, group);
        if (found is not null && found.CountryIds.All(c => entities.Contains(c) || s.Mentions.Any(m => m.Candidates.Contains(c, StringComparer.Ordinal))))
        {
            var set = Collective(found);
            entities.AddAlias(set.Id, group.Text);
            entities.AddAlias(set.Id, EventAliases.Bare(group.Text));
            group.NodeIds = [set.Id, .. found.DocumentIds.Where(d => entities.AddKnown<Document>(d) is not null)];
        }
    }

    /// <summary>
    /// The group as a document of its own, named with its countries: "four political documents between China and
    /// Japan". Readers cite the set as one ("abide by the principles set out in the four political documents"), and a
    /// reader who does not know its members still finds what the text says of it.
    /// </summary>
    private Document Collective(DocumentGroup found)
    {
        var countries = found.CountryIds.Select(id => kb.Get<Country>(id) is { } country ? CountryPhrase.WithArticle(country.Name) : id).ToList();
        var name = countries.Count < 2 ? found.Name
            : $"{found.Name} between {string.Join(", ", countries.Take(countries.Count - 1))} and {countries[^1]}";
        return entities.Add(new Document { Id = NodeId.Create(Document.IdPrefix, name), Name = name });
    }
}
