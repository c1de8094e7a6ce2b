using RelationsGraph.Extraction.Tests.Support;

namespace RelationsGraph.Extraction.Tests.Rules;

/// <summary>Who takes part in a meeting a sentence tells: the subject past a company set off by commas, the owner of a role's meeting, and no one for a passive with no leader before it.</summary>
public sealed class MeetingSubjectsTests
{
    private const string Modi = "leader:narendra-modi";
    private const string Albanese = "leader:anthony-albanese";

    [Theory]
    [InlineData("The agreements were signed after talks held in private between Modi and Albanese.")]
    [InlineData("The agreements were signed after talks held here today between Modi and Albanese.")]
    public void Apply_TalksHeldSomehowBetweenTwoLeaders_AreTheirMeeting(string sentence) =>
        GraphAssert.EventOf(Some.Story(sentence).Graph, Modi, Albanese);

    [Theory]
    [InlineData("Modi, accompanied by Foreign Minister Tomas Halloran, welcomed Albanese on Thursday.")]
    [InlineData("Modi, flanked by Foreign Minister Tomas Halloran and Finance Minister Peter Ostrander, welcomed Albanese on Thursday.")]
    public void Apply_SubjectFollowedByACompanySetOffByCommas_IsTheSubjectNotItsCompany(string sentence)
    {
        var result = Some.Story(sentence);

        GraphAssert.EventOf(result.Graph, Modi, Albanese);
        Assert.DoesNotContain(result.Graph.NodesOf<Event>(), e => e.Id.Contains("tomas-halloran", StringComparison.Ordinal));
    }

    [Fact]
    public void Apply_MeetingOfARolesOwnerWithALeader_IsTheRolesLeadersNotTheSentencesSubject()
    {
        var result = Some.Story(
            "Indian Prime Minister Narendra Modi met Australian Prime Minister Anthony Albanese on Thursday.",
            "Modi spoke warmly of the Australian leader's meeting with US President Joe Biden in Washington last October.");

        GraphAssert.EventOf(result.Graph, Albanese, "leader:joe-biden");
        Assert.DoesNotContain(result.Graph.NodesOf<Event>(), e => e.Id.Contains("joe-biden-narendra-modi", StringComparison.Ordinal));
    }

    [Fact]
    public void Apply_TheirEarlierConversationWasACall_IsTheirCallNamedWithItsDate()
    {
        var result = Some.Extract("Nov 17, 2022 20:00", "BANGKOK, Nov. 17 (Wire)",
            "Prime Minister Fumio Kishida sat down with Chinese President Xi Jinping on Thursday, the first summit between the leaders of Japan and China in three years.",
            "It was the first time the two men had met in person.",
            "Their only previous conversation was a telephone call in October 2021.");
        var call = Assert.Single(result.Graph.NodesOf<Event>(), e => e.EventKind == EventKind.Call);

        Assert.Equal(["leader:fumio-kishida", "leader:xi-jinping"], result.Graph.InEdges<ParticipatedIn>(call).Select(e => e.Source.Id).Order(StringComparer.Ordinal));
        Assert.Contains("a telephone call in October 2021", call.Aliases);
    }

    [Fact]
    public void Apply_PassiveMeetingOfSomeoneWhoIsNoLeader_IsNoMeetingOfTheHosts()
    {
        var result = Some.Story("The delegation landed shortly after noon and was met by Prime Minister Narendra Modi and Foreign Minister Tomas Halloran.");

        Assert.DoesNotContain(result.Graph.NodesOf<Event>(), e => e.EventKind == EventKind.Meeting);
    }
}
