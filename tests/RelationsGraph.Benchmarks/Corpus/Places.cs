namespace RelationsGraph.Benchmarks.Corpus;

/// <summary>Cities that host talks and summits, with the country each lies in.</summary>
public static class Places
{
    /// <summary>(city, ISO code of its country), in a fixed order.</summary>
    public static IReadOnlyList<(string City, string Iso2)> All { get; } =
    [
        ("San Francisco", "US"), ("Washington", "US"), ("New York", "US"), ("Beijing", "CN"), ("Shanghai", "CN"),
        ("Tokyo", "JP"), ("Hiroshima", "JP"), ("Osaka", "JP"), ("Seoul", "KR"), ("Busan", "KR"), ("Moscow", "RU"),
        ("New Delhi", "IN"), ("Paris", "FR"), ("Berlin", "DE"), ("London", "GB"), ("Rome", "IT"), ("Ottawa", "CA"),
        ("Canberra", "AU"), ("Sydney", "AU"), ("Brasilia", "BR"), ("Rio de Janeiro", "BR"), ("Jakarta", "ID"), ("Bali", "ID"),
        ("Hanoi", "VN"), ("Manila", "PH"), ("Singapore", "SG"), ("Johannesburg", "ZA"), ("Cairo", "EG"), ("Riyadh", "SA"),
        ("Ankara", "TR"), ("Mexico City", "MX"), ("Wellington", "NZ"), ("Bangkok", "TH"), ("Kuala Lumpur", "MY"),
        ("Astana", "KZ"), ("Islamabad", "PK"), ("Abuja", "NG"), ("Buenos Aires", "AR"), ("Santiago", "CL"),
    ];

    /// <summary>The cities of <paramref name="iso2"/>.</summary>
    public static IReadOnlyList<string> In(string iso2) => [.. All.Where(p => p.Iso2 == iso2).Select(p => p.City)];
}
