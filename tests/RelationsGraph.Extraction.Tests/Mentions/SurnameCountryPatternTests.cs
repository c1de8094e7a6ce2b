using RelationsGraph.Extraction.Mentions;
using RelationsGraph.Extraction.Tests.Support;

namespace RelationsGraph.Extraction.Tests.Mentions;

public sealed class SurnameCountryPatternTests
{
    private const string Lead = "Prime Minister Luís Montenegro met Ukrainian President Volodymyr Zelensky in Brussels on Tuesday.";

    [Theory]
    [InlineData("Montenegro also reiterated Portugal's support for Ukraine.")]
    [InlineData("Speaking afterwards, Montenegro said the talks had gone well.")]
    public void Find_SurnameOfALeaderNamedBefore_IsThatLeaderNotTheCountry(string sentence)
    {
        var result = Some.Extract("28 May 2024, 15:46", "Brussels, 28 May 2024 (Lusa) -", Lead, sentence);

        var surname = Some.FirstMention(result, MentionKind.Leader, "Montenegro");
        Assert.Equal(["leader:luis-montenegro"], surname.NodeIds);
        Assert.DoesNotContain(result.Graph.NodesOf<Country>(), c => c.Id == "country:me");
    }

    [Theory]
    [InlineData("He will travel to Montenegro next month.")]
    [InlineData("Serbia and Montenegro split in 2006.")]
    [InlineData("Leaders of Serbia, Montenegro and Albania met in Tirana.")]
    public void Find_CountryAfterAWordOfPlaceOrInAList_StaysTheCountry(string sentence)
    {
        var result = Some.Extract("28 May 2024, 15:46", "Brussels, 28 May 2024 (Lusa) -", Lead, sentence);

        Assert.Contains(result.Graph.NodesOf<Country>(), c => c.Id == "country:me");
    }

    [Fact]
    public void Find_CountryNamedBeforeTheLeader_StaysTheCountry()
    {
        var result = Some.Extract("28 May 2024, 15:46", "Brussels, 28 May 2024 (Lusa) -", "Montenegro applied to join the European Union in 2008.", Lead);

        Assert.Contains(result.Graph.NodesOf<Country>(), c => c.Id == "country:me");
    }
}
