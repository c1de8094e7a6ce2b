using RelationsGraph.Extraction.Tests.Support;

namespace RelationsGraph.Extraction.Tests.Rules;

public sealed class SeparateMeetingsTests
{
    [Fact]
    public void Apply_EachHeldSeparateTalksWithAThirdLeader_IsOneMeetingPerSubject()
    {
        var result = Some.Extract("Dec 24, 2019 20:00", "CHENGDU, China, Dec. 24 (Wire)",
            "Japanese Prime Minister Shinzo Abe and South Korean President Moon Jae-in met on Tuesday.",
            "On Monday, Abe and Moon each held separate talks with Chinese President Xi Jinping in Beijing.");

        var withXi = result.Graph.NodesOf<Event>().Where(e => e.Id.Contains("xi-jinping", StringComparison.Ordinal)).Select(e => e.Name).Order(StringComparer.Ordinal);
        Assert.Equal(["meeting between Moon Jae-in and Xi Jinping in Beijing", "meeting between Shinzo Abe and Xi Jinping in Beijing"], withXi);
    }

    [Theory]
    [InlineData("Biden held separate talks with Modi and Albanese.")]
    [InlineData("Biden met Modi and Albanese separately.")]
    [InlineData("Biden met both men one-on-one.")]
    [InlineData("Biden is also scheduled to hold meetings with Modi and Albanese.")]
    public void Apply_OneLeaderMetTwoOthersSeparately_IsOneMeetingPerObject(string sentence)
    {
        var result = Some.Extract("May 24, 2022 20:00", "TOKYO, May 24 (Wire)",
            "Japanese Prime Minister Fumio Kishida hosted US President Joe Biden, Indian Prime Minister Narendra Modi and Australian Prime Minister Anthony Albanese for a summit on Tuesday.",
            "Modi and Albanese arrived on Monday.",
            sentence);

        GraphAssert.EventOf(result.Graph, "leader:joe-biden", "leader:narendra-modi");
        GraphAssert.EventOf(result.Graph, "leader:joe-biden", "leader:anthony-albanese");
        Assert.DoesNotContain(result.Graph.NodesOf<Event>(), e => e.Name.Contains("trilateral", StringComparison.Ordinal));
    }

    [Fact]
    public void Apply_OneLeaderMetTwoOthersTogether_IsOneMeeting()
    {
        var result = Some.Extract("May 24, 2022 20:00", "TOKYO, May 24 (Wire)",
            "US President Joe Biden met Indian Prime Minister Narendra Modi and Australian Prime Minister Anthony Albanese on Tuesday.");

        GraphAssert.EventOf(result.Graph, "leader:joe-biden", "leader:narendra-modi", "leader:anthony-albanese");
    }

    [Theory]
    [InlineData("Widodo is scheduled to travel to Tokyo to meet Japanese Prime Minister Fumio Kishida, and then to Seoul for talks with South Korean President Yoon Suk Yeol.")]
    [InlineData("Widodo met with Japanese Prime Minister Fumio Kishida in Tokyo, and later held talks with South Korean President Yoon Suk Yeol.")]
    [InlineData("Widodo was received in Tokyo by Japanese Prime Minister Fumio Kishida and later held talks with South Korean President Yoon Suk Yeol.")]
    [InlineData("Widodo held talks with Japanese Prime Minister Fumio Kishida in the morning and is to meet South Korean President Yoon Suk Yeol in the afternoon.")]
    public void Apply_TalksAfterAnEarlierMeetingsObject_AreTheEarlierSubjectsNotTheObjects(string sentence)
    {
        var result = Some.Extract("Jul 26, 2022 20:00", "JAKARTA, July 26 (Wire)",
            "Indonesian President Joko Widodo held talks with Chinese President Xi Jinping in Beijing on Tuesday.", sentence);

        GraphAssert.EventOf(result.Graph, "leader:joko-widodo", "leader:yoon-suk-yeol");
        Assert.DoesNotContain(result.Graph.NodesOf<Event>(), e => e.Id.Contains("fumio-kishida-yoon-suk-yeol", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("On the same day as his talks with Xi, Widodo also met Chinese Premier Li Keqiang.", false)]
    [InlineData("Xi, Widodo and Chinese Premier Li Keqiang also met.", true)]
    public void Apply_LeaderAfterAPrepositionBeforeTheSubjectsComma_IsNoParticipant(string sentence, bool withXi)
    {
        var result = Some.Extract("Jul 26, 2022 20:00", "JAKARTA, July 26 (Wire)",
            "Indonesian President Joko Widodo held talks with Chinese President Xi Jinping in Beijing on Tuesday.", sentence);

        Assert.Equal(withXi, result.Graph.NodesOf<Event>().Any(e => e.Id.Contains("joko-widodo-li-keqiang-xi-jinping", StringComparison.Ordinal)));
        Assert.Equal(!withXi, result.Graph.NodesOf<Event>().Any(e => e.Id.EndsWith("joko-widodo-li-keqiang", StringComparison.Ordinal)));
    }
}
