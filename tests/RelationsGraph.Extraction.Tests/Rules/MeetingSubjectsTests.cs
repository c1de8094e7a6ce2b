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
    public void Apply_PassiveMeetingOfSomeoneWhoIsNoLeader_IsNoMeetingOfTheHosts()
    {
        var result = Some.Story("The delegation landed shortly after noon and was met by Prime Minister Narendra Modi and Foreign Minister Tomas Halloran.");

        Assert.DoesNotContain(result.Graph.NodesOf<Event>(), e => e.EventKind == EventKind.Meeting);
    }
}
