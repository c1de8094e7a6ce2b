using static RelationsGraph.Tests.Support.ReferenceArticle;

namespace RelationsGraph.Tests.Support;

/// <summary>
/// The China–Japan reference graph, built by hand from shared/facts/china-japan-2023-meeting.md: the Xi–Kishida
/// meeting of 16 November 2023 in San Francisco on the sidelines of the 30th APEC Economic Leaders' Meeting, the
/// four political documents with their dates, signatories and citations, and the 45th anniversary of the 1978 treaty.
/// Article facts quote <see cref="ReferenceArticle"/>; the rest comes from the knowledge base.
/// </summary>
public static class ReferenceGraphs
{
    public const string Meeting = "event:xi-kishida-meeting-2023-11-16";
    public const string Apec = "event:apec-economic-leaders-meeting-2023";
    public const string Communique1972 = "doc:china-japan-joint-communique-1972";
    public const string Treaty1978 = "treaty:china-japan-treaty-of-peace-and-friendship";
    public const string Declaration1998 = "doc:china-japan-joint-declaration-1998";
    public const string Statement2008 = "doc:china-japan-joint-statement-2008";
    public const string Xi = "leader:xi-jinping";
    public const string Kishida = "leader:fumio-kishida";

    /// <summary>A new copy of the reference graph.</summary>
    public static KnowledgeGraph ChinaJapan()
    {
        var g = new KnowledgeGraph();
        var cn = new Country { Id = "country:cn", Name = "China", Aliases = new[] { "People's Republic of China" }, Iso2 = "CN", Demonyms = new[] { "Chinese" }, Capital = "Beijing", UnStatus = UnStatus.Member };
        var jp = new Country { Id = "country:jp", Name = "Japan", Iso2 = "JP", Demonyms = new[] { "Japanese" }, Capital = "Tokyo", UnStatus = UnStatus.Member };
        var us = new Country { Id = "country:us", Name = "United States", Aliases = new[] { "US" }, Iso2 = "US", Demonyms = new[] { "American" }, Capital = "Washington", UnStatus = UnStatus.Member };
        var xi = new Leader { Id = Xi, Name = "Xi Jinping", Aliases = new[] { "Chinese President Xi Jinping", "Xi" }, Title = "President" };
        var kishida = new Leader { Id = Kishida, Name = "Fumio Kishida", Aliases = new[] { "Japanese Prime Minister Fumio Kishida", "Kishida" }, Title = "Prime Minister" };
        var tanaka = new Leader { Id = "leader:kakuei-tanaka", Name = "Kakuei Tanaka", Title = "Prime Minister" };
        var zhou = new Leader { Id = "leader:zhou-enlai", Name = "Zhou Enlai", Title = "Premier" };
        var sonoda = new Leader { Id = "leader:sunao-sonoda", Name = "Sunao Sonoda", Title = "Foreign Minister" };
        var huang = new Leader { Id = "leader:huang-hua", Name = "Huang Hua", Title = "Foreign Minister" };
        var fukuda = new Leader { Id = "leader:yasuo-fukuda", Name = "Yasuo Fukuda", Title = "Prime Minister" };
        var hu = new Leader { Id = "leader:hu-jintao", Name = "Hu Jintao", Title = "President" };

        var communique = new Document
        {
            Id = Communique1972,
            Name = "Joint Communiqué of the Government of Japan and the Government of the People's Republic of China",
            Aliases = new[] { "1972 Joint Communiqué", "China-Japan Joint Statement", "Japan-China Joint Statement" },
            DocumentKind = DocumentKind.JointCommunique,
            Date = new PartialDate(1972, 9, 29),
            Foundational = true,
        };
        var treaty = new Treaty
        {
            Id = Treaty1978,
            Name = "Treaty of Peace and Friendship between Japan and the People's Republic of China",
            Aliases = new[] { "China-Japan Treaty of Peace and Friendship" },
            DocumentKind = DocumentKind.Treaty,
            Date = new PartialDate(1978, 8, 12),
            SignedOn = new PartialDate(1978, 8, 12),
            InForceOn = new PartialDate(1978, 10, 23),
            Foundational = true,
        };
        var declaration = new Document
        {
            Id = Declaration1998,
            Name = "Japan-China Joint Declaration on Building a Partnership of Friendship and Cooperation for Peace and Development",
            DocumentKind = DocumentKind.JointDeclaration,
            Date = new PartialDate(1998, 11, 26),
            Foundational = true,
        };
        var statement = new Document
        {
            Id = Statement2008,
            Name = "Joint Statement on Comprehensive Promotion of a \"Mutually Beneficial Relationship based on Common Strategic Interests\"",
            DocumentKind = DocumentKind.JointStatement,
            Date = new PartialDate(2008, 5, 7),
            Foundational = true,
        };

        var meeting = new Event { Id = Meeting, Name = "Xi Jinping–Fumio Kishida meeting", EventKind = EventKind.Meeting, Date = new PartialDate(2023, 11, 16), CameoCode = "040" };
        var apec = new Event { Id = Apec, Name = "30th APEC Economic Leaders' Meeting", EventKind = EventKind.Summit, Date = new PartialDate(2023, 11), Ordinal = 30 };
        var apecOrg = new Organization { Id = "org:apec", Name = "Asia-Pacific Economic Cooperation", Aliases = new[] { "APEC" }, Acronym = "APEC" };
        var sanFrancisco = new Place { Id = "place:san-francisco", Name = "San Francisco", Aliases = new[] { "SAN FRANCISCO" } };
        var article = new Article
        {
            Id = "article:" + ReferenceArticle.Id,
            Name = "Xi meets Japanese PM in San Francisco",
            Outlet = "Xinhua",
            PublishedAt = new DateTimeOffset(2023, 11, 17, 15, 27, 0, TimeSpan.FromHours(8)),
            Dateline = "SAN FRANCISCO",
            DatelineDate = new PartialDate(2023, 11, 16),
        };

        // Who leads which country.
        g.AddLeaderOf(xi, cn, Quote(0, "Chinese President Xi Jinping"), title: "President", since: new PartialDate(2013, 3));
        g.AddLeaderOf(xi, cn, Kb.Fact);
        g.AddLeaderOf(kishida, jp, Quote(0, "Japanese Prime Minister Fumio Kishida"), title: "Prime Minister", since: new PartialDate(2021, 10));
        g.AddLeaderOf(kishida, jp, Kb.Fact);
        g.AddLeaderOf(tanaka, jp, Kb.Fact, title: "Prime Minister");
        g.AddLeaderOf(zhou, cn, Kb.Fact, title: "Premier");
        g.AddLeaderOf(sonoda, jp, Kb.Fact, title: "Foreign Minister");
        g.AddLeaderOf(huang, cn, Kb.Fact, title: "Foreign Minister");
        g.AddLeaderOf(fukuda, jp, Kb.Fact, title: "Prime Minister");
        g.AddLeaderOf(hu, cn, Kb.Fact, title: "President");

        // The four political documents: parties, signatories, citations among them.
        foreach (var document in new Document[] { communique, treaty, declaration, statement })
        {
            g.AddPartyTo(cn, document, Kb.Fact);
            g.AddPartyTo(jp, document, Kb.Fact);
        }

        g.AddSignedBy(communique, tanaka, Kb.Fact);
        g.AddSignedBy(communique, zhou, Kb.Fact);
        g.AddSignedBy(treaty, sonoda, Kb.Fact);
        g.AddSignedBy(treaty, huang, Kb.Fact);
        g.AddSignedBy(statement, fukuda, Kb.Fact);
        g.AddSignedBy(statement, hu, Kb.Fact);
        g.AddCites(treaty, communique, Kb.Fact, verb: "recalls");
        g.AddCites(declaration, communique, Kb.Fact, verb: "abides by");
        g.AddCites(declaration, treaty, Kb.Fact, verb: "abides by");
        g.AddCites(statement, communique, Kb.Fact, verb: "reaffirms");
        g.AddCites(statement, treaty, Kb.Fact, verb: "reaffirms");
        g.AddCites(statement, declaration, Kb.Fact, verb: "reaffirms");

        // The meeting, where, when, on the sidelines of what.
        g.AddParticipatedIn(xi, meeting, Quote(0, "Chinese President Xi Jinping met with Japanese Prime Minister Fumio Kishida"));
        g.AddParticipatedIn(kishida, meeting, Quote(0, "Chinese President Xi Jinping met with Japanese Prime Minister Fumio Kishida"));
        g.AddRepresented(cn, meeting, Quote(2, "the two sides"));
        g.AddRepresented(jp, meeting, Quote(2, "the two sides"));
        g.AddHeldIn(meeting, sanFrancisco, Quote(0, "in San Francisco"));
        g.AddLocatedIn(sanFrancisco, us, Kb.Fact);
        g.AddPartOf(meeting, apec, Quote(1, "on the sidelines of the 30th APEC Economic Leaders' Meeting"));
        g.AddOrganizedBy(apec, apecOrg, Quote(1, "hosted by the Asia-Pacific Economic Cooperation forum"));
        g.AddHeldIn(apec, sanFrancisco, Kb.Fact);
        g.AddMemberOf(cn, apecOrg, Kb.Fact);
        g.AddMemberOf(jp, apecOrg, Kb.Fact);
        g.AddMemberOf(us, apecOrg, Kb.Fact);

        // What the meeting cites, commemorates and discusses.
        var fourDocuments = Quote(2, "the principles and consensus of the four political documents between China and Japan");
        g.AddCites(meeting, communique, fourDocuments, verb: "abide by");
        g.AddCites(meeting, communique, Quote(5, "as stated in the Japan-China Joint Statement"), verb: "as stated in");
        g.AddCites(meeting, treaty, fourDocuments, verb: "abide by");
        g.AddCites(meeting, treaty, Quote(3, "a milestone that set the direction of peace and friendship in legal form"));
        g.AddCites(meeting, declaration, fourDocuments, verb: "abide by");
        g.AddCites(meeting, statement, fourDocuments, verb: "abide by");
        g.AddCommemorates(meeting, treaty, Quote(3, "the 45th anniversary of the signing of the China-Japan Treaty of Peace and Friendship"), anniversary: 45);
        g.AddDiscussed(meeting, new Topic { Id = "topic:taiwan", Name = "Taiwan", Aliases = new[] { "the Taiwan question" } }, Quote(4, "the Taiwan question"));
        g.AddDiscussed(meeting, new Topic { Id = "topic:taiwan", Name = "Taiwan" }, Quote(5, "Japan's position on Taiwan"));
        g.AddDiscussed(meeting, new Topic { Id = "topic:fukushima-water-discharge", Name = "Fukushima water discharge" }, Quote(6, "the discharge of nuclear-contaminated water from the Fukushima plant"));
        g.AddDiscussed(meeting, new Topic { Id = "topic:export-controls", Name = "Export controls" }, Quote(6, "export controls"));
        g.AddDiscussed(meeting, new Topic { Id = "topic:climate-change", Name = "Climate change" }, Quote(6, "climate change"));

        // Where the article names them.
        g.AddMentions(article, xi, Quote(0, "Chinese President Xi Jinping"));
        g.AddMentions(article, kishida, Quote(0, "Japanese Prime Minister Fumio Kishida"));
        g.AddMentions(article, treaty, Quote(3, "China-Japan Treaty of Peace and Friendship"));
        g.AddMentions(article, communique, Quote(5, "Japan-China Joint Statement"));
        return g;
    }
}
