using RelationsGraph.Extraction.Tests.Support;

namespace RelationsGraph.Extraction.Tests.Rules;

public sealed class CallOnNamesTests
{
    [Fact]
    public void Record_LeaderCalledOnAnother_IsNamedAsWrittenAndAsTheCallersCallOnTheOther()
    {
        var result = Some.Extract("Dec 17, 2024 09:00", "NEW DELHI, Dec. 16 (Wire)",
            "Sri Lankan President Anura Kumara Dissanayake arrived in New Delhi on Sunday on a state visit.",
            "External Affairs Minister Dr. S. Jaishankar called on President Dissanayake on Sunday, soon after his arrival.");
        var call = GraphAssert.EventOf(result.Graph, "leader:s-jaishankar", "leader:anura-kumara-dissanayake");

        Assert.Superset(
            new HashSet<string>(["called on President Dissanayake", "called on President Dissanayake on Sunday", "Jaishankar's call on Dissanayake",
                "S. Jaishankar's call on Anura Kumara Dissanayake", "Jaishankar's call on President Dissanayake", "Jaishankar call on Dissanayake"]),
            call.Aliases.Items.ToHashSet());
        Assert.DoesNotContain(call.Aliases.Items, a => a.StartsWith("Dissanayake's call on", StringComparison.Ordinal));
    }

    [Fact]
    public void Record_CallerNamedFamilyNameFirst_IsNotNamedByHisGivenName()
    {
        var result = Some.Extract("Dec 17, 2024 09:00", "COLOMBO, Dec. 16 (Wire)",
            "Sri Lankan President Anura Kumara Dissanayake met Chinese Foreign Minister Wang Yi on Monday.",
            "Chinese Premier Li Qiang called on President Dissanayake on Tuesday.");
        var call = GraphAssert.EventOf(result.Graph, "leader:li-qiang", "leader:anura-kumara-dissanayake");

        Assert.Contains("Li Qiang's call on Dissanayake", call.Aliases.Items);
        Assert.DoesNotContain(call.Aliases.Items, a => a.StartsWith("Qiang", StringComparison.Ordinal));
    }

    [Fact]
    public void Record_CalledOnAPronoun_IsNamedAsWrittenButNoPossessiveOfThePronoun()
    {
        var result = Some.Extract("Jun 1, 2023 09:00", "NEW DELHI, June 1 (Wire)",
            "Nepal's Prime Minister Pushpa Kamal Dahal arrived in New Delhi on Wednesday.",
            "External Affairs Minister S. Jaishankar called on him at his hotel.");
        var call = GraphAssert.EventOf(result.Graph, "leader:s-jaishankar", "leader:pushpa-kamal-dahal");

        Assert.Contains("called on him", call.Aliases.Items);
        Assert.DoesNotContain(call.Aliases.Items, a => a.EndsWith("call on him", StringComparison.Ordinal));
    }

    [Fact]
    public void Record_MeetingWithTalksNoun_HasNoCallOnName()
    {
        var result = Some.Extract("Dec 17, 2024 09:00", "NEW DELHI, Dec. 16 (Wire)",
            "Sri Lankan President Anura Kumara Dissanayake held talks with Indian Prime Minister Narendra Modi on Monday.");
        var talks = GraphAssert.EventOf(result.Graph, "leader:anura-kumara-dissanayake", "leader:narendra-modi");

        Assert.DoesNotContain(talks.Aliases.Items, a => a.Contains("call on", StringComparison.Ordinal));
    }
}
