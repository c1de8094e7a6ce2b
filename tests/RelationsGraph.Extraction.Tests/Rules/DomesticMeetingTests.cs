using RelationsGraph.Extraction.Tests.Support;

namespace RelationsGraph.Extraction.Tests.Rules;

public sealed class DomesticMeetingTests
{
    [Fact]
    public void Materialize_TwoLeadersOfOneCountryMeeting_IsNoEvent()
    {
        var result = Some.Extract("Dec 16, 2023 20:00", "NEW DELHI, Dec 16 (Wire)",
            "Indian President Droupadi Murmu met Prime Minister Narendra Modi at Rashtrapati Bhavan on Saturday.");

        Assert.Empty(result.Graph.NodesOf<Event>());
    }

    [Fact]
    public void Materialize_LeadersOfTwoCountriesMeeting_IsAnEvent()
    {
        var result = Some.Extract("Dec 16, 2023 20:00", "NEW DELHI, Dec 16 (Wire)",
            "Indian President Droupadi Murmu met Omani Sultan Haitham bin Tarik at Rashtrapati Bhavan on Saturday.");

        GraphAssert.EventOf(result.Graph, "leader:droupadi-murmu", "leader:haitham-bin-tarik");
    }
}
