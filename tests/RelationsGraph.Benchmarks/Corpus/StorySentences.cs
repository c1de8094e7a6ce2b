using System.Globalization;
using RelationsGraph.Benchmarks.Randomness;

namespace RelationsGraph.Benchmarks.Corpus;

/// <summary>The sentences of a story about a <see cref="Scenario"/>, in the genre's patterns.</summary>
internal sealed class StorySentences(Scenario scenario, Pcg32 random)
{
    private readonly HashSet<string> used = new(StringComparer.Ordinal);

    private CountryProfile A => scenario.Host;

    private CountryProfile B => scenario.Guest;

    private bool Ministers => scenario.Kind == ScenarioKind.Ministers;

    private string NameA => Ministers ? A.MinisterSurname : A.LeaderSurname;

    private string NameB => Ministers ? B.MinisterSurname : B.LeaderSurname;

    /// <summary>The lead: who met whom, when, where; <paramref name="dateline"/> opens it.</summary>
    public string Lead(string dateline)
    {
        var weekday = English.Weekday(scenario.Date);
        string a = Full(A), b = Full(B);
        return scenario.Kind switch
        {
            ScenarioKind.Sidelines => random.Chance(50)
                ? $"{dateline}{a} met {b} on {weekday} on the sidelines of the {SummitName()} in {scenario.City}."
                : $"{dateline}{a} held talks with {b} here on {weekday} afternoon, on the sidelines of the {SummitName()}.",
            ScenarioKind.Visit => $"{dateline}{a} held talks with visiting {b} in {scenario.City} on {weekday}, the first such visit in several years.",
            ScenarioKind.Call => $"{dateline}{a} spoke by phone with {b} on {weekday}, as both sides sought to keep up the momentum of recent exchanges.",
            _ => $"{dateline}{a} met {b} in {scenario.City} on {weekday} to prepare for a meeting of the two countries' leaders later this year.",
        };
    }

    /// <summary>One body sentence, drawn from the genre's patterns, avoiding sentences the story already has.</summary>
    public string Next()
    {
        var sentence = Draw();
        for (var attempt = 0; attempt < 8 && !used.Add(sentence); attempt++)
        {
            sentence = Draw();
        }

        return sentence;
    }

    private string Draw()
    {
        switch (random.Next(12))
        {
            case 0 when Group() is { } group:
                return $"The two {Side()} reaffirmed the principles established in {group} between {The(A)} and {The(B)}, and agreed to keep relations on the right course.";
            case 1 when scenario.PairDocuments.Count > 0:
                return $"{NameA} said both sides should abide by the principles enshrined in the {random.Pick(scenario.PairDocuments).Reference}, which {(random.Chance(50) ? "remain" : "remains")} the political foundation of the relationship.";
            case 2 when scenario.PairDocuments.Count > 0:
                return $"{NameB} said {B.Name}'s position on {random.Pick(Phrases.Topics)}, as stated in the {random.Pick(scenario.PairDocuments).Reference}, remains unchanged.";
            case 3 when Treaty() is { } treaty && scenario.Date.Year > treaty.SignedOn.Year:
                return $"This year marks the {English.Ordinal(scenario.Date.Year - treaty.SignedOn.Year)} anniversary of the signing of the {treaty.Reference}, {NameA} noted, calling it a milestone in the history of bilateral relations.";
            case 4 when scenario.PairDocuments.Count > 0:
                var document = random.Pick(scenario.PairDocuments);
                return $"{NameA} and {NameB} recalled the {document.Reference}, signed in {document.SignedOn.Year.ToString(CultureInfo.InvariantCulture)}, and pledged to uphold its spirit.";
            case 5:
                return $"The two sides exchanged views on {random.Pick(Phrases.Topics)} and {random.Pick(Phrases.Topics)}, according to the {A.Demonym} side.";
            case 6:
                return $"For his part, {NameB} said {The(B)} is ready to work with {The(A)} to deepen cooperation in fields including {random.Pick(Phrases.Areas)}, {random.Pick(Phrases.Areas)} and {random.Pick(Phrases.Areas)}.";
            case 7:
                return $"{NameA} urged {The(B)} to handle {random.Pick(Phrases.Topics)} properly and to take the concerns of the {A.Demonym} side seriously.";
            case 8 when scenario.Summit is { } summit:
                return $"Both countries are members of the {summit.Organization} ({summit.Acronym}), whose leaders gathered in {scenario.City} this week.";
            case 9:
                return $"The two {Side()} agreed to hold a new round of the {A.Name}-{B.Name} High-Level Economic Dialogue and to maintain communication through various channels.";
            case 10:
                return $"{A.Capital} and {B.Capital} have stepped up exchanges this year, and officials in both capitals described the talks as {(random.Chance(50) ? "productive" : "frank and in-depth")}.";
            default:
                return random.Pick(Phrases.Fillers);
        }
    }

    /// <summary>A headline: "Xi meets Japanese PM Kishida in San Francisco".</summary>
    public string Headline() => scenario.Kind == ScenarioKind.Call
        ? $"{NameA}, {NameB} hold phone talks on bilateral ties"
        : $"{NameA} meets {B.Demonym} {Abbreviate(Ministers ? "FM" : B.LeaderTitle)} {NameB} in {scenario.City}";

    /// <summary>A photo caption, as pages repeat it around the story.</summary>
    public string Caption(string outlet) =>
        $"{(Ministers ? A.Minister : A.Leader)} and {(Ministers ? B.Minister : B.Leader)} shake hands ahead of their talks in {scenario.City}, {Countries.Get(scenario.CityCountry).Name}, {English.LongDate(scenario.Date)}. [Photo/{outlet}]";

    private string Full(CountryProfile country) => Ministers
        ? $"{country.Demonym} Foreign Minister {country.Minister}"
        : $"{country.Demonym} {country.LeaderTitle} {country.Leader}";

    private string Side() => Ministers ? "ministers" : "leaders";

    private string SummitName() => $"{English.Ordinal(scenario.Summit!.OrdinalIn(scenario.Date.Year))} {scenario.Summit.Meeting}";

    private string? Group() => scenario.PairDocuments.FirstOrDefault(d => d.Group is not null)?.Group;

    private DocumentProfile? Treaty() => scenario.PairDocuments.FirstOrDefault(d => d.IsTreaty);

    private static string The(CountryProfile country) =>
        country.Name is "United States" or "United Kingdom" or "Philippines" ? "the " + country.Name : country.Name;

    private static string Abbreviate(string title) => title == "Prime Minister" ? "PM" : title;
}
