namespace RelationsGraph.Benchmarks.Corpus;

/// <summary>The countries of the synthetic corpus: real names, demonyms, capitals and office holders of 2023.</summary>
public static class Countries
{
    /// <summary>Every country, in a fixed order (indexes are part of the corpus's determinism).</summary>
    public static IReadOnlyList<CountryProfile> All { get; } =
    [
        new("CN", "China", "People's Republic of China", "Chinese", "Beijing", "President", "Xi Jinping", "Xi", "Wang Yi", "Wang"),
        new("JP", "Japan", "State of Japan", "Japanese", "Tokyo", "Prime Minister", "Fumio Kishida", "Kishida", "Yoko Kamikawa", "Kamikawa"),
        new("US", "United States", "United States of America", "US", "Washington", "President", "Joe Biden", "Biden", "Antony Blinken", "Blinken"),
        new("KR", "South Korea", "Republic of Korea", "South Korean", "Seoul", "President", "Yoon Suk Yeol", "Yoon", "Park Jin", "Park"),
        new("RU", "Russia", "Russian Federation", "Russian", "Moscow", "President", "Vladimir Putin", "Putin", "Sergei Lavrov", "Lavrov"),
        new("IN", "India", "Republic of India", "Indian", "New Delhi", "Prime Minister", "Narendra Modi", "Modi", "Subrahmanyam Jaishankar", "Jaishankar"),
        new("FR", "France", "French Republic", "French", "Paris", "President", "Emmanuel Macron", "Macron", "Catherine Colonna", "Colonna"),
        new("DE", "Germany", "Federal Republic of Germany", "German", "Berlin", "Chancellor", "Olaf Scholz", "Scholz", "Annalena Baerbock", "Baerbock"),
        new("GB", "United Kingdom", "Britain", "British", "London", "Prime Minister", "Rishi Sunak", "Sunak", "James Cleverly", "Cleverly"),
        new("IT", "Italy", "Italian Republic", "Italian", "Rome", "Prime Minister", "Giorgia Meloni", "Meloni", "Antonio Tajani", "Tajani"),
        new("CA", "Canada", "Dominion of Canada", "Canadian", "Ottawa", "Prime Minister", "Justin Trudeau", "Trudeau", "Melanie Joly", "Joly"),
        new("AU", "Australia", "Commonwealth of Australia", "Australian", "Canberra", "Prime Minister", "Anthony Albanese", "Albanese", "Penny Wong", "Wong"),
        new("BR", "Brazil", "Federative Republic of Brazil", "Brazilian", "Brasilia", "President", "Luiz Inacio Lula da Silva", "Lula", "Mauro Vieira", "Vieira"),
        new("ID", "Indonesia", "Republic of Indonesia", "Indonesian", "Jakarta", "President", "Joko Widodo", "Widodo", "Retno Marsudi", "Marsudi"),
        new("VN", "Vietnam", "Socialist Republic of Vietnam", "Vietnamese", "Hanoi", "President", "Vo Van Thuong", "Thuong", "Bui Thanh Son", "Son"),
        new("PH", "Philippines", "Republic of the Philippines", "Philippine", "Manila", "President", "Ferdinand Marcos Jr.", "Marcos", "Enrique Manalo", "Manalo"),
        new("SG", "Singapore", "Republic of Singapore", "Singaporean", "Singapore", "Prime Minister", "Lee Hsien Loong", "Lee", "Vivian Balakrishnan", "Balakrishnan"),
        new("ZA", "South Africa", "Republic of South Africa", "South African", "Pretoria", "President", "Cyril Ramaphosa", "Ramaphosa", "Naledi Pandor", "Pandor"),
        new("EG", "Egypt", "Arab Republic of Egypt", "Egyptian", "Cairo", "President", "Abdel Fattah al-Sisi", "Sisi", "Sameh Shoukry", "Shoukry"),
        new("SA", "Saudi Arabia", "Kingdom of Saudi Arabia", "Saudi", "Riyadh", "Crown Prince", "Mohammed bin Salman", "Mohammed", "Faisal bin Farhan", "Faisal"),
        new("TR", "Turkiye", "Republic of Turkiye", "Turkish", "Ankara", "President", "Recep Tayyip Erdogan", "Erdogan", "Hakan Fidan", "Fidan"),
        new("MX", "Mexico", "United Mexican States", "Mexican", "Mexico City", "President", "Andres Manuel Lopez Obrador", "Lopez Obrador", "Alicia Barcena", "Barcena"),
        new("NZ", "New Zealand", "Aotearoa", "New Zealand", "Wellington", "Prime Minister", "Chris Hipkins", "Hipkins", "Nanaia Mahuta", "Mahuta"),
        new("TH", "Thailand", "Kingdom of Thailand", "Thai", "Bangkok", "Prime Minister", "Srettha Thavisin", "Srettha", "Parnpree Bahiddha-Nukara", "Parnpree"),
        new("MY", "Malaysia", "Federation of Malaysia", "Malaysian", "Kuala Lumpur", "Prime Minister", "Anwar Ibrahim", "Anwar", "Zambry Abdul Kadir", "Zambry"),
        new("KZ", "Kazakhstan", "Republic of Kazakhstan", "Kazakh", "Astana", "President", "Kassym-Jomart Tokayev", "Tokayev", "Murat Nurtleu", "Nurtleu"),
        new("PK", "Pakistan", "Islamic Republic of Pakistan", "Pakistani", "Islamabad", "Prime Minister", "Shehbaz Sharif", "Sharif", "Bilawal Bhutto Zardari", "Bhutto Zardari"),
        new("NG", "Nigeria", "Federal Republic of Nigeria", "Nigerian", "Abuja", "President", "Bola Tinubu", "Tinubu", "Yusuf Tuggar", "Tuggar"),
        new("AR", "Argentina", "Argentine Republic", "Argentine", "Buenos Aires", "President", "Alberto Fernandez", "Fernandez", "Santiago Cafiero", "Cafiero"),
        new("CL", "Chile", "Republic of Chile", "Chilean", "Santiago", "President", "Gabriel Boric", "Boric", "Alberto van Klaveren", "van Klaveren"),
    ];

    /// <summary>The country with <paramref name="iso2"/>.</summary>
    /// <exception cref="KeyNotFoundException">The table has no such country.</exception>
    public static CountryProfile Get(string iso2)
    {
        foreach (var country in All)
        {
            if (country.Iso2 == iso2)
            {
                return country;
            }
        }

        throw new KeyNotFoundException($"No country {iso2} in the synthetic table.");
    }
}
