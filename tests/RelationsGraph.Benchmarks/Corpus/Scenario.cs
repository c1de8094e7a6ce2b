using RelationsGraph.Benchmarks.Randomness;

namespace RelationsGraph.Benchmarks.Corpus;

/// <summary>What one article reports: who met whom, where, when, at which summit, and which documents the pair has.</summary>
internal sealed record Scenario(
    CountryProfile Host,
    CountryProfile Guest,
    ScenarioKind Kind,
    SummitSeries? Summit,
    string City,
    string CityCountry,
    DateOnly Date,
    IReadOnlyList<DocumentProfile> PairDocuments)
{
    private static readonly DateOnly FirstDay = new(2022, 1, 1);
    private const int Days = 3 * 365;

    /// <summary>Draws a scenario; pairs that have documents are preferred, so that citations are common, as in real copy.</summary>
    public static Scenario Draw(Pcg32 random)
    {
        CountryProfile host, guest;
        if (random.Chance(60))
        {
            var document = random.Pick(Documents.All);
            (host, guest) = random.Chance(50)
                ? (Countries.Get(document.First), Countries.Get(document.Second))
                : (Countries.Get(document.Second), Countries.Get(document.First));
        }
        else
        {
            host = random.Pick(Countries.All);
            do
            {
                guest = random.Pick(Countries.All);
            }
            while (guest == host);
        }

        var date = FirstDay.AddDays(random.Next(Days));
        var summits = SummitSeries.All.Where(s => s.Members.Contains(host.Iso2) && s.Members.Contains(guest.Iso2)).ToList();
        var kind = (ScenarioKind)random.Next(4);
        SummitSeries? summit = null;
        string city, cityCountry;
        if (kind == ScenarioKind.Sidelines && summits.Count > 0)
        {
            summit = random.Pick(summits);
            var venueCountry = random.Pick(summit.Members);
            var cities = Places.In(venueCountry);
            (city, cityCountry) = cities.Count > 0 ? (random.Pick(cities), venueCountry) : (host.Capital, host.Iso2);
        }
        else
        {
            kind = kind == ScenarioKind.Sidelines ? ScenarioKind.Visit : kind;
            (city, cityCountry) = (host.Capital, host.Iso2);
        }

        return new Scenario(host, guest, kind, summit, city, cityCountry, date, Documents.Between(host.Iso2, guest.Iso2));
    }
}
