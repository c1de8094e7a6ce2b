using RelationsGraph.Extraction.Gazetteer;

namespace RelationsGraph.Extraction.Mentions;

/// <summary>Turns the matches of the entity, title and topic gazetteers in a sentence into mentions.</summary>
internal static class GazetteerPass
{
    public static void Find(AnalyzedSentence sentence, MentionGazetteers gazetteers)
    {
        Add(sentence, gazetteers.Entities);
        Add(sentence, gazetteers.Titles);
        Add(sentence, gazetteers.Topics);
        sentence.RemoveAll(m => m.Kind == MentionKind.Topic && IsGenericHead(sentence, m));
    }

    /// <summary>"history" in "the history of bilateral relations" names no issue; "history and Taiwan" does.</summary>
    private static bool IsGenericHead(AnalyzedSentence s, Mention topic) =>
        !topic.Text.Contains(' ', StringComparison.Ordinal) && char.IsLower(topic.Text[0]) && s.Is(s.TokenAt(topic.End), "of");

    private static void Add(AnalyzedSentence sentence, Gazetteer<LexiconEntry> gazetteer)
    {
        var s = sentence.Sentence;
        foreach (var match in gazetteer.FindAll(sentence.ArticleText, s.Start, s.Length))
        {
            var first = match.Payloads[0];
            if (first.Key == MentionGazetteers.Feature)
            {
                continue;
            }

            var candidates = match.Payloads.Where(p => p.Kind == first.Kind).Select(p => p.Key).Distinct(StringComparer.Ordinal).ToList();
            var mention = new Mention(first.Kind, sentence.Index, match.Start, match.End, match.GetText(sentence.ArticleText))
            {
                Candidates = candidates,
            };
            if (first.Kind == MentionKind.Title)
            {
                mention.Title = first.Key;
            }

            sentence.Add(mention);
        }
    }
}
