using System.Text;
using RelationsGraph.Extraction.Scoring;
using RelationsGraph.Extraction.Tests.Support;

namespace RelationsGraph.Extraction.Tests.Scoring;

public sealed class GoldFileTests
{
    private static GoldFile Parse(string json) => GoldFile.Parse(Encoding.UTF8.GetBytes(json), "t.gold.json");

    [Fact]
    public void Parse_ValidFile_ReadsEntitiesAttributesAndRelations()
    {
        var gold = Parse("""
            {"article": "a", "entities": [
              {"type": "Leader", "name": "Xi Jinping", "aliases": ["Xi"], "attributes": {"title": "President", "year": 2023}},
              {"type": "Country", "name": "China", "aliases": []}],
             "relations": [{"type": "LeaderOf", "from": "Xi Jinping", "to": "China", "evidence": "Chinese President Xi Jinping"}]}
            """);

        Assert.Equal("a", gold.Article);
        Assert.Equal(["Xi"], gold.Entities[0].Aliases);
        Assert.Equal("President", gold.Entities[0].Attributes["title"]);
        Assert.Equal("2023", gold.Entities[0].Attributes["year"]);
        Assert.Equal(new GoldRelation("LeaderOf", "Xi Jinping", "China", "Chinese President Xi Jinping"), Assert.Single(gold.Relations));
    }

    [Theory]
    [InlineData("""{"article": "a", "entities": [{"type": "Person", "name": "X"}], "relations": []}""", "$.entities[0].type")]
    [InlineData("""{"article": "a", "entities": [], "relations": [{"type": "Knows", "from": "X", "to": "Y"}]}""", "$.relations[0].type")]
    [InlineData("""{"article": "a", "entities": [{"type": "Country", "name": "X"}], "relations": [{"type": "MetWith", "from": "X", "to": "Y"}]}""", "$.relations[0].to")]
    [InlineData("""{"entities": [], "relations": []}""", "$.article")]
    public void Parse_BrokenFile_FailsNamingTheFileAndPath(string json, string path)
    {
        var error = Assert.Throws<InvalidDataException>(() => Parse(json));

        Assert.Contains("t.gold.json", error.Message, StringComparison.Ordinal);
        Assert.Contains(path, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_EveryFixtureGoldFile_Parses()
    {
        foreach (var name in Fixtures.Names)
        {
            Assert.Equal(name, GoldFile.Read(Path.Combine(Fixtures.Folder, name + ".gold.json")).Article);
        }
    }
}
