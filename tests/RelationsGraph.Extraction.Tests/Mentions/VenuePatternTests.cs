using RelationsGraph.Extraction.Mentions;
using RelationsGraph.Extraction.Tests.Support;

namespace RelationsGraph.Extraction.Tests.Mentions;

public sealed class VenuePatternTests
{
    private static string[] Places(string text) => Some.MentionTexts(text, MentionKind.Place);

    [Theory]
    [InlineData("The two leaders met at Admiralty House on Wednesday.", "Admiralty House")]
    [InlineData("Modi received Kishida at Hyderabad House.", "Hyderabad House")]
    [InlineData("He laid a wreath at the State War Memorial before the talks.", "State War Memorial")]
    [InlineData("Modi addressed a crowd at Qudos Bank Arena.", "Qudos Bank Arena")]
    [InlineData("Biden hosted a state dinner in the East Room on Wednesday.", "East Room")]
    [InlineData("The session was held at the OR Tambo Building in Pretoria.", "OR Tambo Building")]
    [InlineData("Modi drove to Rweru Model Village on Tuesday afternoon.", "Rweru Model Village")]
    [InlineData("The two leaders met in Kananaskis, Canada, in June.", "Kananaskis")]
    [InlineData("Xi and Putin last met in Samarkand, Uzbekistan, in September.", "Samarkand")]
    [InlineData("The leaders met in Avaza, Turkmenistan, in August.", "Avaza")]
    [InlineData("Ishiba and Lee held talks at the prime minister's office in Tokyo.", "prime minister's office")]
    [InlineData("Yoon hosted Li at the presidential office in Yongsan.", "presidential office")]
    [InlineData("The two leaders met at the new presidential office in Yongsan District.", "new presidential office")]
    [InlineData("Yoon hosted a state dinner for Biden at the National Museum of Korea in Yongsan.", "National Museum of Korea")]
    [InlineData("Putin greeted Kim at the Vostochny Cosmodrome on Wednesday.", "Vostochny Cosmodrome")]
    [InlineData("Biden landed at Osan Air Base on Friday.", "Osan Air Base")]
    [InlineData("The two leaders dined near the Eiffel Tower.", "Eiffel Tower")]
    [InlineData("The talks were held at the Palace of Serbia on Wednesday.", "Palace of Serbia")]
    [InlineData("The Greek premier was received at the Presidential Complex in the Turkish capital.", "Presidential Complex")]
    [InlineData("Mitsotakis met Erdogan at the Maximos Mansion, the official seat of the Greek prime minister.", "Maximos Mansion")]
    [InlineData("Zelensky and Scholz held talks at the Federal Chancellery on Friday.", "Federal Chancellery")]
    [InlineData("Modi inaugurated an exhibition at the India Pavilion in Dubai.", "India Pavilion")]
    public void Find_NamedVenueAfterAWordOfPlace_IsAPlace(string text, string venue) =>
        Assert.Contains(venue, Places(text));

    [Theory]
    [InlineData("Carrick House was built in 1843.")]
    [InlineData("They met at the house of a friend.")]
    [InlineData("The talks at Parliament went on for hours.")]
    [InlineData("Officials in Japan, China and Korea welcomed the plan.")]
    [InlineData("He returned to the office on Monday.")]
    [InlineData("The talks were held at the Palace on Wednesday.")]
    [InlineData("The talks were held at the Palace of Culture on Wednesday.")]
    public void Find_NoWordOfPlaceOrNoVenueNoun_IsNoVenue(string text) =>
        Assert.Empty(Places(text));

    [Theory]
    [InlineData("Speaking from the esplanade of the Palais du Peuple, the King told the crowd ...", "Palais du Peuple")]
    [InlineData("The King met Tshisekedi at the Palais de la Nation, the president's residence.", "Palais de la Nation")]
    [InlineData("Mulino received Rubio at the Palacio de las Garzas on Sunday.", "Palacio de las Garzas")]
    [InlineData("Meloni hosted the talks at Palazzo Chigi.", "Palazzo Chigi")]
    [InlineData("The leaders gathered at Schloss Elmau in Bavaria.", "Schloss Elmau")]
    [InlineData("Mattarella received Tebboune at Villa Doria Pamphilj.", "Villa Doria Pamphilj")]
    public void Find_NameThatOpensWithItsVenueNoun_IsAPlace(string text, string venue) =>
        Assert.Contains(venue, Places(text));

    [Theory]
    [InlineData("Villa Park hosted the match.")]
    [InlineData("The remarks were posted, according to Casa Presidencial.")]
    [InlineData("The leaders met on the Plaza.")]
    public void Find_EnglishVenueNounOpeningANameWithoutAWordOfPlace_IsNoPlace(string text) =>
        Assert.Empty(Places(text));

    [Fact]
    public void Find_VenueTheLexiconKnows_IsLeftToTheLexicon() =>
        Assert.Equal(["White House"], Places("Biden welcomed Kishida at the White House."));

    [Theory]
    [InlineData("Xi received Modi on Friday at the Hubei Provincial Museum.", "Hubei Provincial Museum")]
    [InlineData("Putin greeted Kim at the Beijing Capital Airport.", "Beijing Capital Airport")]
    public void Find_VenueWhoseNameOpensWithAPlace_IsTheVenue(string text, string venue) =>
        Assert.Contains(venue, Places(text));

    [Fact]
    public void Find_SeatWhoseNameIsAPlaceBeforeALowerCaseNoun_IsLeftToThePlace() =>
        Assert.DoesNotContain("Akorda presidential residence", Places("Tokayev welcomed Xi at the Akorda presidential residence."));

    [Theory]
    [InlineData("Milei received Macron at the Quinta de Olivos, the presidential residence on the outskirts of Buenos Aires.", "Quinta de Olivos")]
    [InlineData("Xi received Meloni at the Diaoyutai, the state guesthouse long used for important visitors.", "Diaoyutai")]
    [InlineData("The G7 leaders will meet at the Catshuis, the prime minister's official residence, on Monday.", "Catshuis")]
    public void Find_NameThatACommaAndASeatsDescriptionFollow_IsAVenue(string text, string venue) =>
        Assert.Contains(venue, Places(text));

    [Theory]
    [InlineData("Milei received Macron at the Quinta Verde, and the two men talked for hours.")]
    [InlineData("Milei spoke at the Mercosur Council, the bloc's top body, on Friday.")]
    public void Find_NameThatNoSeatsDescriptionFollows_IsNoVenue(string text) =>
        Assert.DoesNotContain(Places(text), p => p.StartsWith("Quinta", StringComparison.Ordinal) || p.StartsWith("Mercosur", StringComparison.Ordinal));

    [Fact]
    public void Find_VenueNamedAfterACityElsewhere_IsOnlyTheVenue() =>
        Assert.Equal(["Belém Palace"], Places("The two presidents then held a meeting at Belém Palace in Lisbon.").Where(p => p != "Lisbon"));
}
