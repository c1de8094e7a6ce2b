using RelationsGraph.Extraction.Mentions;
using RelationsGraph.Extraction.Tests.Support;

namespace RelationsGraph.Extraction.Tests.Mentions;

public sealed class OrganizationPatternTests
{
    private static string[] Named(string text)
    {
        var s = Some.Sentence(text);
        return [.. s.MentionsOf(MentionKind.Organization).Where(m => m.Name is not null).Select(m => m.Name!)];
    }

    [Theory]
    [InlineData("Kishida is set to address a joint session of the Philippine Congress on Saturday.", "Philippine Congress")]
    [InlineData("The deal reconnects the Russian Agricultural Bank to the payments system.", "Russian Agricultural Bank")]
    [InlineData("According to the Chinese Foreign Ministry, Xi told Kishida the two countries should cooperate.", "Chinese Foreign Ministry")]
    [InlineData("The plan lets the Japan Self-Defense Forces train in the Philippines.", "Japan Self-Defense Forces")]
    [InlineData("The Trilateral Cooperation Secretariat is based in Seoul.", "Trilateral Cooperation Secretariat")]
    [InlineData("The ruling of the Supreme Court of Korea angered Tokyo.", "Supreme Court of Korea")]
    [InlineData("He spoke at the Indian Council of World Affairs on Monday.", "Indian Council of World Affairs")]
    [InlineData("A statement by the Ministry of Foreign Affairs of Japan followed.", "Ministry of Foreign Affairs of Japan")]
    [InlineData("Shares of Nippon Steel Corp. fell.", "Nippon Steel Corp")]
    [InlineData("Lula met the chairman of the Standing Committee of the National People's Congress.", "Standing Committee of the National People's Congress")]
    [InlineData("Delegates of the National People's Congress voted.", "National People's Congress")]
    [InlineData("He heads the State Committee for National Security of the Kyrgyz Republic.", "State Committee for National Security of the Kyrgyz Republic")]
    [InlineData("She chairs the Committee on Foreign Affairs in the lower house.", "Committee on Foreign Affairs")]
    [InlineData("Machinery goes to the National Agricultural Marketing and Development Corporation.", "National Agricultural Marketing and Development Corporation")]
    [InlineData("He spoke to the US House of Representatives on Thursday.", "US House of Representatives")]
    [InlineData("A statement from the Prime Minister's Office followed.", "Prime Minister's Office")]
    [InlineData("Japan's Ministry of Economy, Trade and Industry will lift the export controls.", "Ministry of Economy, Trade and Industry")]
    [InlineData("Officials of the Ministry of Trade, Industry and Energy met in Seoul.", "Ministry of Trade, Industry and Energy")]
    [InlineData("A spokesman for the Ministry of Defence, Richard Marles, said nothing.", "Ministry of Defence")]
    [InlineData("The Office of the President of Mongolia released a statement.", "Office of the President of Mongolia")]
    [InlineData("The Department of Foreign Affairs summoned the envoy.", "Department of Foreign Affairs")]
    [InlineData("Deals were signed with Tsingshan Holding Group and Hindustan Aeronautics Limited.", "Hindustan Aeronautics Limited")]
    public void Find_CapitalisedNameEndingInAnInstitutionNoun_IsAnOrganization(string text, string name) =>
        Assert.Contains(name, Named(text));

    [Theory]
    [InlineData("Modi later addressed Congress.")]
    [InlineData("The ministry said talks would resume.")]
    [InlineData("Modi addressed a crowd at Qudos Bank Arena.")]
    [InlineData("Under the plans, U.S. Forces Japan will be restructured.")]
    [InlineData("Trong was received after the Chinese party's 20th National Congress.")]
    [InlineData("Officials at the central bank declined to comment.")]
    [InlineData("The two leaders met in the Oval Office of the White House.")]
    [InlineData("Modi was received at Hyderabad House.")]
    [InlineData("Biden spoke at the White House for the first time.")]
    public void Find_NounAloneOrPartOfAnotherName_IsNoOrganization(string text) =>
        Assert.Empty(Named(text));

    [Theory]
    [InlineData("They signed a memorandum between Singapore's Ministry of Law and China's Ministry of Justice.", "Ministry of Law")]
    [InlineData("He is First Secretary of the Communist Party of Cuba Central Committee and President of the Republic.", "Communist Party of Cuba Central Committee")]
    public void Find_AndBetweenTwoNames_JoinsNoOneName(string text, string name) =>
        Assert.Contains(name, Named(text));

    [Fact]
    public void Find_CountrysPossessiveBeforeAName_OwnsTheBodyAndIsNoPartOfItsName() =>
        Assert.Equal(["Defence Ministry"], Named("Officials at Japan's Defence Ministry declined to comment."));

    [Fact]
    public void Find_OrganizationTheKnowledgeBaseKnows_IsLeftToIt()
    {
        const string text = "Leaders gathered for the UN General Assembly in New York.";
        var s = Some.Sentence(text);

        Assert.Empty(Named(text));
        Assert.NotEmpty(s.MentionsOf(MentionKind.Organization));
    }

    [Theory]
    [InlineData("He chairs the Economic Community of West African States.", "org:ecowas")]
    [InlineData("Leaders gathered for the Forum on China-Africa Cooperation.", "org:forum-on-china-africa-cooperation")]
    public void Find_BodyTheKnowledgeBaseNamesSo_IsThatBody(string text, string id) =>
        Assert.Contains(Some.Sentence(text).MentionsOf(MentionKind.Organization), m => m.Candidates.SequenceEqual([id]));

    [Fact]
    public void Find_WestBank_IsAPlaceNotABank()
    {
        var s = Some.Sentence("Biden met Abbas in Bethlehem in the occupied West Bank.");

        Assert.Empty(s.MentionsOf(MentionKind.Organization));
        Assert.Contains(s.MentionsOf(MentionKind.Place), m => m.Text == "West Bank");
    }

    [Theory]
    [InlineData("The two leaders held talks at the Prime Minister's Office in Tokyo on Thursday.", "Prime Minister's Office", true)]
    [InlineData("It was his turn to come back to the Office of the President.", "Office of the President", true)]
    [InlineData("According to the Office of the President, the talks covered trade.", "Office of the President", false)]
    [InlineData("A release from the Prime Minister's Office said the talks covered trade.", "Prime Minister's Office", false)]
    [InlineData("The bill went to the House of Representatives on Friday.", "House of Representatives", false)]
    public void Find_OfficeWhereLeadersMeet_IsAPlaceAndTheBodyElsewhere(string text, string name, bool place)
    {
        var s = Some.Sentence(text);

        Assert.Equal(place, s.MentionsOf(MentionKind.Place).Any(m => m.Text == name));
        Assert.Equal(!place, Named(text).Contains(name));
    }
}
