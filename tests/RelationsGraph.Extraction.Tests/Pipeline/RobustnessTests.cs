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
}
