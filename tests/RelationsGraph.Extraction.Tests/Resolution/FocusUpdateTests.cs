using RelationsGraph.Extraction.Mentions;
using RelationsGraph.Extraction.Tests.Support;

namespace RelationsGraph.Extraction.Tests.Resolution;

/// <summary>Whom a sentence's leaders put in focus, as the groups of that sentence and the next read it.</summary>
public sealed class FocusUpdateTests
{
    [Fact]
    public void Update_LeadersNamedAfterTheGroupsOwnVerbOfMeeting_DoNotBecomeTheGroup()
    {
        var result = Some.Extract("May 26, 2023 01:00", "TOKYO, May 25 (Wire)",
            "President Ranil Wickremesinghe held talks with Japanese Prime Minister Fumio Kishida in Tokyo yesterday.",
            "The two leaders last met in Tokyo in September last year, on the sidelines of the state funeral of former Japanese Prime Minister Shinzo Abe, which President Wickremesinghe attended.");

        Assert.Equal(["leader:fumio-kishida", "leader:ranil-wickremesinghe"], Some.FirstMention(result, MentionKind.LeaderGroup, "The two leaders").NodeIds.Order(StringComparer.Ordinal));
        Assert.DoesNotContain(result.Graph.EdgesOf<ParticipatedIn>(), e => e.Source.Id == "leader:shinzo-abe");
    }

    [Fact]
    public void Update_LeadersWhoMetAfterTheGroup_AreTheGroup()
    {
        var result = Some.Extract("Jun 13, 2024 20:00", "WELLINGTON, June 13 (Wire)",
            "Prime Minister Christopher Luxon welcomed Chinese Premier Li Qiang to Wellington on Thursday.",
            "The last meeting between the leaders of the two countries was in November, when Jacinda Ardern met Xi Jinping in Bangkok.");

        GraphAssert.EventOf(result.Graph, "leader:jacinda-ardern", "leader:xi-jinping");
    }
}
