using RelationsGraph.Extraction.Mentions;

namespace RelationsGraph.Extraction.Rules;

/// <summary>The words that cite a document: "as stated in", "established in", "abide by", "adhere to", "upheld", "reaffirmed", "based on", "builds on", ...</summary>
internal static class CitationCues
{
    /// <summary>
    /// Cues; of those that share a first word the first that matches wins, so a longer one comes before a shorter. A cue
    /// with <c>Before</c> also cites a document written before it ("... must be observed").
    /// </summary>
    private static readonly (string[] Words, bool Before)[] Cues =
    [
        (["as", "stated", "in"], false), (["as", "set", "out", "in"], false), (["as", "stipulated", "in"], false), (["as", "enshrined", "in"], false),
        (["as", "laid", "down", "in"], false), (["in", "accordance", "with"], false), (["in", "line", "with"], false),
        (["set", "out", "in"], false), (["laid", "down", "in"], false), (["enshrined", "in"], false), (["stipulated", "in"], false),
        (["established", "in"], false),
        (["based", "on"], false), (["abide", "by"], false), (["abiding", "by"], false), (["adhere", "to"], false), (["adhering", "to"], false),
        (["political", "foundation"], true), (["be", "observed"], true), (["be", "upheld"], true), (["be", "firmly", "upheld"], true),
        (["uphold"], false), (["upholds"], false), (["upheld"], false), (["upholding"], false), (["observe"], false),
        (["reaffirmed"], false), (["reaffirm"], false), (["reaffirms"], false), (["reiterated"], false), (["recalls"], false),
        (["recalled"], false), (["recalling"], false), (["cornerstone"], true), (["under"], false), (["honor"], false), (["honour"], false),
        (["in", "the", "spirit", "of"], false), (["building", "on"], false), (["build", "on"], false), (["builds", "on"], false), (["built", "on"], false), (["consistent", "with"], false),
        (["guided", "by"], false), (["pursuant", "to"], false), (["implement"], false), (["implementing"], false),
    ];

    /// <summary>The cues by their first word, in the order above: a token that starts none costs one lookup.</summary>
    private static readonly Dictionary<string, (string[] Words, bool Before)[]> CuesByFirstWord = WordSequences.ByFirstWord(Cues, cue => cue.Words);

    /// <summary>The cues of the sentence: first and last token, and whether it also looks back.</summary>
    public static List<(int First, int Last, bool Before)> Find(AnalyzedSentence s)
    {
        var found = new List<(int, int, bool)>();
        for (var i = 0; i < s.Tokens.Count; i++)
        {
            if (!CuesByFirstWord.TryGetValue(s.Word(i), out var cues))
            {
                continue;
            }

            foreach (var (words, before) in cues)
            {
                var w = 0;
                while (w < words.Length && s.Is(i + w, words[w]))
                {
                    w++;
                }

                if (w == words.Length)
                {
                    found.Add((i, i + w - 1, before));
                    i += w - 1;
                    break;
                }
            }
        }

        return found;
    }
}
