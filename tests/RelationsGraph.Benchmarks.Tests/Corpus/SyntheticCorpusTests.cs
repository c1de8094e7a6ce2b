using System.Text.RegularExpressions;
using RelationsGraph.Benchmarks.Corpus;
using RelationsGraph.Benchmarks.Tests.Support;

namespace RelationsGraph.Benchmarks.Tests.Corpus;

public class SyntheticCorpusTests
{
    private static readonly IReadOnlyList<SyntheticArticle> Sample = [.. SyntheticCorpus.Articles(300)];

    [Fact]
    public void Article_SameSeedAndIndex_IsIdentical()
    {
        Assert.Equal(SyntheticCorpus.Article(17), SyntheticCorpus.Article(17));
        Assert.NotEqual(SyntheticCorpus.Article(17).Text, SyntheticCorpus.Article(17, seed: 1).Text);
    }

    [Fact]
    public void Articles_FirstHundred_MatchPinnedDigest()
    {
        // Update deliberately when the generator changes: every corpus benchmark's input changes with it.
        Assert.Equal(PinnedDigests.Corpus, Digest.Of(Sample.Take(100).Select(a => a.Text)));
    }

    [Fact]
    public void Articles_EveryStory_Has400To1200Words()
    {
        Assert.All(Sample, a => Assert.InRange(a.StoryWords, 400, 1200));
        Assert.All(Sample, a => Assert.InRange(a.StoryWords, 400, English.CountWords(a.Text)));
    }

    [Fact]
    public void Articles_AreStreamed_NotMaterialized()
    {
        var endless = SyntheticCorpus.Articles(int.MaxValue);

        Assert.Equal(SyntheticCorpus.Article(2), endless.ElementAt(2));
    }

    [Fact]
    public void Articles_AboutThirtyPercent_CarryScrapedNoise()
    {
        var noisy = Sample.Where(a => a.HasNoise).ToList();

        Assert.InRange(noisy.Count, 60, 120);
        Assert.All(noisy, a =>
        {
            var lines = a.Text.Split('\n');
            Assert.Equal("App", lines[0]);
            Assert.StartsWith("Updated: ", lines[1], StringComparison.Ordinal);
            Assert.Equal(2, lines.Count(l => l.EndsWith(']') && l.Contains("[Photo/", StringComparison.Ordinal)));
            Assert.Contains(lines, l => l.StartsWith("Copyright\u00A9", StringComparison.Ordinal));
            Assert.Equal(["Mobile", "Desktop", ""], lines[^3..]);
        });
        Assert.All(Sample.Where(a => !a.HasNoise), a => Assert.DoesNotContain("[Photo/", a.Text, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData(@"^[A-Z][A-Z .]+, (Jan\.|Feb\.|March|April|May|June|July|Aug\.|Sept\.|Oct\.|Nov\.|Dec\.) \d{1,2} \(Xinhua\) -- ")]
    [InlineData(@"[A-Z][a-z]+ (President|Prime Minister|Chancellor|Crown Prince) [A-Z][\w.\- ]+ (met|held talks with|spoke by phone with) ")]
    [InlineData(@"on the sidelines of the \d+(st|nd|rd|th) [A-Z]")]
    [InlineData(@"reaffirmed the principles established in the four political documents")]
    [InlineData(@"as stated in the [A-Z]")]
    [InlineData(@"the \d+(st|nd|rd|th) anniversary of the signing of the [\w\- ]*Treaty")]
    public void Articles_UseTheGenresPatterns(string pattern)
    {
        var regex = new Regex(pattern, RegexOptions.Multiline | RegexOptions.CultureInvariant, TimeSpan.FromSeconds(5));

        Assert.Contains(Sample, a => regex.IsMatch(a.Text));
    }

    [Fact]
    public void Articles_NameEveryLeaderWithTheirOwnCountrysTitle()
    {
        var wrong = from article in Sample.Take(60)
                    from country in Countries.All
                    from other in Countries.All
                    where other != country && article.Text.Contains($"{country.Demonym} {country.LeaderTitle} {other.Leader}", StringComparison.Ordinal)
                    select $"{article.Id}: {country.Demonym} {country.LeaderTitle} {other.Leader}";

        Assert.Empty(wrong);
        Assert.Contains(Sample, a => a.Text.Contains("Chinese President Xi Jinping", StringComparison.Ordinal));
    }
}
