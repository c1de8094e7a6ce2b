namespace RelationsGraph.Extraction.Mentions;

/// <summary>
/// A leader's surname that is also a country's name: "Montenegro also reiterated Portugal's support ..." after "Prime
/// Minister Luís Montenegro". The gazetteer finds the country; once the article has named the leader in full, the bare
/// word is the leader, unless a word of place or a list of countries leads to it ("in Montenegro", "Serbia and
/// Montenegro", "Serbia, Montenegro").
/// </summary>
/// <remarks>Runs once per article, after the per-sentence patterns: one pass over each sentence's country mentions.</remarks>
internal static class SurnameCountryPattern
{
    /// <summary>Words before a country's name that make it the country: where, whither, whence, and lists.</summary>
    private static readonly HashSet<string> CountryLeads = new(StringComparer.OrdinalIgnoreCase)
    {
        "in", "to", "from", "of", "with", "and", "or", "between", "for", "at", "visit", "visited", "visiting", "across", "into", "against",
    };

    /// <summary>Whether token <paramref name="before"/>, just before a country's name, makes it the country: a word of place, or a comma after another country ("Serbia, Montenegro").</summary>
    private static bool LedToAsACountry(AnalyzedSentence s, int before) =>
        before >= 0 && (CountryLeads.Contains(s.Word(before)) || (s.Word(before) == "," && s.MentionCovering(before - 1, MentionKind.Country) is not null));

    /// <summary>Turns into leader mentions the country mentions of <paramref name="sentences"/> that repeat a surname named before.</summary>
    public static void Find(IReadOnlyList<AnalyzedSentence> sentences)
    {
        Dictionary<string, Mention>? surnames = null;
        foreach (var s in sentences)
        {
            if (surnames is not null)
            {
                foreach (var country in s.MentionSpanOf(MentionKind.Country))
                {
                    var before = s.TokenAt(country.Start) - 1;
                    if (surnames.TryGetValue(country.Text, out var leader) && !LedToAsACountry(s, before))
                    {
                        s.RemoveAll(m => ReferenceEquals(m, country));
                        s.Add(new Mention(MentionKind.Leader, s.Index, country.Start, country.End, country.Text)
                        {
                            Candidates = leader.Candidates,
                            Name = leader.Name,
                            Title = leader.Candidates.Count == 0 ? leader.Title : null,
                        });
                    }
                }
            }

            foreach (var leader in s.MentionSpanOf(MentionKind.Leader))
            {
                var space = leader.Text.LastIndexOf(' ');
                if (space > 0 && (leader.Candidates.Count == 1 || leader.Title is not null))
                {
                    (surnames ??= new(StringComparer.Ordinal)).TryAdd(leader.Text[(space + 1)..], leader);
                }
            }
        }
    }
}
