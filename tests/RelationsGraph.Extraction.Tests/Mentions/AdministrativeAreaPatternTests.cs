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
}
