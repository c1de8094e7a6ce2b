using RelationsGraph.Extraction.Tests.Support;

namespace RelationsGraph.Extraction.Tests.Rules;

/// <summary>Visits told by where a leader went or stays: "travelled to India in January 2017", "was in Pretoria on a working visit".</summary>
public sealed class VisitTravelTests
{
    [Theory]
    [InlineData("Rwandan President Paul Kagame travelled to India in January 2017, when he was a guest at a business summit.", 2017)]
    [InlineData("Rwandan President Paul Kagame, who travelled to India in 2017, praised the ties.", 2017)]
    [InlineData("Rwandan President Paul Kagame flew to India on Monday night.", 2018)]
    public void Apply_TravelledToACountry_IsAVisitThere(string sentence, int year)
    {
        var result = Some.Extract("Jul 24, 2018 09:00", "KIGALI, July 24 (Wire)", sentence);

        var visit = Assert.Single(result.Graph.NodesOf<Event>());
        Assert.Equal(EventKind.Visit, visit.EventKind);
        Assert.Equal(year, visit.Date?.Year);
        Assert.Equal("visit by Paul Kagame to India", visit.Name);
        GraphAssert.HasEdge(result.Graph, "ParticipatedIn", "leader:paul-kagame", visit.Id);
    }

    [Theory]
    [InlineData("Rwandan President Paul Kagame travelled to India to attend a business summit.")]
    [InlineData("Rwandan President Paul Kagame travelled to India for talks with Indian Prime Minister Narendra Modi.")]
    [InlineData("Rwandan President Paul Kagame has never travelled to India.")]
    [InlineData("Chinese President Xi Jinping traveled to San Francisco, where he is attending the 30th APEC Economic Leaders' Meeting.")]
    public void Apply_TripWithAnotherPurpose_IsNoVisit(string sentence)
    {
        var result = Some.Extract("Jul 24, 2018 09:00", "KIGALI, July 24 (Wire)", sentence);

        Assert.DoesNotContain(result.Graph.NodesOf<Event>(), e => e.EventKind == EventKind.Visit);
    }

    [Fact]
    public void Apply_InACapitalOnAVisitOfSomeHours_IsAVisitThere()
    {
        var result = Some.Extract("Mar 11, 2022 20:00", "PRETORIA, March 11 (Wire)",
            "Mozambican President Filipe Nyusi was in the South African capital on a 24-hour working visit, at the invitation of President Cyril Ramaphosa.");

        var visit = Assert.Single(result.Graph.NodesOf<Event>(), e => e.EventKind == EventKind.Visit);
        Assert.Contains("a 24-hour working visit", visit.Aliases.Items);
        GraphAssert.HasEdge(result.Graph, "ParticipatedIn", "leader:filipe-nyusi", visit.Id);
        GraphAssert.HasEdge(result.Graph, "HeldIn", visit.Id, "place:pretoria");
    }

    [Fact]
    public void Apply_ThatTripAfterASentenceTellingTwoVisits_IsTheOneItNamesLast()
    {
        var result = Some.Extract("Jun 17, 2024 20:00", "CANBERRA, June 17 (Wire)",
            "Chinese Premier Li Qiang met Australian Prime Minister Anthony Albanese in Canberra on Monday.",
            "The dialogue was revived last November, when Albanese travelled to Beijing.",
            "The visit was briefly overshadowed by a row over a journalist.",
            "His trip follows Albanese's own visit to China last November.",
            "That trip marked 50 years since Gough Whitlam first went to Beijing.");

        var albanese = Assert.Single(result.Graph.NodesOf<Event>(), e => e.EventKind == EventKind.Visit && e.Id.Contains("anthony-albanese", StringComparison.Ordinal));
        Assert.Contains("That trip", albanese.Aliases.Items);
    }

    [Fact]
    public void Apply_TheVisitSentencesAfterAnEarlierYearsTravel_IsNotThatVisit()
    {
        var result = Some.Extract("Jun 17, 2024 20:00", "CANBERRA, June 17 (Wire)",
            "Chinese Premier Li Qiang met Australian Prime Minister Anthony Albanese in Canberra on Monday.",
            "The dialogue was revived last November, when Albanese travelled to Beijing.",
            "Trade has recovered since then.",
            "The visit was briefly overshadowed by a row over a journalist.");

        var albanese = Assert.Single(result.Graph.NodesOf<Event>(), e => e.EventKind == EventKind.Visit && e.Id.Contains("anthony-albanese", StringComparison.Ordinal));
        Assert.DoesNotContain("The visit", albanese.Aliases.Items);
    }
}
