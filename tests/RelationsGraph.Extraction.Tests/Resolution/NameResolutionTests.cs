using RelationsGraph.Extraction.Mentions;
using RelationsGraph.Extraction.Tests.Support;

namespace RelationsGraph.Extraction.Tests.Resolution;

/// <summary>Short names of leaders the knowledge base lacks: the family name, or the given name the article goes by.</summary>
public sealed class NameResolutionTests
{
    [Theory]
    [InlineData("PM Abiy arrived in Beijing on Monday.", "Abiy")]
    [InlineData("Abiy said the partnership would grow.", "Abiy")]
    [InlineData("Ahmed said the partnership would grow.", "Ahmed")]
    public void Resolve_GivenOrFamilyNameOfALeaderNamedInFull_IsThatLeader(string sentence, string word)
    {
        var result = Some.Story("Prime Minister Abiy Ahmed held talks with Chinese President Xi Jinping.", sentence);

        Assert.Equal(["leader:abiy-ahmed"], Some.FirstMention(result, MentionKind.Leader, word).NodeIds);
    }

    [Theory]
    [InlineData("President al-Assad thanked China for its aid.", "al-Assad")]
    [InlineData("Assad later toured the city.", "Assad")]
    public void Resolve_FamilyNameAfterTheArabicArticleOfALeaderNamedInFull_IsThatLeaderWithOrWithoutIt(string sentence, string word)
    {
        var result = Some.Story("Syrian President Bashar al-Assad held talks with Chinese President Xi Jinping.", sentence);

        Assert.Equal(["leader:bashar-al-assad"], Some.FirstMention(result, MentionKind.Leader, word).NodeIds);
    }

    [Fact]
    public void Resolve_GivenNameTwoLeadersShare_IsNobody()
    {
        var result = Some.Story(
            "Prime Minister Tamsin Okafor met Foreign Minister Tamsin Adeyemi on Monday.",
            "Tamsin said the partnership would grow.");

        Assert.DoesNotContain(result.Sentences[^1].MentionsOf(MentionKind.Leader), m => m.Text == "Tamsin");
    }

    [Theory]
    [InlineData("Foreign Minister Adel bin Nasser arrived on Monday.")]
    [InlineData("Foreign Minister Adel Al Nasser arrived on Monday.")]
    [InlineData("Foreign Minister Adel Nasser Karim Haddad arrived on Monday.")]
    public void Resolve_FirstWordOfANameWithAParticleOrOfFourWords_IsNoGivenName(string named)
    {
        var result = Some.Story(named, "Adel said the talks went well.");

        Assert.Empty(result.Sentences[^1].MentionsOf(MentionKind.Leader));
    }

    [Theory]
    [InlineData("Sheikh Mohamed said the partnership would grow.", true)]
    [InlineData("Mohamed said the partnership would grow.", false)]
    public void Resolve_FirstWordOfAnArabicNameWithAFathers_IsTheLeaderOnlyAfterAStyle(string sentence, bool resolved)
    {
        var result = Some.Story("UAE President Mohamed bin Zayed Al Nahyan held talks with US President Joe Biden.", sentence);

        Assert.Equal(resolved, result.Sentences[^1].MentionsOf(MentionKind.Leader).Any(m => m.Text == "Mohamed" && m.NodeId == "leader:mohamed-bin-zayed-al-nahyan"));
    }

    [Theory]
    [InlineData("Modi inaugurated a terminal at the Jawaharlal Nehru Port Authority.")]
    [InlineData("The instruments were handed over at the Harry S. Truman Presidential Library.")]
    [InlineData("The guests landed at Jomo Kenyatta International Airport.")]
    public void Resolve_LeadersNameInTheNameOfAPlaceOrABody_IsNoLeader(string sentence)
    {
        var result = Some.Story(sentence);

        Assert.DoesNotContain(result.Graph.NodesOf<Leader>(), l => l.Id is "leader:jawaharlal-nehru" or "leader:harry-s-truman" or "leader:jomo-kenyatta");
    }

    [Fact]
    public void Resolve_HistoricalLeaderNamedInFull_IsTheKnowledgeBasesLeader()
    {
        var result = Some.Story("The monument honours Fidel Castro, who led Cuba for nearly half a century.");

        GraphAssert.HasEdge(result.Graph, "LeaderOf", "leader:fidel-castro", "country:cu");
    }
}
