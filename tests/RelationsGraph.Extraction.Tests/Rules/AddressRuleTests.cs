using RelationsGraph.Extraction.Pipeline;
using RelationsGraph.Extraction.Tests.Support;

namespace RelationsGraph.Extraction.Tests.Rules;

public sealed class AddressRuleTests
{
    private static Event Speech(ExtractionResult result) =>
        Assert.Single(result.Graph.NodesOf<Event>(), e => e.EventKind == EventKind.Other);

    [Fact]
    public void Apply_LeaderToAddressASessionOfABody_IsAnAddressOrganizedByIt()
    {
        var result = Some.Extract("Nov 3, 2023 18:00", "MANILA, Nov. 3 (Wire)",
            "On Saturday, Japanese Prime Minister Fumio Kishida is set to address a joint session of the Philippine Congress.");

        var address = Speech(result);
        Assert.Equal("address by Fumio Kishida to a joint session of the Philippine Congress", address.Name);
        Assert.Contains("a joint session of the Philippine Congress", address.Aliases.Items);
        Assert.Equal(new PartialDate(2023, 11, 4), address.Date);
        GraphAssert.HasEdge(result.Graph, "ParticipatedIn", "leader:fumio-kishida", address.Id);
        GraphAssert.HasEdge(result.Graph, "OrganizedBy", address.Id, "org:philippine-congress");
    }

    [Theory]
    [InlineData("In March 2022 U.S. President Joe Biden visited Warsaw, where he met Duda and gave a speech at the Royal Castle.")]
    [InlineData("U.S. President Joe Biden met Polish President Andrzej Duda and gave a speech at the Royal Castle.")]
    public void Apply_SpeechAfterMeetingSomeoneAndAnotherVerb_IsTheSubjectsNotTheOneMet(string sentence)
    {
        var result = Some.Extract("Feb 21, 2023 18:00", "WARSAW, Feb. 21 (Wire)", "Polish President Andrzej Duda hosted U.S. President Joe Biden on Tuesday.", sentence);

        GraphAssert.HasEdge(result.Graph, "ParticipatedIn", "leader:joe-biden", Speech(result).Id);
        Assert.DoesNotContain(result.Graph.Edges, e => e.Kind == "ParticipatedIn" && e.Source.Id == "leader:andrzej-duda" && e.Target.Id == Speech(result).Id);
    }

    [Fact]
    public void Apply_DateAfterTheAudience_IsNoPartOfTheName()
    {
        var result = Some.Extract("Nov 21, 2024 18:00", "GEORGETOWN (Wire)",
            "Prime Minister Narendra Modi is scheduled to address a special sitting of the National Assembly today, before departing Guyana.");

        Assert.Equal("address by Narendra Modi to a special sitting of the National Assembly", Speech(result).Name);
    }

    [Fact]
    public void Apply_AddressingAfterAWordOfTime_IsTheSentencesSubjectsAddress()
    {
        var result = Some.Extract("Jul 26, 2024 02:10", "WASHINGTON, July 25 (Wire)",
            "Prime Minister Benjamin Netanyahu met US President Joe Biden at the White House on Thursday, one day after addressing a joint meeting of Congress.");

        var address = Assert.Single(result.Graph.NodesOf<Event>(), e => e.Name.StartsWith("address", StringComparison.Ordinal));
        GraphAssert.HasEdge(result.Graph, "ParticipatedIn", "leader:benjamin-netanyahu", address.Id);
        GraphAssert.NoEdge(result.Graph, "ParticipatedIn", "leader:joe-biden", address.Id);
    }

    [Fact]
    public void Apply_LeaderToAddressABodyItself_IsNamedByTheVerbsPhraseNotByTheBody()
    {
        var result = Some.Extract("Feb 29, 2024 18:00", "CANBERRA, Feb. 29 (Wire)",
            "Earlier in the day, Ferdinand Marcos Jr. became the first Philippine president to address the Australian Parliament.");

        var address = Speech(result);
        Assert.Contains("address the Australian Parliament", address.Aliases.Items);
        Assert.DoesNotContain("the Australian Parliament", address.Aliases.Items);
        GraphAssert.HasEdge(result.Graph, "OrganizedBy", address.Id, "org:australian-parliament");
    }

