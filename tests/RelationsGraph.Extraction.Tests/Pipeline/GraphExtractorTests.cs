using System.Text;
using RelationsGraph.Extraction.Pipeline;
using RelationsGraph.Extraction.Reading;
using RelationsGraph.Extraction.Tests.Support;
using RelationsGraph.Serialization;

namespace RelationsGraph.Extraction.Tests.Pipeline;

public sealed class GraphExtractorTests
{
    private static string Json(KnowledgeGraph graph)
    {
        using var stream = new MemoryStream();
        GraphJsonWriter.Write(graph, stream);
        return Encoding.UTF8.GetString(stream.ToArray());
    }

    private static List<ArticleSource> FixtureSources() => [.. Fixtures.Names.Select(n => new ArticleSource(n, Fixtures.Text(n)))];

    [Fact]
    public void ExtractAll_AnyWorkerCountAndOrder_GivesByteIdenticalJson()
    {
        var sources = FixtureSources();
        var shuffled = sources.OrderBy(s => s.Id.GetHashCode(StringComparison.Ordinal) ^ s.Text.Length).ToList();
        shuffled.Reverse();

        var one = Json(Some.Extractor.ExtractAll(sources, 1));
        var two = Json(Some.Extractor.ExtractAll(shuffled, 2));
        var four = Json(new GraphExtractor().ExtractAll(Enumerable.Reverse(sources), 4));

        Assert.Equal(one, two);
        Assert.Equal(one, four);
    }

    [Fact]
    public void ExtractAll_EachFixtureAlone_GivesTheGraphOfExtract()
    {
        // A batch lets go of an article's sentences before building its graph: the graph must not miss them.
        foreach (var source in FixtureSources())
        {
            Assert.Equal(Json(Some.Extractor.Extract(source.Id, source.Text)), Json(Some.Extractor.ExtractAll([source], 1)));
        }
    }

    [Fact]
    public void ExtractAll_OneMeetingReportedByTwoArticles_IsOneNodeWithTheEvidenceOfBoth()
    {
        var graph = Some.Extractor.ExtractAll(FixtureSources(), 2);
        var meeting = graph.GetNode<Event>("event:2023-11-16-fumio-kishida-xi-jinping");

        Assert.NotNull(meeting);
        var articles = graph.InEdges<ParticipatedIn>(meeting!).SelectMany(e => e.Evidence).Select(e => e.Article).Distinct().ToList();
        Assert.Contains("xinhua-xi-kishida-2023-11-16", articles);
        Assert.Contains("kyodo-kishida-xi-2023-11-17", articles);
        Assert.Contains("mofa-japan-kishida-xi-2023-11-16", articles);
        Assert.Single(graph.NodesOf<Leader>(), l => l.Id == "leader:fumio-kishida");
    }

    [Fact]
    public void ExtractAll_MeetingDatedLessPreciselyByAnotherArticle_JoinsTheMorePreciseNode()
    {
        var precise = Some.Article("Nov 16, 2023 10:00", "WOODSIDE, Nov. 15 (Wire)", "Xi Jinping met Joe Biden in Woodside on Wednesday.");
        var vague = Some.Article("Apr 3, 2024 10:00", "BEIJING, April 2 (Wire)", "Xi and Biden last met in Woodside in November.");
        var undated = "Xi Jinping held talks with Joe Biden in Woodside, an aide recalled.";

        var graph = Some.Extractor.ExtractAll([new ArticleSource("a", precise), new ArticleSource("b", vague), new ArticleSource("c", undated)], 2);
        var meeting = Assert.Single(graph.NodesOf<Event>());

        Assert.Equal("event:2023-11-15-joe-biden-xi-jinping", meeting.Id);
        Assert.Equal(new PartialDate(2023, 11, 15), meeting.Date);
        Assert.Equal(["a", "b", "c"], graph.InEdges<ParticipatedIn>(meeting).SelectMany(e => e.Evidence).Select(e => e.Article).Distinct().Order(StringComparer.Ordinal));
    }

    [Fact]
    public void ExtractAll_SamePairMetInAnotherCity_StaysAnotherMeeting()
    {
        var first = Some.Article("Nov 16, 2023 10:00", "WOODSIDE, Nov. 15 (Wire)", "Xi Jinping met Joe Biden in Woodside on Wednesday.");
        var second = Some.Article("Apr 3, 2024 10:00", "BEIJING, April 2 (Wire)", "Xi and Biden met in Lima in November.");

        var graph = Some.Extractor.ExtractAll([new ArticleSource("a", first), new ArticleSource("b", second)], 1);

        Assert.Equal(2, graph.NodesOf<Event>().Count());
    }

