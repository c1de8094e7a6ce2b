namespace RelationsGraph.Extraction.Mentions;

/// <summary>
/// What a gazetteer match with one list of payloads makes, worked out once per list instead of once per match: the
/// first payload's kind and key, and the distinct keys of that kind (the mention's candidates, in payload order).
/// </summary>
internal sealed class LexiconMatch
{
    private LexiconMatch(LexiconEntry first, string[] candidates)
    {
        First = first;
        Candidates = candidates;
    }

    /// <summary>The first payload: its kind is the mention's, its key a title's canonical form.</summary>
    public LexiconEntry First { get; }

    /// <summary>Whether the match is a geographic feature, which only stops a country being read inside it.</summary>
    public bool IsFeature => First.Key == MentionGazetteers.Feature;

    /// <summary>The distinct keys of the payloads of the first payload's kind; shared by every mention of the list, never changed.</summary>
    public string[] Candidates { get; }

    /// <summary>The reading of <paramref name="payloads"/> (at least one).</summary>
    public static LexiconMatch Of(IReadOnlyList<LexiconEntry> payloads)
    {
        var first = payloads[0];
        var candidates = new List<string>(payloads.Count);
        foreach (var payload in payloads)
        {
            if (payload.Kind == first.Kind && !candidates.Contains(payload.Key, StringComparer.Ordinal))
            {
                candidates.Add(payload.Key);
            }
        }

        return new LexiconMatch(first, [.. candidates]);
    }
}
