using RelationsGraph.Extraction.Knowledge;

namespace RelationsGraph.Extraction.Mentions;

/// <summary>
/// Monarchs named by their title and first name alone, as news copy names them: "His Majesty King Hamad held talks",
/// "Emir Tamim", "Sultan Haitham", "King Mswati". A reigning title followed by one capitalised word that opens the name
/// of a monarch of that title the knowledge base holds ("Hamad bin Isa Al Khalifa"), and by no other capitalised word,
/// becomes a <see cref="MentionKind.Leader"/> mention whose candidates are every such monarch; the resolver takes the
/// one in office on the article's date, as it does for any name several leaders share.
/// </summary>
/// <remarks>
/// A name the gazetteers found ("King Charles III", "Emir Tamim bin Hamad Al Thani") stays theirs, and so does a longer
/// name after the title ("King Khalid International Airport"). Runs after the gazetteers and before the titles are
/// linked, over the tokens of one sentence, in linear time.
/// </remarks>
internal static class RegnalNamePattern
{
    /// <summary>Titles of a reigning monarch, as the title gazetteer names them.</summary>
    private static readonly HashSet<string> ReigningTitles = new(StringComparer.Ordinal) { "King", "Queen", "Emir", "Amir", "Sultan" };

    /// <summary>
    /// The knowledge base's monarchs by their title and the first word of their name: "King Hamad" is Hamad bin Isa Al
    /// Khalifa, "Emir Hamad" Hamad bin Khalifa Al Thani. "Amir" is written for "Emir".
    /// </summary>
    public static Dictionary<string, string[]> Index(KnowledgeBase knowledgeBase)
    {
        ArgumentNullException.ThrowIfNull(knowledgeBase);
        return knowledgeBase.Leaders
            .Where(l => l.Title is { } title && ReigningTitles.Contains(title) && l.Name.Contains(' ', StringComparison.Ordinal))
            .GroupBy(l => Key(l.Title!, l.Name[..l.Name.IndexOf(' ', StringComparison.Ordinal)]), StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Select(l => l.Id).Order(StringComparer.Ordinal).ToArray(), StringComparer.Ordinal);
    }

    private static string Key(string title, string firstName) => (title == "Amir" ? "Emir" : title) + " " + firstName;

    public static void Find(AnalyzedSentence s, Dictionary<string, string[]> monarchs)
    {
        if (monarchs.Count == 0)
        {
            return;
        }

        foreach (var title in s.MentionSpanOf(MentionKind.Title))
        {
            if (title.Title is not { } name || !ReigningTitles.Contains(name) || !char.IsUpper(title.Text[0]))
            {
                continue;
            }

            var k = s.TokenAt(title.End);
            if (!s.IsCapitalized(k) || s.IsCapitalized(k + 1) || !monarchs.TryGetValue(Key(name, s.Word(k)), out var candidates)
                || s.Overlaps(s.Tokens[k].Start, s.Tokens[k].End, MentionKind.Leader, MentionKind.Title, MentionKind.Place, MentionKind.Country, MentionKind.Organization))
            {
                continue;
            }

            s.Add(new Mention(MentionKind.Leader, s.Index, s.Tokens[k].Start, s.Tokens[k].End, s.Word(k)) { Candidates = candidates });
        }
    }
}
