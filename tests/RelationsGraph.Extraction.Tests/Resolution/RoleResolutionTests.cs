using RelationsGraph.Extraction.Mentions;
using RelationsGraph.Extraction.Tests.Support;

namespace RelationsGraph.Extraction.Tests.Resolution;

/// <summary>Roles read as the office a leader held ("as Japan's foreign minister") or as the one serving leader of a title ("the premier").</summary>
public sealed class RoleResolutionTests
{
    [Fact]
    public void Resolve_RoleAfterAs_IsAnOfficeOfTheSubjectNotAnotherLeaders()
    {
        var result = Some.Extract("Nov 5, 2023 20:00", "PUTRAJAYA, Nov. 5 (Wire)",
            "Malaysian Prime Minister Anwar Ibrahim met Japanese Prime Minister Fumio Kishida on Sunday.",
            "The talks were joined by Foreign Minister Zambry Abd Kadir.",
            "Kishida visited Malaysia in 2015 as Japan's foreign minister.");

        GraphAssert.NoEdge(result.Graph, "LeaderOf", "leader:zambry-abd-kadir", "country:jp");
        Assert.DoesNotContain(result.Graph.NodesOf<Leader>(), l => l.Id == "leader:yoko-kamikawa");
    }

    [Theory]
    [InlineData("The premier was welcomed with a formal ceremony at Government House.", true)]
    [InlineData("The former premier was welcomed with a formal ceremony at Government House.", false)]
    public void Resolve_TitleOfOneServingLeaderAndOfOthersWhoLeftOffice_IsTheServingOneUnlessCalledFormer(string sentence, bool serving)
    {
        var result = Some.Extract("Jun 13, 2024 20:00", "WELLINGTON, June 13 (Wire)",
            "Prime Minister Christopher Luxon hosted Chinese Premier Li Qiang for talks in Wellington on Thursday.",
            "The last Chinese premier to visit was Li Keqiang, who travelled to New Zealand in 2017.",
            sentence);

        Assert.Equal(serving, Some.FirstMention(result, MentionKind.Role, sentence.Split(" was")[0]).NodeIds.SequenceEqual(["leader:li-qiang"]));
    }
}
