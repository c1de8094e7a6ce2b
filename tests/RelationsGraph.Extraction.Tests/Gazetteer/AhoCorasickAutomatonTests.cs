using RelationsGraph.Extraction.Gazetteer;
using RelationsGraph.Extraction.Text;

namespace RelationsGraph.Extraction.Tests.Gazetteer;

public sealed class AhoCorasickAutomatonTests
{
    /// <summary>Every (end, pattern) the automaton reports while stepping through <paramref name="text"/>.</summary>
    private static SortedSet<(int End, int Pattern)> Reported(AhoCorasickAutomaton automaton, string text)
    {
        var found = new SortedSet<(int, int)>();
        var state = 0;
        for (var i = 0; i < text.Length; i++)
        {
            state = automaton.Step(state, text[i]);
            for (var output = automaton.FirstOutput(state); output >= 0; output = automaton.NextOutput(output))
            {
                found.Add((i + 1, automaton.PatternAt(output)));
            }
        }

        return found;
    }

    /// <summary>Every (end, pattern) a naive search of the folded text finds.</summary>
    private static SortedSet<(int End, int Pattern)> Naive(List<string> patterns, string foldedText)
    {
        var found = new SortedSet<(int, int)>();
        for (var p = 0; p < patterns.Count; p++)
        {
            for (var at = foldedText.IndexOf(patterns[p], StringComparison.Ordinal); at >= 0; at = foldedText.IndexOf(patterns[p], at + 1, StringComparison.Ordinal))
            {
                found.Add((at + patterns[p].Length, p));
            }
        }

        return found;
    }

    [Theory]
    [InlineData(AhoCorasickBuilder.DefaultMaxDenseCells)]
    [InlineData(20)]
    [InlineData(0)]
    public void Step_RandomPatternsAndTexts_ReportsExactlyTheOccurrencesANaiveSearchFinds(int maxDenseCells)
    {
        // A small alphabet makes patterns share prefixes and suffixes, so failure and dictionary-suffix links are
        // exercised on every text; the seed keeps the cases the same on every run.
        var random = new Random(20261129);
        for (var round = 0; round < 200; round++)
        {
            var builder = new AhoCorasickBuilder();
            var patterns = new List<string>();
            for (var p = random.Next(1, 12); p > 0; p--)
            {
                var pattern = new string([.. Enumerable.Range(0, random.Next(1, 6)).Select(_ => "abc"[random.Next(3)])]);
                if (builder.Add(pattern) == patterns.Count)
                {
                    patterns.Add(pattern);
                }
            }

            var automaton = builder.Build(CharFolding.Fold, maxDenseCells);
            var text = new string([.. Enumerable.Range(0, random.Next(0, 60)).Select(_ => "abcABxy "[random.Next(8)])]);

            Assert.Equal(Naive(patterns, CharFolding.Fold(text)), Reported(automaton, text));
        }
    }

    [Fact]
    public void Step_CharactersTheFoldMapsOntoAPattern_Match()
    {
        var builder = new AhoCorasickBuilder();
        var pattern = builder.Add(CharFolding.Fold("xi's u.s.-japan"));
        var automaton = builder.Build(CharFolding.Fold);

        // Upper case, a curly apostrophe, full-width letters and an en dash all fold onto the pattern's characters.
        Assert.Equal([(15, pattern)], Reported(automaton, "XI\u2019S \uFF35.S.\u2013Japan"));
    }

    [Fact]
    public void Step_CaseSensitiveFold_DoesNotMatchOtherCase()
    {
        var builder = new AhoCorasickBuilder();
        var pattern = builder.Add("US");
        var automaton = builder.Build(CharFolding.NormalizePunctuation);

        Assert.Empty(Reported(automaton, "us"));
        Assert.Equal([(6, pattern)], Reported(automaton, "the US"));
    }

    [Fact]
    public void Step_CharacterInNoPattern_ReturnsToTheRoot()
    {
        var builder = new AhoCorasickBuilder();
        builder.Add("ab");
        var automaton = builder.Build(CharFolding.Fold);

        Assert.Equal(0, automaton.Step(automaton.Step(0, 'a'), '\u4E2D'));
        Assert.Equal(3, automaton.StateCount);
    }

    [Fact]
    public void Build_DenseTableLimit_KeepsOnlyTheShallowStatesDense()
    {
        var builder = new AhoCorasickBuilder();
        builder.Add("abc");
        builder.Add("bcd");

        // Five classes (other, a, b, c, d): ten cells hold two rows, the root and one state of depth 1.
        Assert.Equal(2, builder.Build(CharFolding.Fold, 10).DenseStateCount);
        Assert.Equal(1, builder.Build(CharFolding.Fold, 0).DenseStateCount);
        Assert.Equal(7, builder.Build(CharFolding.Fold).DenseStateCount);
    }
}
