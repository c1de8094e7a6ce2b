using System.Globalization;
using RelationsGraph.Benchmarks.Corpus;
using RelationsGraph.Benchmarks.Randomness;

namespace RelationsGraph.Benchmarks.Graphs;

/// <summary>
/// Makes the nodes of a synthetic graph, kind by kind in <see cref="GraphLayout"/>'s order: the real entities of the
/// corpus's tables first (China, Xi Jinping, the China-Japan treaty, San Francisco, APEC), then numbered synthetic ones.
/// </summary>
internal static class SyntheticNodes
{
    private static readonly string[] Outlets = ["xinhua", "reuters", "ap", "yonhap", "kyodo", "chinadaily"];
    private static readonly string[] Titles = ["President", "Prime Minister", "Foreign Minister", "Chancellor", "Vice President"];

    public static Node[] Create(GraphLayout layout, Pcg32 random)
    {
        var nodes = new Node[layout.Size];
        var next = 0;
        for (var i = 0; i < layout.Countries; i++)
        {
            nodes[next++] = Country(i);
        }

        for (var i = 0; i < layout.Organizations; i++)
        {
            nodes[next++] = i < SummitSeries.All.Count
                ? new Organization { Id = NodeId.Create(Organization.IdPrefix, SummitSeries.All[i].Acronym), Name = SummitSeries.All[i].Organization, Acronym = SummitSeries.All[i].Acronym }
                : new Organization { Id = Numbered(Organization.IdPrefix, "organization", i), Name = "Organization " + Number(i), Acronym = "O" + Number(i) };
        }

        for (var i = 0; i < layout.Places; i++)
        {
            nodes[next++] = i < Places.All.Count
                ? new Place { Id = NodeId.Create(Place.IdPrefix, Places.All[i].City), Name = Places.All[i].City }
                : new Place { Id = Numbered(Place.IdPrefix, "city", i), Name = "City " + Number(i) };
        }

        for (var i = 0; i < layout.Topics; i++)
        {
            nodes[next++] = i < Phrases.Topics.Count
                ? new Topic { Id = NodeId.Create(Topic.IdPrefix, Phrases.Topics[i]), Name = Phrases.Topics[i] }
                : new Topic { Id = Numbered(Topic.IdPrefix, "topic", i), Name = "Topic " + Number(i) };
        }

        for (var i = 0; i < layout.Leaders; i++)
        {
            nodes[next++] = Leader(layout, i);
        }

        for (var i = 0; i < layout.Documents; i++)
        {
            nodes[next++] = Document(i, random);
        }

        for (var i = 0; i < layout.Events; i++)
        {
            var date = new DateOnly(2000, 1, 1).AddDays(random.Next(24 * 365));
            var kind = i < layout.Summits ? EventKind.Summit : (EventKind)random.Next((int)EventKind.Visit + 1);
            nodes[next++] = new Event
            {
                Id = NodeId.Create(Event.IdPrefix, string.Create(CultureInfo.InvariantCulture, $"{kind} {date:yyyy-MM-dd} {Number(i)}")),
                Name = string.Create(CultureInfo.InvariantCulture, $"{kind} of {date:d MMMM yyyy} ({Number(i)})"),
                EventKind = kind,
                Date = PartialDate.FromDate(date),
                Ordinal = kind == EventKind.Summit ? 1 + random.Next(50) : null,
            };
        }

        for (var i = 0; i < layout.Articles; i++)
        {
            var outlet = Outlets[i % Outlets.Length];
            var day = new DateOnly(2015, 1, 1).AddDays(random.Next(10 * 365));
            nodes[next++] = new Article
            {
                Id = ArticlePrefix + ArticleKey(i),
                Name = $"Leaders meet for talks ({outlet} {Number(i)})",
                Outlet = outlet,
                PublishedAt = new DateTimeOffset(day.Year, day.Month, day.Day, random.Next(24), random.Next(60), 0, TimeSpan.FromHours(8)),
                Dateline = Places.All[random.Next(Places.All.Count)].City.ToUpperInvariant(),
                DatelineDate = PartialDate.FromDate(day),
            };
        }

        return nodes;
    }

