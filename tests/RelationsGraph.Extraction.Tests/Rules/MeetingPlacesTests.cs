using RelationsGraph.Extraction.Tests.Support;

namespace RelationsGraph.Extraction.Tests.Rules;

public sealed class MeetingPlacesTests
{
    [Theory]
    [InlineData(", meeting in the Russian city of Kazan on the margins of the summit.", true)]
    [InlineData(", meeting at Kazan on the margins of the summit.", true)]
    [InlineData(", before a meeting in Kazan with Russian President Vladimir Putin.", false)]
    public void Apply_TalksThenAParticipleOfMeetingBeforeAPlace_AreHeldThere(string rest, bool heldThere)
    {
        var result = Some.Extract("Oct 23, 2024 20:00", "NEW DELHI, Oct 23 (Wire)",
            "Prime Minister Narendra Modi and Chinese President Xi Jinping on Wednesday held their first bilateral talks in five years" + rest);
        var talks = GraphAssert.EventOf(result.Graph, "leader:narendra-modi", "leader:xi-jinping");

        Assert.Equal(heldThere, result.Graph.EdgesOf<HeldIn>().Any(e => e.Source.Id == talks.Id && e.Target.Id == "place:kazan"));
    }

    [Theory]
    [InlineData("Biden hosted Modi at his family home rather than at the White House, a gesture widely read in New Delhi as warmth.")]
    [InlineData("Biden hosted Modi at his family home instead of at the White House, a gesture widely read in New Delhi as warmth.")]
    [InlineData("Biden hosted Modi at his family home and not at the White House, a gesture widely read in New Delhi as warmth.")]
    public void Apply_PlaceSaidToBeNotWhereTheyMet_NeitherItNorAPlaceAfterItHoldsTheMeeting(string sentence)
    {
        var result = Some.Extract("Sep 21, 2024 20:00", "WILMINGTON, Sept 21 (Wire)", sentence);
        var talks = GraphAssert.EventOf(result.Graph, "leader:joe-biden", "leader:narendra-modi");

        Assert.DoesNotContain(result.Graph.EdgesOf<HeldIn>(), e => e.Source.Id == talks.Id && e.Target.Id is "place:white-house" or "place:new-delhi");
    }

    [Fact]
    public void Apply_SecondVerbOfTheSubjectAfterTheMeeting_GivesTheMeetingNeitherItsPlaceNorItsDate()
    {
        var result = Some.Extract("Jan 10, 2024 20:00", "VILNIUS, Jan. 10 (Wire)",
            "Ukrainian President Volodymyr Zelensky held talks with Lithuanian President Gitanas Nauseda in Vilnius on Wednesday.",
            "Zelensky also met with Prime Minister Ingrida Simonyte, and laid flowers at the Antakalnis Cemetery in memory of the victims of January 13, 1991.");
        var meeting = GraphAssert.EventOf(result.Graph, "leader:volodymyr-zelensky", "leader:ingrida-simonyte");

        Assert.DoesNotContain(result.Graph.EdgesOf<HeldIn>(), e => e.Source.Id == meeting.Id && e.Target.Name.Contains("Antakalnis", StringComparison.Ordinal));
        Assert.DoesNotContain("1991", meeting.Id, StringComparison.Ordinal);
    }

    [Fact]
    public void Apply_CleftSentenceThatPutsThePlaceFirst_IsAnotherMeetingThere()
    {
        var result = Some.Extract("Aug 21, 2024 20:00", "BEIJING, Aug. 21 (Wire)",
            "Fijian Prime Minister Sitiveni Rabuka held talks with Chinese President Xi Jinping in Beijing on Tuesday.",
            "It was in San Francisco, on the margins of an Asia-Pacific summit, that Rabuka and Xi held their first face-to-face talks.");
        var held = result.Graph.EdgesOf<HeldIn>().Where(e => e.Source.Name.Contains("Rabuka", StringComparison.Ordinal)).Select(e => e.Target.Id).Order(StringComparer.Ordinal);

        Assert.Equal(["place:beijing", "place:san-francisco"], held);
    }

