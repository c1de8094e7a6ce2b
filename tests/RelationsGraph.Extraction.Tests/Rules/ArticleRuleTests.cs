using RelationsGraph.Extraction.Tests.Support;

namespace RelationsGraph.Extraction.Tests.Rules;

public sealed class ArticleRuleTests
{
    [Fact]
    public void Apply_Article_NodeCarriesOutletPublicationAndDateline()
    {
        var result = Some.Extractor.Extract(Extraction.Reading.ArticleReader.Read("x-1",
            "Leaders talk\nUpdated: Nov 17, 2023 15:27 Xinhua\n\nSAN FRANCISCO, Nov. 16 (Xinhua) -- The talks opened.\n"));
        var article = Assert.Single(result.Graph.NodesOf<Article>());

        Assert.Equal("article:x-1", article.Id);
        Assert.Equal("Leaders talk", article.Name);
        Assert.Equal("Xinhua", article.Outlet);
        Assert.Equal("SAN FRANCISCO", article.Dateline);
        Assert.Equal(new PartialDate(2023, 11, 16), article.DatelineDate);
        Assert.Equal(new DateTimeOffset(2023, 11, 17, 15, 27, 0, TimeSpan.Zero), article.PublishedAt);
    }
}
