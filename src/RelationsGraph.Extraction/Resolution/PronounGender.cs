using RelationsGraph.Extraction.Knowledge;
using RelationsGraph.Extraction.Mentions;

namespace RelationsGraph.Extraction.Resolution;

/// <summary>
/// Whom a "she" or a "he" can mean. A leader is a woman when the article says so ("Ms Hasina", "Queen Margrethe") or
/// the lexicon lists her and the article does not say otherwise ("Mr", "King"); anyone else may be either. A "she"
/// whose referent is not known to be a woman means the nearest leader who is, when there is one; a "he" never means a
/// woman: "Before the talks, the Bangladesh prime minister was accorded a ceremonial welcome ..., where she was
/// received by Modi. She later paid tribute to Mahatma Gandhi" is Sheikh Hasina, not Modi.
/// </summary>
/// <param name="lexicon">The lexicon, for the leaders known to be women.</param>
/// <param name="discourse">The discourse of the article being read, for the leaders a pronoun may mean.</param>
internal sealed class PronounGender(Lexicon lexicon, Discourse discourse)
{
    private static readonly HashSet<string> FeminineWords = new(StringComparer.Ordinal)
    {
        "Ms", "Ms.", "Mrs", "Mrs.", "Madam", "Madame", "Mme", "Mme.", "Dame", "Lady", "Queen", "Princess", "Empress",
        "Sheikha", "Shaikha", "Begum", "Datin", "Puan", "Hajah",
    };

    private static readonly HashSet<string> MasculineWords = new(StringComparer.Ordinal)
    {
        "Mr", "Mr.", "Sir", "King", "Prince", "Emperor", "Sheikh", "Shaikh", "Emir", "Amir", "Sultan", "Haji",
    };

    private readonly HashSet<string> women = new(StringComparer.Ordinal);
    private readonly HashSet<string> men = new(StringComparer.Ordinal);

    /// <summary>Notes the leaders <paramref name="s"/> names after a word that tells a man from a woman ("Ms Meloni", "King Abdullah").</summary>
    public void Learn(AnalyzedSentence s)
    {
        foreach (var m in s.MentionSpanOf(MentionKind.Leader))
        {
            if (m.NodeId is not { } id)
            {
                continue;
            }

            var before = s.Word(s.TokenAt(m.Start) - 1);
            if (FeminineWords.Contains(before))
            {
                women.Add(id);
                men.Remove(id);
            }
            else if (MasculineWords.Contains(before))
            {
                men.Add(id);
                women.Remove(id);
            }
        }
    }

    /// <summary>Whether the leader is known to be a woman.</summary>
    public bool IsWoman(string id) => women.Contains(id) || (lexicon.Women.Contains(id) && !men.Contains(id));

    /// <summary>
    /// The leaders <paramref name="pronoun"/> refers to: <paramref name="referent"/> when it fits the pronoun, else the
    /// nearest leader who does (named earlier in the sentence, then the last leader spoken of, the last subject, the
    /// leaders in focus and those named before); none when no one does.
    /// </summary>
    public IReadOnlyList<string> Agreeing(AnalyzedSentence s, Mention pronoun, IReadOnlyList<string> referent)
    {
        var word = pronoun.Text.ToLowerInvariant();
        var feminine = word is "she" or "her" or "hers" or "herself";
        if ((!feminine && word is not ("he" or "him" or "his" or "himself")) || referent.Count != 1)
        {
            return referent;
        }

        var id = referent[0];
        if (feminine ? IsWoman(id) : !IsWoman(id))
        {
            return referent;
        }

        if (Nearest(s, pronoun, feminine) is { } fits)
        {
            return [fits];
        }

        // A "she" that may still mean a leader nobody says is a man stays; a "he" that would mean a woman goes.
        return feminine && !men.Contains(id) ? referent : [];
    }

    private string? Nearest(AnalyzedSentence s, Mention pronoun, bool feminine)
    {
        bool Fits(string? id) => id is not null && IsWoman(id) == feminine;

        var mentions = s.MentionSpan;
        for (var k = mentions.Length - 1; k >= 0; k--)
        {
            var m = mentions[k];
            if (m.End <= pronoun.Start && m.Kind is MentionKind.Leader or MentionKind.Role && Fits(m.NodeId))
            {
                return m.NodeId;
            }
        }

        if (Fits(discourse.LastObjectOnly))
        {
            return discourse.LastObjectOnly;
        }

        if (Fits(discourse.LastSubject))
        {
            return discourse.LastSubject;
        }

        return discourse.Focus.FindLast(Fits) ?? discourse.Leaders.FindLast(id => Fits(id) && !discourse.Former.Contains(id));
    }
}
