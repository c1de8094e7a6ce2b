using RelationsGraph.Extraction.Reading;
using RelationsGraph.Extraction.Tests.Support;

namespace RelationsGraph.Extraction.Tests.Rules;

/// <summary>Meetings whose parties follow the event's noun: "talks held here today between A and B", "The meeting, co-chaired by A and B".</summary>
public sealed class MeetingPartiesTests
{
    [Theory]
    [InlineData("Ethiopia and China raised their ties following talks held here today between Prime Minister Abiy Ahmed and President Xi Jinping.", null)]
    [InlineData("Ethiopia and China raised their ties following talks held between Prime Minister Abiy Ahmed and President Xi Jinping.", null)]
    [InlineData("Ethiopia and China raised their ties following talks held at the Great Hall of the People on Tuesday between Prime Minister Abiy Ahmed and President Xi Jinping.", "place:great-hall-of-the-people")]
    public void Apply_TalksHeldSomewhereBetweenLeaders_IsTheirMeeting(string sentence, string? venue)
    {
        var result = Some.Extract("October 17, 2023 20:00", "BEIJING, Oct. 17 (Wire)", sentence);

        var meeting = GraphAssert.EventOf(result.Graph, "leader:abiy-ahmed", "leader:xi-jinping");
        if (venue is not null)
        {
            GraphAssert.HasEdge(result.Graph, "HeldIn", meeting.Id, venue);
        }
    }

    [Theory]
    [InlineData("The agreement was signed by Afghan President Hamid Karzai and Indian Prime Minister Manmohan Singh at Hyderabad House on Tuesday.")]
    [InlineData("Two agreements were signed by Afghan President Hamid Karzai and Indian Prime Minister Manmohan Singh at Hyderabad House on Tuesday.")]
    public void Apply_DocumentSignedByTwoLeaders_IsTheirMeetingWhereTheySigned(string sentence)
    {
        var result = Some.Extract("October 4, 2011 20:00", "NEW DELHI, Oct. 4 (Wire)", sentence);

        var meeting = GraphAssert.EventOf(result.Graph, "leader:hamid-karzai", "leader:manmohan-singh");
        Assert.Equal(new PartialDate(2011, 10, 4), meeting.Date);
        GraphAssert.HasEdge(result.Graph, "HeldIn", meeting.Id, "place:hyderabad-house");
    }

    [Fact]
    public void Apply_DocumentSignedByOneLeader_IsNoMeeting()
    {
        var result = Some.Extract("October 4, 2011 20:00", "NEW DELHI, Oct. 4 (Wire)",
            "The agreement was signed by Indian Prime Minister Manmohan Singh at Hyderabad House on Tuesday.");

        Assert.DoesNotContain(result.Graph.NodesOf<Event>(), e => e.Kind == "Meeting");
    }

    [Theory]
    [InlineData("for a meeting with")]
    [InlineData("for a meeting and working lunch with")]
    public void Apply_JoinedOthersForAMeetingWithALeader_MeetsThatLeader(string words)
    {
        var result = Some.Extract("July 10, 2025 08:00", "MONROVIA, July 10 (Wire)",
            $"President Joseph Boakai on Wednesday joined four other African heads of state {words} United States President Donald Trump at the White House.");

        var meeting = GraphAssert.EventOf(result.Graph, "leader:joseph-boakai", "leader:donald-trump");
        Assert.Equal(new PartialDate(2025, 7, 9), meeting.Date);
        GraphAssert.HasEdge(result.Graph, "HeldIn", meeting.Id, "place:white-house");
    }

    [Theory]
    [InlineData("local")]
    [InlineData("visiting")]
    public void Apply_TalksWithACounterpartDescribedByAWordOfPlace_IsTheirMeeting(string word)
    {
        var result = Some.Extract("July 4, 2025 20:00", "PORT OF SPAIN, July 4 (Wire)",
            $"Indian Prime Minister Narendra Modi held official talks with his {word} counterpart Kamla Persad-Bissessar on Friday.");

        GraphAssert.EventOf(result.Graph, "leader:narendra-modi", "leader:kamla-persad-bissessar");
    }

