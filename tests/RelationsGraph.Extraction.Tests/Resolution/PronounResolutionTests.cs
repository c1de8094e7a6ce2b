using RelationsGraph.Extraction.Mentions;
using RelationsGraph.Extraction.Tests.Support;

namespace RelationsGraph.Extraction.Tests.Resolution;

/// <summary>Whom "he" and "his" mean when the sentence has no subject of its own that is a leader.</summary>
public sealed class PronounResolutionTests
{
    [Fact]
    public void Resolve_PossessiveInALeadersRelativeClause_IsThatLeader()
    {
        var result = Some.Story(
            "President Biden welcomed Japanese Prime Minister Fumio Kishida to the White House on Wednesday.",
            "Biden said the alliance had never been stronger.",
            "For Kishida, whose approval ratings have sagged amid a scandal in his Liberal Democratic Party, the visit offered a rare stage.",
            "On Thursday he addressed a joint meeting of Congress.");

        Assert.Equal(["leader:fumio-kishida"], Some.FirstMention(result, MentionKind.Pronoun, "his").NodeIds);
        Assert.Equal(["leader:fumio-kishida"], Some.FirstMention(result, MentionKind.Pronoun, "he").NodeIds);
    }

    [Fact]
    public void Resolve_PossessivePastTheRelativeClause_IsNotItsLeader()
    {
        var result = Some.Story(
            "President Biden welcomed Japanese Prime Minister Fumio Kishida to the White House on Wednesday.",
            "Biden said the alliance had never been stronger.",
            "For Kishida, whose approval ratings have sagged, the visit was a stage for his own agenda.");

        Assert.Equal(["leader:joe-biden"], Some.FirstMention(result, MentionKind.Pronoun, "his").NodeIds);
    }
}
