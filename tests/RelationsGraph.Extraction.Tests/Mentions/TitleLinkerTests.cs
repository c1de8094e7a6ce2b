using RelationsGraph.Extraction.Mentions;
using RelationsGraph.Extraction.Tests.Support;

namespace RelationsGraph.Extraction.Tests.Mentions;

/// <summary>Titles read around a name: of an organization before it, titles of one country, and titles of none.</summary>
public sealed class TitleLinkerTests
{
    [Theory]
    [InlineData("Talks in Hanoi between General Secretary of the Communist Party of Vietnam (CPV) Central Committee Nguyen Phu Trong and Biden.",
        "Nguyen Phu Trong", "General Secretary", "General Secretary of the Communist Party of Vietnam (CPV) Central Committee Nguyen Phu Trong")]
    [InlineData("He was received by Chairman of the Central Military Commission Xi Jinping.",
        "Xi Jinping", "Chairman", "Chairman of the Central Military Commission Xi Jinping")]
    public void Find_TitleOfAnOrganizationBeforeTheName_LinksTheTitle(string text, string name, string title, string phrase)
    {
        var s = Some.Sentence(text);
        var leader = s.MentionsOf(MentionKind.Leader).Single(m => m.Text == name);

        Assert.Equal(title, leader.Title);
        Assert.Equal(phrase, s.Slice(leader.PhraseStart, leader.PhraseEnd));
    }

    [Fact]
    public void Find_TitleOfABodyOfACountryBeforeANameTheKnowledgeBaseLacks_IsALeaderOfThatCountry()
    {
        var s = Some.Sentence("The delegations were headed by Chairman of the State Committee for National Security of the Kyrgyz Republic Kamchybek Tashiev.");
        var leader = Assert.Single(s.MentionsOf(MentionKind.Leader));

        Assert.Equal("Kamchybek Tashiev", leader.Text);
        Assert.Equal("Chairman", leader.Title);
        Assert.Equal("country:kg", leader.CountryId);
    }

    [Theory]
    [InlineData("Relations soured after Chinese Ambassador to South Korea Xing Haiming warned Seoul.", "Xing Haiming", "Ambassador", "country:cn")]
    [InlineData("It was signed by Trade Cabinet Secretary Rebecca Miano on Monday.", "Rebecca Miano", "Cabinet Secretary", null)]
    public void Find_EnvoyToACountryOrACabinetSecretary_IsALeaderOfTheTitleAndTheCountryBeforeIt(string text, string name, string title, string? country)
    {
        var leader = Assert.Single(Some.Sentence(text).MentionsOf(MentionKind.Leader));

        Assert.Equal(name, leader.Text);
        Assert.Equal(title, leader.Title);
        Assert.Equal(country, leader.CountryId);
    }

    [Theory]
    [InlineData("It was signed by Singapore's Deputy Prime Minister and Minister for Trade and Industry Gan Kim Yong.", "country:sg")]
    [InlineData("It was signed by Deputy Prime Minister and Minister for Trade and Industry Gan Kim Yong.", null)]
    public void Link_TwoOfficesJoinedBeforeTheName_TheCountryBeforeTheFirstIsTheLeaders(string text, string? country)
    {
        var leader = Assert.Single(Some.Sentence(text).MentionsOf(MentionKind.Leader));

        Assert.Equal("Trade Minister", leader.Title); // the knowledge base's name of the office after "and"
        Assert.Equal(country, leader.CountryId);
        Assert.Equal(text.IndexOf(country is null ? "Deputy" : "Singapore", StringComparison.Ordinal), leader.PhraseStart);
    }

    [Fact]
    public void Find_LowerCaseWordsBetweenTitleOfAndTheName_LinkNoTitle()
    {
        var s = Some.Sentence("He met the General Secretary of the party in Hanoi Nguyen Phu Trong.");
        var leader = s.MentionsOf(MentionKind.Leader).Single(m => m.Candidates.Contains("leader:nguyen-phu-trong"));

        Assert.Equal("Nguyen Phu Trong", s.Slice(leader.PhraseStart, leader.PhraseEnd));
    }


    [Fact]
    public void Find_Taoiseach_IsATitleOfIreland()
    {
        var s = Some.Sentence("Taoiseach Leo Varadkar met the president.");
        var leader = s.MentionsOf(MentionKind.Leader).Single(m => m.Text == "Leo Varadkar");

        Assert.Equal("Taoiseach", leader.Title);
        Assert.Equal("Taoiseach Leo Varadkar", s.Slice(leader.PhraseStart, leader.PhraseEnd));
    }

    [Fact]
    public void Find_DefenceSecretaryInBritishSpelling_IsATitleOfNoCountry()
    {
        var leader = Assert.Single(Some.Sentence("Defence Secretary Bertram Ashcombe met the delegation.").MentionsOf(MentionKind.Leader));

        Assert.Equal("Defence Secretary", leader.Title);
        Assert.Null(leader.CountryId);
    }

    [Theory]
    [InlineData("Macron met Speaker of Parliament Nabih Berri at Baabda Palace.", "Nabih Berri")]
    [InlineData("Macron met Parliament Speaker Nabih Berri at Baabda Palace.", "Nabih Berri")]
    public void Find_ParliamentSpeakerTheKnowledgeBaseLacks_IsALeaderOfThatTitle(string text, string name)
    {
        var leader = Assert.Single(Some.Sentence(text).MentionsOf(MentionKind.Leader), m => m.Name == name);

        Assert.Equal("Speaker of Parliament", leader.Title);
    }

    [Theory]
    [InlineData("Along with Tokayev, President of Kyrgyzstan Sadyr Japarov attended the summit.", null)]
    [InlineData("The talks were held with Tokayev, President of Kyrgyzstan, in Astana.", "country:kg")]
    public void Link_NameSetOffBeforeATitleOfACountry_TakesItOnlyWhenNoNameFollows(string text, string? country)
    {
        var tokayev = Assert.Single(Some.Sentence(text).MentionsOf(MentionKind.Leader), m => m.Text == "Tokayev");

        Assert.Equal(country, tokayev.CountryId);
    }
}