    [Theory]
    [InlineData("Netanyahu is scheduled to address the General Assembly on Friday.", "address the General Assembly", "the General Assembly")]
    [InlineData("Netanyahu addressed students in Tel Aviv on Friday.", "addressed students", "students")]
    public void Apply_LeaderToAddressAnAudienceNamedByNoBody_IsNotNamedByTheAudience(string sentence, string phrase, string audience)
    {
        var result = Some.Extract("Sep 20, 2023 18:00", "NEW YORK, Sept. 20 (Wire)", sentence);

        var address = Speech(result);
        Assert.Contains(phrase, address.Aliases.Items);
        Assert.DoesNotContain(audience, address.Aliases.Items);
    }

    [Fact]
    public void Apply_LeaderAddressedAnAudienceAtAVenue_IsAnAddressHeldThere()
    {
        var result = Some.Extract("Apr 7, 2023 18:00", "GUANGZHOU, April 7 (Wire)",
            "French President Emmanuel Macron addressed around a thousand students at Sun Yat-sen University on Friday.");

        var address = Speech(result);
        Assert.Equal("address by Emmanuel Macron at Sun Yat-sen University", address.Name);
        GraphAssert.HasEdge(result.Graph, "HeldIn", address.Id, "place:sun-yat-sen-university");
    }

    [Fact]
    public void Apply_LeaderDeliveredALectureAtABody_IsALectureOrganizedByIt()
    {
        var result = Some.Extract("Mar 20, 2023 18:00", "NEW DELHI, March 20 (Wire)",
            "Japanese Prime Minister Fumio Kishida delivered a lecture at the Indian Council of World Affairs on Monday.");

        var lecture = Speech(result);
        Assert.Equal("lecture by Fumio Kishida at the Indian Council of World Affairs", lecture.Name);
        Assert.Contains("a lecture", lecture.Aliases.Items);
        GraphAssert.HasEdge(result.Graph, "OrganizedBy", lecture.Id, "org:indian-council-of-world-affairs");
    }

    [Theory]
    [InlineData("Japanese Prime Minister Fumio Kishida said the two sides addressed the issue of the detained nationals.")]
    [InlineData("Japanese Prime Minister Fumio Kishida addressed reporters after the talks.")]
    [InlineData("Japanese Prime Minister Fumio Kishida delivered a keynote address on Thursday.")]
    [InlineData("Japanese Prime Minister Fumio Kishida's address to the nation was brief.")]
    [InlineData("Japanese Prime Minister Fumio Kishida made a speech to Washington's allies.")]
    public void Apply_NoAudienceOrNoPlaceOfTheSpeech_IsNoEvent(string sentence)
    {
        var result = Some.Story(sentence);

        Assert.DoesNotContain(result.Graph.NodesOf<Event>(), e => e.EventKind == EventKind.Other);
    }

    [Fact]
    public void Apply_SameAddressInTheHeadlineAndTheStory_IsOneEventWithTheFullerName()
    {
        var result = Some.Extract("Nov 3, 2023 18:00", "MANILA, Nov. 3 (Wire)",
            "Kishida to address Philippine Congress",
            "On Saturday, Japanese Prime Minister Fumio Kishida is set to address a joint session of the Philippine Congress.");

        Assert.Equal("address by Fumio Kishida to a joint session of the Philippine Congress", Speech(result).Name);
        Assert.Contains("the Philippine Congress", result.Graph.GetNode<Organization>("org:philippine-congress")!.Aliases.Items);
    }

    [Fact]
    public void Apply_AddressDuringTheSpeakersVisit_IsPartOfTheVisit()
    {
        var result = Some.Extract("Nov 3, 2023 18:00", "MANILA, Nov. 3 (Wire)",
            "Philippine President Ferdinand Marcos Jr. and Japanese Prime Minister Fumio Kishida held talks in Manila on Friday.",
            "Kishida's visit is the first by a Japanese leader in years.",
            "On Saturday, Kishida is set to address a joint session of the Philippine Congress.");
        var visit = Assert.Single(result.Graph.NodesOf<Event>(), e => e.EventKind == EventKind.Visit);

        GraphAssert.HasEdge(result.Graph, "PartOf", Speech(result).Id, visit.Id);
    }

    [Fact]
    public void Apply_AddressOfSomeoneElseThanTheVisitor_IsNotPartOfTheVisit()
    {
        var result = Some.Extract("Nov 3, 2023 18:00", "MANILA, Nov. 3 (Wire)",
            "Philippine President Ferdinand Marcos Jr. and Japanese Prime Minister Fumio Kishida held talks in Manila on Friday.",
            "Kishida's visit is the first by a Japanese leader in years.",
            "On Saturday, Marcos is set to address a joint session of the Philippine Congress.");

        Assert.DoesNotContain(result.Graph.EdgesOf<PartOf>(), e => e.Source.Id == Speech(result).Id);
    }
}