    [Fact]
    public void Apply_TwoSidesHeldTalksAfterTheLeadersMet_NamesTheirMeeting()
    {
        var result = Some.Extract("April 22, 2024 20:00", "BAGHDAD, April 22 (Wire)",
            "Iraq and Turkey signed an agreement on Monday after Iraqi Prime Minister Mohammed Shia al-Sudani received Turkish President Recep Tayyip Erdogan at Baghdad International Airport.",
            "A reception was held for the guest at the Government Palace, after which the two sides held expanded talks attended by ministers.");

        var meeting = GraphAssert.EventOf(result.Graph, "leader:mohammed-shia-al-sudani", "leader:recep-tayyip-erdogan");
        Assert.Contains("expanded talks", meeting.Aliases.Items);
    }

    [Fact]
    public void Apply_MeetingTwoLeadersWithoutAResolvedSubject_IsNoMeetingOfTheTwo()
    {
        var result = Some.Extract("January 15, 2025 20:00", "BEIJING, Jan. 15 (Wire)",
            "Sri Lankan President Anura Kumara Dissanayake held talks with Chinese President Xi Jinping on Wednesday.",
            "During his stay the President is also scheduled to meet Premier Li Qiang and Zhao Leji, Chairman of the Standing Committee of the National People's Congress.");

        Assert.DoesNotContain(result.Graph.NodesOf<Event>(), e => e.Id.Contains("li-qiang-zhao-leji", StringComparison.Ordinal));
    }

    [Fact]
    public void Apply_TalksHeldWithoutBetween_AreNoMeetingOfTheLeadersAfter()
    {
        var result = Some.Extract("October 17, 2023 20:00", "BEIJING, Oct. 17 (Wire)",
            "The talks held here today were cordial, Prime Minister Abiy Ahmed and President Xi Jinping said.");

        Assert.DoesNotContain(result.Graph.NodesOf<Event>(), e => e.Name.StartsWith("meeting between", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("The meeting, co-chaired by Head of Government Aziz Akhannouch and Spanish Prime Minister Pedro Sanchez, was the first since 2015.")]
    [InlineData("The talks were co-chaired by Head of Government Aziz Akhannouch and Spanish Prime Minister Pedro Sanchez.")]
    public void Apply_MeetingCoChairedByTwoLeaders_IsTheirMeeting(string sentence)
    {
        var result = Some.Extract("February 2, 2023 20:00", "RABAT, Feb. 2 (Wire)", sentence);

        GraphAssert.EventOf(result.Graph, "leader:aziz-akhannouch", "leader:pedro-sanchez");
    }

    [Fact]
    public void Apply_SummitCoChairedByTwoLeaders_IsNoMeetingOfTheTwo()
    {
        var result = Some.Extract("July 28, 2023 20:00", "ST PETERSBURG, July 28 (Wire)",
            "The summit was co-chaired by President Vladimir Putin and Comoros President Azali Assoumani.");

        Assert.DoesNotContain(result.Graph.NodesOf<Event>(), e => e.Name.StartsWith("meeting between", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("The idea came up during talks between Prime Minister Abiy Ahmed and President Xi Jinping in April.", EventKind.Meeting)]
    [InlineData("The idea came up during a phone call between Prime Minister Abiy Ahmed and President Xi Jinping in April.", EventKind.Call)]
    [InlineData("A phone call between Prime Minister Abiy Ahmed and President Xi Jinping followed in April.", EventKind.Call)]
    public void Apply_TalksOrCallBetweenLeadersAfterDuringOrOpeningTheSentence_IsTheirEvent(string sentence, EventKind kind)
    {
        var result = Some.Extract("October 17, 2023 20:00", "BEIJING, Oct. 17 (Wire)", sentence);

        Assert.Equal(kind, GraphAssert.EventOf(result.Graph, "leader:abiy-ahmed", "leader:xi-jinping").EventKind);
    }
}
