using RelationsGraph.Extraction.Mentions;
using RelationsGraph.Extraction.Tests.Support;

namespace RelationsGraph.Extraction.Tests.Mentions;

public sealed class AdministrativeAreaPatternTests
{
    private static Mention[] Places(string text) => [.. Some.Sentence(text).MentionsOf(MentionKind.Place)];

    [Theory]
    [InlineData("The treaty covers the Senkaku Islands in Okinawa Prefecture.", "Okinawa Prefecture", "Okinawa")]
    [InlineData("Fighting raged around Bakhmut in Donetsk Oblast.", "Donetsk Oblast", "Donetsk Oblast")]
    [InlineData("Xi toured a factory in Guangdong province on Friday.", "Guangdong province", "Guangdong")]
    [InlineData("He visited the town of Bucha in the Kyiv region.", "Kyiv region", "Kyiv region")]
    [InlineData("The plant is being built in Mersin Province on the coast.", "Mersin Province", "Mersin Province")]
    [InlineData("The leaders met at a cosmodrome in the Amur Region of Russia.", "Amur Region", "Amur Region")]
    [InlineData("The port lies in Kamchatka Krai on the Pacific coast.", "Kamchatka Krai", "Kamchatka Krai")]
    [InlineData("The factory stands in Giza Governorate near the capital.", "Giza Governorate", "Giza Governorate")]
    public void Find_PlaceAndItsAreaWord_IsOnePlaceNamedAsWritten(string text, string written, string candidate)
    {
        var place = Assert.Single(Places(text), m => m.Text == written);

        Assert.Equal([candidate], place.Candidates);
    }

    [Theory]
    [InlineData("Officials from Guangdong Province Development Bank attended.")]
    [InlineData("The Province of Quebec sent a delegation.")]
    [InlineData("Leaders met in the region on Friday.")]
    [InlineData("The Asian leaders met in Province Hall on Friday.")]
    [InlineData("Smith Province officials attended the talks.")]
    [InlineData("The Smith Province officials attended the talks.")]
    public void Find_AreaWordBeforeMoreOfANameOrWithoutAPlace_MakesNoArea(string text) =>
        Assert.DoesNotContain(Places(text), m => m.Text.EndsWith("Province", StringComparison.Ordinal) || m.Text.EndsWith("region", StringComparison.Ordinal));

    [Fact]
    public void Find_CityWithoutAnAreaWord_StaysTheCity() =>
        Assert.Equal(["Donetsk"], Places("Russian forces shelled Donetsk overnight.").Select(m => m.Text));

    [Theory]
    [InlineData("Modi met Biden at his home in Greenville, Delaware, on Saturday.", "Greenville")]
    [InlineData("The summit took place in El Paso, Texas.", "El Paso")]
    [InlineData("Kim's train arrived in Vostochny Cosmodrome, Russia on Wednesday.", "Vostochny Cosmodrome")]
    public void FindTowns_UnknownTownPlacedInAKnownRegionOrCountry_IsAPlaceNamedAsWritten(string text, string town)
    {
        var place = Assert.Single(Places(text), m => m.Text == town);

        Assert.Equal([town], place.Candidates);
    }

    [Theory]
    [InlineData("Macron awarded Modi the Grand Cross of the Legion of Honour, France's highest distinction.")]
    [InlineData("The leaders met in May, Japan's officials said.")]
    [InlineData("They travelled to Greenville, Delaware and Maryland.")]
    [InlineData("They travelled to Greenville, Delaware's second city.")]
    [InlineData("Modi received the Grand Cross of the Legion of Honour, France said.")]
    [InlineData("They travelled to Greenville, Delaware Avenue being closed.")]
    [InlineData("Talks in Greenville, Springfield and Salem ended.")]
    public void FindTowns_WordsThatPlaceNoTown_AddNoPlace(string text) =>
        Assert.DoesNotContain(Places(text), m => m.Candidates.Count == 1 && m.Candidates[0] == m.Text && m.Text is "Honour" or "May" or "Greenville");

    [Theory]
    [InlineData("The treaty was signed in the north-eastern French city of Nancy by the two leaders.", "Nancy")]
    [InlineData("The leaders met in the Bulgarian port of Varna on Friday.", "Varna")]
    [InlineData("He later flew to the coastal town of Ħal Far to meet migrants.", "Ħal Far")]
    public void FindTowns_NameAfterAWordOfSettlement_IsAPlaceNamedAsWritten(string text, string town)
    {
        var place = Assert.Single(Places(text), m => m.Text == town);

        Assert.Equal([town], place.Candidates);
    }

    [Theory]
    [InlineData("The City of London Corporation hosted the dinner.")]
    [InlineData("Paris is a city of Light and Culture, he said.")]
    [InlineData("He praised the city of light at the dinner.")]
    public void FindTowns_WordOfSettlementWithoutTheOrBeforeNoName_AddsNoPlace(string text) =>
        Assert.DoesNotContain(Places(text), m => m.Text is "London Corporation" or "Light" or "Light and Culture");
}