    /// <summary>The key article <paramref name="index"/> carries in evidence (its id without the prefix).</summary>
    public static string ArticleKey(int index) => Outlets[index % Outlets.Length] + "-" + Number(index);

    private const string ArticlePrefix = Article.IdPrefix + ":";

    private static Country Country(int index)
    {
        if (index < Countries.All.Count)
        {
            var c = Countries.All[index];
            return new Country
            {
                Id = NodeId.Create(RelationsGraph.Country.IdPrefix, c.Iso2), Name = c.Name, Aliases = new[] { c.Alias },
                Iso2 = c.Iso2, Demonyms = new[] { c.Demonym }, Capital = c.Capital, UnStatus = UnStatus.Member,
            };
        }

        var code = SyntheticIso2(index - Countries.All.Count);
        return new Country
        {
            Id = NodeId.Create(RelationsGraph.Country.IdPrefix, code), Name = "Republic " + code, Iso2 = code,
            Demonyms = new[] { code + "-ian" }, Capital = "Capital " + code, UnStatus = index % 40 == 0 ? UnStatus.Observer : UnStatus.Member,
        };
    }

    private static Leader Leader(GraphLayout layout, int index)
    {
        var country = index % layout.Countries;
        var rank = index / layout.Countries;
        if (country < Countries.All.Count && rank < 2)
        {
            var c = Countries.All[country];
            var (name, surname, title) = rank == 0 ? (c.Leader, c.LeaderSurname, c.LeaderTitle) : (c.Minister, c.MinisterSurname, "Foreign Minister");
            return new Leader { Id = NodeId.Create(RelationsGraph.Leader.IdPrefix, name), Name = name, Aliases = new[] { $"{c.Demonym} {title} {name}", surname }, Title = title };
        }

        return new Leader { Id = Numbered(RelationsGraph.Leader.IdPrefix, "leader", index), Name = "Leader " + Number(index), Title = Titles[index % Titles.Length] };
    }

    private static Document Document(int index, Pcg32 random)
    {
        if (index < Documents.All.Count)
        {
            var d = Documents.All[index];
            var date = PartialDate.FromDate(d.SignedOn);
            return d.IsTreaty
                ? new Treaty { Id = NodeId.Create(Treaty.IdPrefix, d.Reference), Name = d.Title, Aliases = new[] { d.Reference }, DocumentKind = d.Kind, Date = date, Foundational = d.Foundational, SignedOn = date }
                : new Document { Id = NodeId.Create(RelationsGraph.Document.IdPrefix, $"{d.Reference} {d.SignedOn.Year}"), Name = d.Title, Aliases = new[] { d.Reference }, DocumentKind = d.Kind, Date = date, Foundational = d.Foundational };
        }

        var year = 1950 + random.Next(74);
        var signed = new PartialDate(year, 1 + random.Next(12), 1 + random.Next(28));
        var foundational = random.Chance(10);
        return random.Chance(20)
            ? new Treaty { Id = Numbered(Treaty.IdPrefix, "treaty-of-friendship", index), Name = "Treaty of Friendship " + Number(index), DocumentKind = DocumentKind.Treaty, Date = signed, SignedOn = signed, Foundational = foundational }
            : new Document { Id = Numbered(RelationsGraph.Document.IdPrefix, "joint-statement", index), Name = "Joint Statement " + Number(index), DocumentKind = (DocumentKind)random.Next((int)DocumentKind.Statement + 1), Date = signed, Foundational = foundational };
    }

    /// <summary>Two-letter codes that no real country of the table uses (AA, AB, ...), for synthetic countries.</summary>
    private static string SyntheticIso2(int index)
    {
        for (int code = 0, found = -1; code < 26 * 26; code++)
        {
            var text = string.Concat((char)('A' + (code / 26)), (char)('A' + (code % 26)));
            if (Countries.All.All(c => c.Iso2 != text) && ++found == index)
            {
                return text;
            }
        }

        throw new ArgumentOutOfRangeException(nameof(index), "More synthetic countries than two-letter codes.");
    }

    private static string Numbered(string prefix, string stem, int index) => prefix + ":" + stem + "-" + Number(index);

    private static string Number(int index) => index.ToString("D6", CultureInfo.InvariantCulture);
}
