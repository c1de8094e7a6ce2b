using RelationsGraph.Extraction.Tests.Support;

namespace RelationsGraph.Extraction.Tests.Pipeline;

/// <summary>
/// The fixtures' sentences recombined (shuffled, cut short, glued to other articles' headers): whatever comes of
/// it, no rule may fail, and every evidence span must quote the article.
/// </summary>
public sealed class RobustnessTests
{
    public static TheoryData<int> Seeds()
    {
        var data = new TheoryData<int>();
        for (var seed = 1; seed <= 12; seed++)
        {
            data.Add(seed);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Extract_RecombinedFixtureSentences_NoRuleFailsAndEvidenceQuotesTheText(int seed)
    {
        var random = new Random(seed);
        var sentences = Fixtures.Names.SelectMany(n => Some.Extractor.Extract(Extraction.Reading.ArticleReader.Read(n, Fixtures.Text(n))).Article.Sentences.Select(s => s.Text)).ToList();
        var picked = Enumerable.Range(0, 14).Select(_ =>
        {
            var sentence = sentences[random.Next(sentences.Count)];
            return random.Next(4) == 0 ? sentence[..random.Next(1, sentence.Length)] : sentence;
        });
        var text = Some.Article("Mar 4, 2024 10:00", "SEOUL, March 3 (Wire)", string.Join(random.Next(2) == 0 ? " " : "\n\n", picked));

        var result = Some.Extractor.Extract(Extraction.Reading.ArticleReader.Read("mix", text));

        Assert.DoesNotContain(result.Diagnostics, d => d.Message.Contains("failed", StringComparison.Ordinal));
        foreach (var evidence in result.Graph.Edges.SelectMany(e => e.Evidence).Where(e => !e.IsReference))
        {
            Assert.Equal(text[evidence.Start..evidence.End], evidence.Text);
        }
    }

    [Fact]
    public void Extract_EveryFixture_NoRuleFails()
    {
        foreach (var name in Fixtures.Names)
        {
            var result = Some.Extractor.Extract(Extraction.Reading.ArticleReader.Read(name, Fixtures.Text(name)));

            Assert.DoesNotContain(result.Diagnostics, d => d.Message.Contains("failed", StringComparison.Ordinal));
        }
    }

    /// <summary>
    /// Every line of every fixture cut at each word, keeping the words before the cut and, apart, the words after it:
    /// sentences that end or start at any token ("Related Topics: ... | China | Focac" ended in an organization and
    /// made a mention pattern read past the sentence). The cuts of one line are one article's paragraphs.
    /// </summary>
    [Theory]
    [MemberData(nameof(Fixtures.All), MemberType = typeof(Fixtures))]
    public void Extract_EveryLineCutAtEachWord_NoExceptionAndNoRuleFails(string name)
    {
        foreach (var line in Fixtures.Text(name).Split('\n'))
        {
            var words = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            var cuts = Enumerable.Range(1, words.Length).Select(n => string.Join(' ', words[..n]))
                .Concat(Enumerable.Range(1, Math.Max(0, words.Length - 1)).Select(n => string.Join(' ', words[n..])));
            var text = "Headline\n\n" + string.Join("\n\n", cuts) + "\n";

            var result = Some.Extractor.Extract(Extraction.Reading.ArticleReader.Read(name, text));

            Assert.DoesNotContain(result.Diagnostics, d => d.Message.Contains("failed", StringComparison.Ordinal));
        }
    }
}
