using System.Runtime.CompilerServices;

namespace RelationsGraph.Extraction.Mentions;

/// <summary>
/// Document groups the knowledge base names by phrase: "the four political documents", "the three China-US joint
/// communiques". Each phrase found becomes a <see cref="MentionKind.DocumentGroup"/> mention whose candidate is the group.
/// </summary>
internal static class DocumentGroupPattern
{
    /// <summary>
    /// The phrases of each knowledge base's list of groups, by first word: splitting them for every sentence cost more
    /// than matching them, and trying each at every token more than looking the token up.
    /// </summary>
    private static readonly ConditionalWeakTable<IReadOnlyList<Knowledge.DocumentGroup>, Dictionary<string, (Knowledge.DocumentGroup Group, string[] Words, string Accented)[]>> PhraseCache = [];

    /// <summary>Adds a group mention, with "the" before it when written, for each phrase of <paramref name="groups"/> in <paramref name="s"/>.</summary>
    public static void Find(AnalyzedSentence s, IReadOnlyList<Knowledge.DocumentGroup> groups)
    {
        var phrases = PhrasesOf(groups);
        for (var i = 0; i < s.Tokens.Count; i++)
        {
            if (!phrases.TryGetValue(s.Word(i), out var starting))
            {
                continue;
            }

            foreach (var (group, words, accented) in starting)
            {
                var j = i;
                var ok = true;
                for (var w = 0; w < words.Length && ok; w++, j++)
                {
                    if (w == 1 && !s.Is(j, words[w]) && s.Word(j).Contains('-', StringComparison.Ordinal) && s.IsCapitalized(j))
                    {
                        j++; // "the three China-US joint communiques"
                    }

                    ok = s.Is(j, words[w]) || (w == words.Length - 1 && s.Is(j, accented));
                }

                if (!ok)
                {
                    continue;
                }

                var start = s.Is(i - 1, "the") ? s.Tokens[i - 1].Start : s.Tokens[i].Start;
                s.Add(new Mention(MentionKind.DocumentGroup, s.Index, start, s.Tokens[j - 1].End, s.Slice(start, s.Tokens[j - 1].End))
                {
                    Candidates = [group.Name],
                    IsDefinite = true,
                });
            }
        }
    }

    /// <summary>The groups' phrases split into words, with the last word's accented spelling, by first word; made once per list of groups.</summary>
    private static Dictionary<string, (Knowledge.DocumentGroup Group, string[] Words, string Accented)[]> PhrasesOf(IReadOnlyList<Knowledge.DocumentGroup> groups) =>
        PhraseCache.GetValue(groups, static g => WordSequences.ByFirstWord(
            g.SelectMany(group => group.Phrases.Select(p => p.Split(' ')).Select(words =>
                (Group: group, Words: words, Accented: words[^1].Replace("communiques", "communiqués", StringComparison.Ordinal)))),
            phrase => phrase.Words));
}
