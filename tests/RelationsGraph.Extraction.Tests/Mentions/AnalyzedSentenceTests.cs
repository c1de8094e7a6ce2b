using RelationsGraph.Extraction.Mentions;
using RelationsGraph.Extraction.Reading;

namespace RelationsGraph.Extraction.Tests.Mentions;

public sealed class AnalyzedSentenceTests
{
    private const string Text = "Leaders reaffirmed the Treaty of Peace and Friendship between Japan and China in Tokyo.";

    [Fact]
    public void MentionCovering_TokenAtTheEndOfALongMentionAfterShortOnes_IsTheLongMention()
    {
        var s = Analyze(out var treaty, out _);

        // "Japan" starts long after the treaty's first word; the treaty still covers it, and is the longest that does.
        var covering = s.MentionCovering(Token(s, "Japan"), MentionKind.Document, MentionKind.Country);

        Assert.Same(treaty, covering);
        Assert.Same(treaty, s.MentionCovering(Token(s, "China"), MentionKind.Document)); // the treaty's last token: the edge of the bound
    }

    [Fact]
    public void MentionCovering_TokenPastEveryMention_IsNull()
    {
        var s = Analyze(out _, out _);

        Assert.Null(s.MentionCovering(Token(s, "Tokyo"), MentionKind.Document, MentionKind.Country));
    }

    [Fact]
    public void Overlaps_SpanInsideALongMentionThatStartedFarBefore_IsTrue()
    {
        var s = Analyze(out var treaty, out _);
        var china = Text.IndexOf("China", StringComparison.Ordinal);

        Assert.True(s.Overlaps(china, china + 5, MentionKind.Document));
        Assert.True(s.Overlaps(treaty.End - 1, treaty.End, MentionKind.Document)); // the treaty's last character: the edge of the bound
        Assert.False(s.Overlaps(china + 6, Text.Length, MentionKind.Document));
    }

    [Fact]
    public void OverlapsAny_SpanInsideAMentionOfAnyKind_IsTrueAndPastThemAllFalse()
    {
        var s = Analyze(out var treaty, out var japan);
        var tokyo = Text.IndexOf("Tokyo", StringComparison.Ordinal);

        Assert.True(s.OverlapsAny(japan.Start + 1, japan.Start + 2));
        Assert.True(s.OverlapsAny(treaty.End - 1, treaty.End)); // the treaty's last character: the edge of the bound
        Assert.False(s.OverlapsAny(tokyo, Text.Length));
    }

    [Fact]
    public void Overlaps_AfterTheLongMentionIsRemoved_OnlyTheShortOnesCount()
    {
        var s = Analyze(out _, out var japan);
        s.RemoveAll(m => m.Kind == MentionKind.Document);

        Assert.True(s.Overlaps(japan.Start, japan.End, MentionKind.Country));
        Assert.False(s.Overlaps(japan.End + 1, japan.End + 4, MentionKind.Country, MentionKind.Document));
        Assert.Null(s.MentionCovering(Token(s, "between"), MentionKind.Document));
    }

    [Fact]
    public void Remove_AMentionWhoseKindWasAskedFor_IsGoneFromThatKindAndTheOthersStay()
    {
        var s = Analyze(out var treaty, out var japan);
        Assert.Equal(2, s.MentionsOf(MentionKind.Country).Count()); // asked once: the per-kind answer is kept until a change

        s.Remove(japan);
        s.Remove(japan); // a second time: nothing left to remove, and no error

        Assert.Equal(["China"], s.MentionsOf(MentionKind.Country).Select(m => m.Text));
        Assert.Same(treaty, Assert.Single(s.MentionsOf(MentionKind.Document)));
        Assert.False(s.Overlaps(japan.Start, japan.End, MentionKind.Country));
    }

    /// <summary>The sentence with a document mention over "Treaty ... China" and country mentions inside it, added short ones first.</summary>
    private static AnalyzedSentence Analyze(out Mention treaty, out Mention japan)
    {
        var sentence = new Sentence(0, 0, 0, Text.Length, Text);
        var s = new AnalyzedSentence(Text, sentence, Tokenizer.Tokenize(Text, 0, Text.Length));
        japan = Mention(MentionKind.Country, "Japan");
        s.Add(japan);
        s.Add(Mention(MentionKind.Country, "China"));
        var start = Text.IndexOf("Treaty", StringComparison.Ordinal);
        var end = Text.IndexOf(" in Tokyo", StringComparison.Ordinal);
        treaty = new Mention(MentionKind.Document, 0, start, end, Text[start..end]);
        s.Add(treaty);
        return s;
    }

    private static Mention Mention(MentionKind kind, string word)
    {
        var start = Text.IndexOf(word, StringComparison.Ordinal);
        return new Mention(kind, 0, start, start + word.Length, word);
    }

    private static int Token(AnalyzedSentence s, string word)
    {
        for (var i = 0; i < s.Tokens.Count; i++)
        {
            if (s.Word(i) == word)
            {
                return i;
            }
        }

        throw new InvalidOperationException($"No token '{word}'.");
    }
}
