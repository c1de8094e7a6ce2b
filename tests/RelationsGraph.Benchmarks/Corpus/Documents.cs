namespace RelationsGraph.Benchmarks.Corpus;

/// <summary>The political documents of the synthetic corpus: real titles, parties and dates.</summary>
public static class Documents
{
    private const string ChinaJapanGroup = "the four political documents";
    private const string ChinaUsGroup = "the three China-US joint communiques";

    /// <summary>Every document, oldest first within each pair (copy cites earlier documents of the same pair).</summary>
    public static IReadOnlyList<DocumentProfile> All { get; } =
    [
        new("Joint Communique of the Government of Japan and the Government of the People's Republic of China", "China-Japan Joint Statement", "CN", "JP", new(1972, 9, 29), DocumentKind.JointCommunique, ChinaJapanGroup),
        new("Treaty of Peace and Friendship between Japan and the People's Republic of China", "China-Japan Treaty of Peace and Friendship", "CN", "JP", new(1978, 8, 12), DocumentKind.Treaty, ChinaJapanGroup),
        new("Japan-China Joint Declaration on Building a Partnership of Friendship and Cooperation for Peace and Development", "China-Japan Joint Declaration", "CN", "JP", new(1998, 11, 26), DocumentKind.JointDeclaration, ChinaJapanGroup),
        new("Joint Statement between the Government of Japan and the Government of the People's Republic of China on Comprehensive Promotion of a Mutually Beneficial Relationship Based on Common Strategic Interests", "2008 China-Japan Joint Statement", "CN", "JP", new(2008, 5, 7), DocumentKind.JointStatement, ChinaJapanGroup),
        new("Joint Communique of the United States of America and the People's Republic of China", "Shanghai Communique", "CN", "US", new(1972, 2, 28), DocumentKind.JointCommunique, ChinaUsGroup),
        new("Joint Communique on the Establishment of Diplomatic Relations between the United States of America and the People's Republic of China", "Joint Communique on the Establishment of Diplomatic Relations", "CN", "US", new(1979, 1, 1), DocumentKind.JointCommunique, ChinaUsGroup),
        new("United States-China Joint Communique on United States Arms Sales to Taiwan", "August 17 Communique", "CN", "US", new(1982, 8, 17), DocumentKind.JointCommunique, ChinaUsGroup),
        new("Treaty on Basic Relations between Japan and the Republic of Korea", "Japan-South Korea Basic Relations Treaty", "JP", "KR", new(1965, 6, 22), DocumentKind.Treaty, null),
        new("Japan-Republic of Korea Joint Declaration: A New Japan-Republic of Korea Partnership towards the Twenty-first Century", "Japan-South Korea Joint Declaration", "JP", "KR", new(1998, 10, 8), DocumentKind.JointDeclaration, null),
        new("Treaty of Mutual Cooperation and Security between Japan and the United States of America", "Japan-US Security Treaty", "JP", "US", new(1960, 1, 19), DocumentKind.Treaty, null),
        new("Treaty of Good-Neighborliness and Friendly Cooperation between the People's Republic of China and the Russian Federation", "China-Russia Treaty of Good-Neighborliness and Friendly Cooperation", "CN", "RU", new(2001, 7, 16), DocumentKind.Treaty, null),
        new("Treaty between the French Republic and the Federal Republic of Germany on French-German Cooperation", "Elysee Treaty", "FR", "DE", new(1963, 1, 22), DocumentKind.Treaty, null),
        new("Treaty between the French Republic and the Federal Republic of Germany on Franco-German Cooperation and Integration", "Treaty of Aachen", "FR", "DE", new(2019, 1, 22), DocumentKind.Treaty, null),
        new("Agreement on Trade and Intercourse between the Tibet Region of China and India", "Panchsheel Agreement", "CN", "IN", new(1954, 4, 29), DocumentKind.Agreement, null),
        new("Atlantic Charter", "Atlantic Charter", "US", "GB", new(1941, 8, 14), DocumentKind.Charter, null),
        new("Security Treaty between Australia, New Zealand and the United States of America", "ANZUS Treaty", "AU", "US", new(1951, 9, 1), DocumentKind.Treaty, null),
        new("Mutual Defense Treaty between the United States and the Republic of Korea", "US-South Korea Mutual Defense Treaty", "US", "KR", new(1953, 10, 1), DocumentKind.Treaty, null),
        new("Mutual Defense Treaty between the Republic of the Philippines and the United States of America", "US-Philippines Mutual Defense Treaty", "US", "PH", new(1951, 8, 30), DocumentKind.Treaty, null),
    ];

    /// <summary>The documents between <paramref name="first"/> and <paramref name="second"/> (in either order), oldest first.</summary>
    public static IReadOnlyList<DocumentProfile> Between(string first, string second) =>
        [.. All.Where(d => (d.First == first && d.Second == second) || (d.First == second && d.Second == first))];
}
