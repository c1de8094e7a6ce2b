using RelationsGraph.Extraction.Tests.Support;

namespace RelationsGraph.Extraction.Tests.Rules;

/// <summary>Visits whose destination goes without saying: the country of the story's main meeting (<c>ImpliedVisit</c>).</summary>
public sealed class ImpliedVisitTests
{
    [Fact]
    public void Apply_HisVisitInASentenceAboutTheHost_IsTheGuestsVisit()
    {
        var result = Some.Extract("Apr 7, 2023 19:00", "GUANGZHOU, April 7 (Wire)",
            "Chinese President Xi Jinping hosted French President Emmanuel Macron in Guangzhou on Friday, treating the French president to a stroll on the last day of his three-day state visit.");
        var visit = Assert.Single(result.Graph.NodesOf<Event>(), e => e.EventKind == EventKind.Visit);

        Assert.Equal("visit by Emmanuel Macron to China", visit.Name);
        Assert.Contains("his three-day state visit", visit.Aliases.Items);
    }

    [Fact]
    public void Apply_OwnedVisitWithNoDestinationWhenTheMeetingsVenueHasNoCountry_IsAVisitToTheDatelinesCountry()
    {
        var result = Some.Extract("Jan 18, 2020 19:00", "NAYPYITAW, Jan. 18 (Wire)",
            "Myanmar and China signed 33 agreements on Saturday, the second day of Chinese President Xi Jinping's state visit.",
            "Xi was received by Myanmar President Win Myint at the Presidential Palace on Friday.");
        var visit = Assert.Single(result.Graph.NodesOf<Event>(), e => e.EventKind == EventKind.Visit);

        Assert.Equal("visit by Xi Jinping to Myanmar", visit.Name);
        Assert.Contains("Xi Jinping's state visit", visit.Aliases.Items);
    }

    [Fact]
    public void Apply_TheVisitWithNoOneNamed_IsTheVisitOfTheMeetingsOneGuest()
    {
        var result = Some.Extract("Sep 4, 2023 19:00", "SOCHI, Russia (Wire)",
            "Turkish President Recep Tayyip Erdogan and his Russian counterpart Vladimir Putin held talks on Monday in the Black Sea resort city of Sochi.",
            "The visit came days after Turkey's foreign minister traveled to Moscow.");
        var visit = Assert.Single(result.Graph.NodesOf<Event>(), e => e.EventKind == EventKind.Visit);

        Assert.Equal("visit by Recep Tayyip Erdoğan to Russia", visit.Name);
        Assert.Contains("The visit", visit.Aliases.Items);
    }
}