    private const string TitleCaseDatelineStory =
        "Biden hosts Albanese\n\nWashington: US President Joe Biden held talks with Australian Prime Minister Anthony Albanese on Wednesday.\n";

    [Fact]
    public void Extract_TitleCaseColonDatelineOfAKnowledgeBaseCity_PlacesTheMeeting() =>
        Assert.Contains(Some.Extractor.Extract("t", TitleCaseDatelineStory).EdgesOf<HeldIn>(), e => e.Target.Id == "place:washington");

    [Fact]
    public void Extract_ReaderOptionsThatListTheirOwnPlaces_AreUsedAsGiven()
    {
        var extractor = new GraphExtractor(Some.KnowledgeBase, readerOptions: new ArticleReaderOptions { KnownPlaces = ["Springfield"] });

        Assert.DoesNotContain(extractor.Extract("t", TitleCaseDatelineStory).EdgesOf<HeldIn>(), e => e.Target.Id == "place:washington");
    }

    [Fact]
    public void ExtractAll_TwoArticlesWithOneId_Throws() =>
        Assert.Throws<ArgumentException>(() => Some.Extractor.ExtractAll([new ArticleSource("a", "One."), new ArticleSource("a", "Two.")], 1));

    [Fact]
    public void Extract_EmptyText_GivesOnlyTheArticleNode()
    {
        var graph = Some.Extractor.Extract("empty", "");

        Assert.Equal("article:empty", Assert.Single(graph.Nodes).Id);
        Assert.Equal(0, graph.EdgeCount);
    }

    [Fact]
    public void Extract_BinaryFile_IsRefusedWithTheArticleFormatError()
    {
        var binary = new string(Enumerable.Range(0, 4096).Select(i => (char)(i % 32)).ToArray());

        Assert.Throws<ArticleFormatException>(() => Some.Extractor.Extract("binary", binary));
    }

    [Fact]
    public void ExtractBatch_BinaryAmongGoodArticles_ReportsItAndKeepsTheOthers()
    {
        var binary = new string('\u0001', 2000);
        var batch = Some.Extractor.ExtractBatch([new ArticleSource("binary", binary), new ArticleSource("good", Some.Article("Nov 16, 2023 20:00", "TOKYO, Nov. 16 (Wire)", "Modi met Albanese on Thursday."))], 2);

        Assert.Contains(batch.Diagnostics, d => d.Article == "binary");
        Assert.NotNull(batch.Graph.GetNode<Article>("article:good"));
        Assert.Null(batch.Graph.GetNode<Article>("article:binary"));
    }

    [Fact]
    public void Extract_FiveMegabyteSingleLine_CompletesWithADiagnostic()
    {
        var line = new StringBuilder();
        while (line.Length < 5_000_000)
        {
            line.Append("Xi met Kishida and Biden and the two leaders said the Treaty of Peace and Friendship ");
        }

        var result = Some.Extractor.Extract(ArticleReader.Read("line", line.ToString()));

        Assert.Contains(result.Diagnostics, d => d.Message.Contains("not analysed", StringComparison.Ordinal));
    }

    [Fact]
    public void Extract_FiveMegabytesOfShortSentences_Completes()
    {
        var text = new StringBuilder("Updated: Nov 17, 2023 15:27 Wire\n\n");
        while (text.Length < 5_000_000)
        {
            text.Append("Chinese President Xi Jinping met Japanese Prime Minister Fumio Kishida in Tokyo on Monday and they discussed Taiwan. ");
        }

        var graph = Some.Extractor.Extract("many", text.ToString());

        Assert.Single(graph.NodesOf<Event>());
    }

    [Theory]
    [InlineData("Mr. ", 400)]
    [InlineData("the ", 450)]
    [InlineData("((((", 400)]
    [InlineData("A-B-C-D-", 200)]
    [InlineData("U.S.", 400)]
    [InlineData("\"", 1500)]
    [InlineData("Xi and ", 250)]
    [InlineData("on the sidelines of ", 90)]
    [InlineData("the 1st anniversary of ", 80)]
    public void Extract_TextBuiltToMakePatternsBacktrack_Completes(string unit, int repeat)
    {
        var sentence = string.Concat(Enumerable.Repeat(unit, repeat)) + "x.";
        var text = string.Join(' ', Enumerable.Repeat(sentence, 200));

        var graph = Some.Extractor.Extract("hostile", text);

        Assert.NotNull(graph.GetNode<Article>("article:hostile"));
    }
}
