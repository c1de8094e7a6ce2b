using RelationsGraph.Extraction.Mentions;
using RelationsGraph.Extraction.Tests.Support;

namespace RelationsGraph.Extraction.Tests.Mentions;

public sealed class GatheringPatternTests
{
    private static Mention[] Gatherings(string text) =>
        [.. Some.Sentence(text).MentionsOf(MentionKind.Series).Where(m => m.Head == "gathering")];

    [Theory]
    [InlineData("Srettha was in Beijing for the third Belt and Road Forum for International Cooperation, held this week.", "third Belt and Road Forum for International Cooperation", 3)]
    [InlineData("Xi secured a third term at the 20th National Congress of the Communist Party of China.", "20th National Congress of the Communist Party of China", 20)]
    [InlineData("Lopez Obrador stayed away from the Summit of the Americas in June.", "Summit of the Americas", null)]
    [InlineData("Albanese attended the opening of the sixth China International Import Expo (CIIE) on Sunday.", "sixth China International Import Expo (CIIE)", 6)]
    [InlineData("Sisi came to the India-Africa Forum Summit in New Delhi.", "India-Africa Forum Summit", null)]
    [InlineData("Anwar attended the Boao Forum for Asia Annual Conference 2023 in Hainan.", "Boao Forum for Asia Annual Conference 2023", null)]
    [InlineData("Lee addressed the Boao Forum for Asia annual conference on Thursday.", "Boao Forum for Asia annual conference", null)]
    [InlineData("Marcos flew to Melbourne for the Asean-Australia Special Summit.", "Asean-Australia Special Summit", null)]
    [InlineData("Ministers met at the Munich Security Conference.", "Munich Security Conference", null)]
    [InlineData("Mnangagwa met Putin on the sidelines of the second Russia-Africa Summit in St Petersburg.", "second Russia-Africa Summit", 2)]
    [InlineData("The first Russia-Africa Summit was held in Sochi in 2019.", "first Russia-Africa Summit", 1)]
    [InlineData("Lavrov said Moscow would host the second Russia-Africa summit next year.", "second Russia-Africa summit", 2)]
    [InlineData("The tour follows the eighth Tokyo International Conference on African Development (TICAD 8), held in Tunis.",
        "eighth Tokyo International Conference on African Development (TICAD 8)", 8)]
    public void Find_CapitalisedNameEndingInAGatheringNoun_IsANamedGathering(string text, string name, int? ordinal)
    {
        var gathering = Assert.Single(Gatherings(text));

        Assert.Equal(name, gathering.Name);
        Assert.Equal(ordinal, gathering.Ordinal);
        Assert.Empty(gathering.Candidates);
    }

    [Theory]
    [InlineData("Delegates of the National People's Congress voted.")] // the body, not a session
    [InlineData("Kishida addressed a joint session of the Philippine Congress.")]
    [InlineData("Kishida and Yoon held the first Japan-South Korea Summit in 12 years.")] // the leaders' meeting
    [InlineData("The Seoul Trilateral Summit ended with a joint declaration.")]
    [InlineData("The leaders spoke at the Forum on Friday.")] // a head alone
    [InlineData("He spoke at the Boao Forum for Asia on Thursday.")] // an organization the knowledge base knows stays one
    [InlineData("The two sides announced it at a Joint Press Conference.")]
    [InlineData("Leaders gathered for the 18th G20 Summit in New Delhi.")] // an organization's edition
    [InlineData("The talks took place at the Lithuanian Exhibition and Conference Center.")] // a venue's name
    public void Find_BodyMeetingOrLoneNoun_IsNoGathering(string text) =>
        Assert.Empty(Gatherings(text));

    [Theory]
    [InlineData("Albanese will attend the COP28 climate conference in Dubai.", "COP28", 28, "the COP28 climate conference")]
    [InlineData("The UAE will host Cop28, the UN climate summit, at Expo City Dubai.", "Cop28", 28, "Cop28")]
    [InlineData("Leaders meet at COP 29 in Baku next week.", "COP 29", 29, "COP 29")]
    [InlineData("Brazil hosts the COP30 summit in Belem.", "COP30", 30, "the COP30 summit")]
    [InlineData("Belem will host the COP30 United Nations climate conference in November 2025.", "COP30", 30, "the COP30 United Nations climate conference")]
    [InlineData("Leaders flew to the COP29 UN climate summit in Baku.", "COP29", 29, "the COP29 UN climate summit")]
    public void Find_ClimateConferenceByItsNumber_IsANumberedGathering(string text, string name, int number, string written)
    {
        var gathering = Assert.Single(Gatherings(text));

        Assert.Equal(name, gathering.Name);
        Assert.Equal(number, gathering.Ordinal);
        Assert.Equal(written, gathering.Text);
    }

    [Theory]
    [InlineData("He was treated for COPD last year.")]
    [InlineData("The talks in Copenhagen ended on Friday.")]
    [InlineData("A cop 2 blocks away saw it.")]
    [InlineData("The COP100 figure is a code.")]
    public void Find_WordThatOnlyStartsLikeAClimateConference_IsNoGathering(string text) =>
        Assert.Empty(Gatherings(text));

    [Fact]
    public void Find_AcronymInBracketsBeforeTheHead_IsPartOfTheNameWrittenAndLeftOutOfItsName()
    {
        var gathering = Assert.Single(Gatherings("He flew into Kunming to attend the eighth Greater Mekong Subregion (GMS) Summit on Wednesday."));

        Assert.Equal("the eighth Greater Mekong Subregion (GMS) Summit", gathering.Text);
        Assert.Equal("eighth Greater Mekong Subregion Summit", gathering.Name);
        Assert.Equal(8, gathering.Ordinal);
        Assert.Contains("GMS Summit", gathering.Variants);
    }

    [Fact]
    public void Find_SummitNamedForAPact_IsTheGatheringNotADocument()
    {
        var sentence = Some.Sentence("Lula was in Paris in June 2023 for the Summit for a New Global Financing Pact organized by Macron.");

        Assert.Equal("Summit for a New Global Financing Pact", Assert.Single(Gatherings(sentence.Sentence.Text)).Name);
        Assert.Empty(sentence.MentionsOf(MentionKind.Document));
    }

    [Fact]
    public void Find_PhraseAfterTheHead_StopsAtTheNextName()
    {
        var gathering = Assert.Single(Gatherings("Xi will attend the Riyadh Gulf-China Summit for Cooperation and Development and the Riyadh Arab-China Summit on Friday."), g => g.Name!.StartsWith("Riyadh Gulf", StringComparison.Ordinal));

        Assert.Equal("Riyadh Gulf-China Summit for Cooperation and Development", gathering.Name);
    }
}
