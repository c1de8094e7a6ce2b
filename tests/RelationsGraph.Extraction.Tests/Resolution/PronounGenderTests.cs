using RelationsGraph.Extraction.Mentions;
using RelationsGraph.Extraction.Tests.Support;

namespace RelationsGraph.Extraction.Tests.Resolution;

/// <summary>"She" means a woman and "he" does not: the lexicon's women, and what the article itself says ("Ms", "Mr").</summary>
public sealed class PronounGenderTests
{
    [Fact]
    public void Resolve_SheAfterASentenceAboutAMan_IsTheWomanNamedBefore()
    {
        var result = Some.Extract("Jun 22, 2024 20:00", "NEW DELHI, June 22 (Wire)",
            "Bangladesh Prime Minister Sheikh Hasina held talks with Indian Prime Minister Narendra Modi on Saturday.",
            "Before the talks, the Bangladesh prime minister was accorded a ceremonial welcome, where she was received by Modi.",
            "She later paid tribute to Mahatma Gandhi at Rajghat.");

        Assert.Equal(["leader:sheikh-hasina"], Some.FirstMention(result, MentionKind.Pronoun, "She").NodeIds);
    }

    [Fact]
    public void Resolve_HeWhoseSubjectWouldBeAWoman_IsTheManNamedBefore()
    {
        var result = Some.Extract("Oct 31, 2025 20:00", "GYEONGJU, South Korea, Oct. 31 (Wire)",
            "Chinese President Xi Jinping met Japanese Prime Minister Sanae Takaichi on Friday.",
            "Takaichi raised the detention of Japanese nationals.",
            "He called for a stable relationship.");

        Assert.Equal(["leader:xi-jinping"], Some.FirstMention(result, MentionKind.Pronoun, "He").NodeIds);
    }

    [Fact]
    public void Resolve_SheWhenTheStorySaysMs_IsThatLeaderThoughTheLexiconDoesNotListHer()
    {
        var result = Some.Extract("May 3, 2024 20:00", "LONDON, May 3 (Wire)",
            "Prime Minister Rishi Sunak hosted the visiting Foreign Minister Amara Kollie on Friday.",
            "Ms Kollie thanked Sunak for his welcome.",
            "Sunak praised the partnership.",
            "She said trade would double.");

        Assert.Equal(["leader:amara-kollie"], Some.FirstMention(result, MentionKind.Pronoun, "She").NodeIds);
    }

    [Fact]
    public void Resolve_HeWhenTheStorySaysMrOfALeaderTheLexiconListsAsAWoman_IsThatLeader()
    {
        // The lexicon's word yields to the article's: a user's lexicon may be wrong about someone, the story is not.
        var lexicon = """{"format":"relationsgraph-lexicon","version":1,"women":["leader:narendra-modi"]}""";
        var path = Path.Combine(Path.GetTempPath(), $"lexicon-{Guid.NewGuid():N}.json");
        File.WriteAllText(path, lexicon);
        try
        {
            var kb = new RelationsGraph.Extraction.Knowledge.KnowledgeBaseBuilder().AddBundled().AddLexiconFile(path).Build();
            var extractor = new RelationsGraph.Extraction.Pipeline.GraphExtractor(kb);
            var result = extractor.Extract(RelationsGraph.Extraction.Reading.ArticleReader.Read("a", Some.Article("Jun 22, 2024 20:00", "NEW DELHI, June 22 (Wire)",
                "Mr Modi received Bangladesh Prime Minister Sheikh Hasina on Saturday.",
                "He said the two countries were close partners.")));

            Assert.Equal(["leader:narendra-modi"], Some.FirstMention(result, MentionKind.Pronoun, "He").NodeIds);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void Resolve_HeWithOnlyWomenToMean_IsNoOne()
    {
        var result = Some.Extract("Oct 31, 2025 20:00", "ROME, Oct. 31 (Wire)",
            "Italian Prime Minister Giorgia Meloni met Japanese Prime Minister Sanae Takaichi on Friday.",
            "He said the talks were useful.");

        Assert.Empty(Some.FirstMention(result, MentionKind.Pronoun, "He").NodeIds);
    }
}