    [Fact]
    public void Apply_TalksContinuedTheFollowingDayInAnotherCity_AreASecondMeetingThere()
    {
        var result = Some.Extract("Dec 16, 2016 20:00", "TOKYO, Dec. 16 (Wire)",
            "Russian President Vladimir Putin arrived in Nagato on Thursday for talks with Japanese Prime Minister Shinzo Abe.",
            "The two men continued their discussions the following day in Tokyo.");
        var meetings = result.Graph.NodesOf<Event>().Where(e => e.EventKind == EventKind.Meeting).OrderBy(e => e.Id, StringComparer.Ordinal).ToList();

        Assert.Equal(2, meetings.Count);
        Assert.Equal(["2016-12-15", "2016-12-16"], meetings.Select(m => m.Date?.ToString()));
        GraphAssert.HasEdge(result.Graph, "HeldIn", meetings[1].Id, "place:tokyo");
        Assert.Contains("their discussions", meetings[1].Aliases.Items);
    }

    [Fact]
    public void Apply_MeetingInACityThenAtAnUnknownVenue_IsOneMeetingAtTheVenueInTheCity()
    {
        var result = Some.Extract("Apr 7, 2023 20:00", "GUANGZHOU, April 7 (Wire)",
            "Chinese President Xi Jinping hosted French President Emmanuel Macron in Guangzhou on Friday.",
            "The two presidents met at the Pine Garden, the official residence of the provincial governor.");
        var meeting = GraphAssert.EventOf(result.Graph, "leader:xi-jinping", "leader:emmanuel-macron");

        GraphAssert.HasEdge(result.Graph, "HeldIn", meeting.Id, "place:guangzhou");
        GraphAssert.HasEdge(result.Graph, "HeldIn", meeting.Id, "place:pine-garden");
    }

    [Fact]
    public void Apply_MeetingInAnIslandThenInATownOnIt_IsOneMeeting()
    {
        var result = Some.Extract("Nov 14, 2022 20:00", "NUSA DUA, Indonesia, Nov. 14 (Wire)",
            "US President Joe Biden and Chinese President Xi Jinping have held talks in Bali.",
            "The two presidents met at a hotel in Nusa Dua on Monday.");

        var meeting = GraphAssert.EventOf(result.Graph, "leader:joe-biden", "leader:xi-jinping");
        GraphAssert.HasEdge(result.Graph, "HeldIn", meeting.Id, "place:nusa-dua");
    }

    [Fact]
    public void Apply_VenueInADistrictOfTheCapital_IsHeldInAllThree()
    {
        var result = Some.Extract("May 27, 2024 20:00", "SEOUL, May 27 (Wire)",
            "On Sunday, President Yoon Suk Yeol held talks with Chinese Premier Li Qiang at the presidential office in Yongsan, central Seoul.");
        var talks = GraphAssert.EventOf(result.Graph, "leader:yoon-suk-yeol", "leader:li-qiang");

        GraphAssert.HasEdge(result.Graph, "HeldIn", talks.Id, "place:yongsan");
        GraphAssert.HasEdge(result.Graph, "HeldIn", talks.Id, "place:seoul");
    }

    [Fact]
    public void Apply_TownFollowedByItsRegion_IsHeldInTheTownOnly()
    {
        var result = Some.Extract("Nov 15, 2023 20:00", "WOODSIDE, Nov. 15 (Wire)",
            "US President Joe Biden met Chinese President Xi Jinping at the Filoli estate in Woodside, California, on Wednesday.");
        var meeting = GraphAssert.EventOf(result.Graph, "leader:joe-biden", "leader:xi-jinping");

        GraphAssert.HasEdge(result.Graph, "HeldIn", meeting.Id, "place:woodside");
        GraphAssert.NoEdge(result.Graph, "HeldIn", meeting.Id, "place:california");
    }

    [Fact]
    public void Materialize_PlacesInTwoCountries_KeepsTheCountryNamedFirst()
    {
        var result = Some.Extract("May 24, 2023 20:00", "SYDNEY, May 24 (Wire)",
            "Australian Prime Minister Anthony Albanese and Indian Prime Minister Narendra Modi met at Admiralty House in Sydney on Wednesday.",
            "Albanese was in India in March, before the first annual summit in New Delhi.");
        var meeting = GraphAssert.EventOf(result.Graph, "leader:anthony-albanese", "leader:narendra-modi");

        GraphAssert.HasEdge(result.Graph, "HeldIn", meeting.Id, "place:sydney");
        GraphAssert.NoEdge(result.Graph, "HeldIn", meeting.Id, "place:new-delhi");
        Assert.EndsWith("in Sydney", meeting.Name, StringComparison.Ordinal);
    }

