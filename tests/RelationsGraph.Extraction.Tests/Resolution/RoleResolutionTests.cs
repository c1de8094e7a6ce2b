using RelationsGraph.Extraction.Tests.Support;

namespace RelationsGraph.Extraction.Tests.Resolution;

/// <summary>Roles read as the office a leader held: "as Japan's foreign minister".</summary>
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
}
