using RelationsGraph.Extraction.Mentions;
using RelationsGraph.Extraction.Tests.Support;

namespace RelationsGraph.Extraction.Tests.Resolution;

/// <summary>Groups that count their leaders ("the four Heads of State") when no sentence named them all.</summary>
public sealed class LeaderGroupCountTests
{
    [Fact]
    public void Resolve_GroupOfAsManyLeadersAsTheStoryNamed_IsThoseLeaders()
    {
        var result = Some.Extract("May 11, 2021 06:00", "KAZUNGULA, May 10 (Wire)",
            "President Emmerson Mnangagwa joined his counterparts, Presidents Mokgweetsi Masisi and Edgar Lungu, at the opening of the bridge.",
            "Namibian President Hage Geingob also attended the ceremony.",
            "The bridge replaces a ferry.",
            "Presidents Masisi and Lungu cut the ribbon before the four Heads of State walked across the bridge together.");

        Assert.Equal(
            ["leader:edgar-lungu", "leader:emmerson-mnangagwa", "leader:hage-geingob", "leader:mokgweetsi-masisi"],
            Some.FirstMention(result, MentionKind.LeaderGroup, "the four Heads of State").NodeIds.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Resolve_GroupOfMoreLeadersThanTheStoryNamed_IsNoOne()
    {
        var result = Some.Extract("May 11, 2021 06:00", "KAZUNGULA, May 10 (Wire)",
            "President Emmerson Mnangagwa joined his counterparts, Presidents Mokgweetsi Masisi and Edgar Lungu, at the opening of the bridge.",
            "The bridge replaces a ferry.",
            "Presidents Masisi and Lungu cut the ribbon before the four Heads of State walked across the bridge together.");

        Assert.Empty(Some.FirstMention(result, MentionKind.LeaderGroup, "the four Heads of State").NodeIds);
    }
}