    [Fact]
    public void Materialize_PlacesInOneCountry_KeepsThemAll()
    {
        var result = Some.Extract("May 19, 2023 20:00", "HIROSHIMA, May 19 (Wire)",
            "Japanese Prime Minister Fumio Kishida and British Prime Minister Rishi Sunak met in Hiroshima on Thursday.",
            "The talks in Tokyo were followed by a dinner.");
        var meeting = GraphAssert.EventOf(result.Graph, "leader:fumio-kishida", "leader:rishi-sunak");

        GraphAssert.HasEdge(result.Graph, "HeldIn", meeting.Id, "place:hiroshima");
        GraphAssert.HasEdge(result.Graph, "HeldIn", meeting.Id, "place:tokyo");
    }

    [Theory]
    [InlineData("a one-to-one meeting followed by delegation-level talks")]
    [InlineData("a restricted meeting followed by talks")]
    public void Apply_MeetingFollowedByTalksAtAPlace_BothPartsAreHeldThere(string held)
    {
        var result = Some.Extract("Jun 22, 2024 16:48", "NEW DELHI, June 22 (Wire)",
            "Prime Minister Sheikh Hasina and Indian Prime Minister Narendra Modi agreed on new rail links.",
            $"The two leaders held {held} at Hyderabad House in New Delhi on Saturday.");
        var talks = GraphAssert.EventOf(result.Graph, "leader:sheikh-hasina", "leader:narendra-modi");

        GraphAssert.HasEdge(result.Graph, "HeldIn", talks.Id, "place:hyderabad-house");
        GraphAssert.HasEdge(result.Graph, "HeldIn", talks.Id, "place:new-delhi");
    }

    [Theory]
    [InlineData("held talks in the Turkish capital Ankara on Friday.")]
    [InlineData("held talks at the Presidential Complex in the Turkish capital, Ankara, on Friday.")]
    [InlineData("held talks in the capital city Ankara on Friday.")]
    public void Apply_TalksInACityNamedAfterWhatItIs_AreHeldInTheCity(string rest)
    {
        var result = Some.Extract("Mar 17, 2023 20:00", "HELSINKI, March 17 (Wire)",
            "Turkish President Recep Tayyip Erdogan and Finnish President Sauli Niinisto " + rest);
        var talks = GraphAssert.EventOf(result.Graph, "leader:recep-tayyip-erdogan", "leader:sauli-niinisto");

        GraphAssert.HasEdge(result.Graph, "HeldIn", talks.Id, "place:ankara");
    }

    [Fact]
    public void Apply_TalksInAParticipleClauseOpeningTheSentence_AreNotHeldWhereTheMainClauseIs()
    {
        var result = Some.Extract("Aug 25, 2023 19:05", "ATHENS, Aug 25 (Wire)",
            "Greek Prime Minister Kyriakos Mitsotakis welcomed Indian Prime Minister Narendra Modi on Friday.",
            "Before sitting down with the Greek premier, the Indian prime minister laid a wreath at the Tomb of the Unknown Soldier in Syntagma Square.");
        var talks = GraphAssert.EventOf(result.Graph, "leader:kyriakos-mitsotakis", "leader:narendra-modi");

        GraphAssert.NoEdge(result.Graph, "HeldIn", talks.Id, "place:syntagma-square");
    }

    [Fact]
    public void Apply_TalksAfterAParticipleClauseOpeningTheSentence_AreStillHeldWhereTheyAreTold()
    {
        var result = Some.Extract("Aug 25, 2023 19:05", "ATHENS, Aug 25 (Wire)",
            "After laying a wreath in the morning, Indian Prime Minister Narendra Modi held talks with Greek Prime Minister Kyriakos Mitsotakis at the Maximos Mansion.");
        var talks = GraphAssert.EventOf(result.Graph, "leader:kyriakos-mitsotakis", "leader:narendra-modi");

        GraphAssert.HasEdge(result.Graph, "HeldIn", talks.Id, "place:maximos-mansion");
    }
}
