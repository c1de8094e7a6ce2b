using System.Globalization;
using System.Text;
using RelationsGraph.Benchmarks.Randomness;

namespace RelationsGraph.Benchmarks.Corpus;

/// <summary>Lays out one article page: headline, byline or time stamp, dateline, paragraphs, and scraped noise on some pages.</summary>
internal static class ArticleComposer
{
    /// <summary>The share of pages, in percent, that carry scraped noise.</summary>
    public const int NoisePercent = 30;

    /// <summary>The fewest and most words a story has.</summary>
    public const int MinWords = 400, MaxWords = 1200;

    private static readonly string[] Outlets = ["Xinhua", "Reuters", "AP", "Yonhap", "Kyodo", "China Daily"];
    private static readonly string[] Reporters = ["LIN QIAO", "Sam Hale", "Nora Lind", "Seo Min-ha", "Jane Doe", "Tomas Ruiz", "Aiko Mori"];

    public static SyntheticArticle Compose(int index, Pcg32 random)
    {
        var outlet = random.Pick(Outlets);
        var noisy = random.Chance(NoisePercent);
        var scenario = Scenario.Draw(random);
        var sentences = new StorySentences(scenario, random);
        var id = outlet.Replace(' ', '-').ToLowerInvariant() + "-" + index.ToString("D6", CultureInfo.InvariantCulture);

        var page = new StringBuilder(8192);
        var paragraphBreak = noisy ? "\n" : "\n\n";
        var caption = sentences.Caption(outlet == "China Daily" ? "Xinhua" : outlet);
        if (noisy)
        {
            page.Append("App\n");
            page.Append("Updated: ").Append(English.LongDate(scenario.Date.AddDays(1))).Append(' ')
                .Append(Clock(random)).Append(' ').Append(outlet).Append('\n');
        }

        page.Append(sentences.Headline()).Append('\n');
        AppendByline(page, outlet, scenario, random);
        page.Append(noisy ? "" : "\n");
        if (noisy)
        {
            page.Append(caption).Append('\n');
        }

        var lead = sentences.Lead(Dateline(outlet, scenario));
        page.Append(lead).Append(paragraphBreak);
        if (noisy)
        {
            page.Append(caption).Append('\n');
        }

        var words = English.CountWords(lead);
        var target = random.Next(MinWords, MaxWords - 60);
        while (words < target)
        {
            var count = random.Next(1, 4);
            for (var i = 0; i < count && words < target; i++)
            {
                var sentence = sentences.Next();
                page.Append(i > 0 ? " " : "").Append(sentence);
                words += English.CountWords(sentence);
            }

            page.Append(paragraphBreak);
        }

        if (noisy)
        {
            page.Append("Copyright\u00A9 ").Append(scenario.Date.Year.ToString(CultureInfo.InvariantCulture)).Append(' ').Append(outlet)
                .Append(" | About us | Contact us\n");
            page.Append("All rights reserved. The content (including but not limited to text, photo) belongs to the portal.\n");
            page.Append("Mobile\nDesktop\n");
        }

        return new SyntheticArticle(id, outlet, scenario.Date, page.ToString(), words, noisy);
    }

    private static string Dateline(string outlet, Scenario scenario)
    {
        var city = scenario.City.ToUpperInvariant();
        return outlet switch
        {
            "Xinhua" or "Yonhap" => $"{city}, {English.ApDate(scenario.Date)} ({outlet}) -- ",
            "Reuters" => $"{city}, {English.ShortDate(scenario.Date)} (Reuters) - ",
            "AP" => $"{city} (AP) \u2014 ",
            "Kyodo" => $"{city} - ",
            _ => "",
        };
    }

    private static void AppendByline(StringBuilder page, string outlet, Scenario scenario, Pcg32 random)
    {
        var reporter = random.Pick(Reporters);
        switch (outlet)
        {
            case "China Daily":
                page.Append("By ").Append(reporter).Append(" in ").Append(scenario.City).Append(" | China Daily | Updated: ")
                    .Append(scenario.Date.AddDays(1).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)).Append(' ').Append(Clock(random)).Append('\n');
                break;
            case "AP" or "Reuters":
                page.Append("By ").Append(reporter).Append('\n');
                break;
            case "Kyodo":
                page.Append("KYODO NEWS - ").Append(English.LongDate(scenario.Date.AddDays(1))).Append(" - ").Append(Clock(random)).Append(" | World, All\n");
                break;
            default:
                break;
        }
    }

    private static string Clock(Pcg32 random) =>
        random.Next(24).ToString("D2", CultureInfo.InvariantCulture) + ":" + random.Next(60).ToString("D2", CultureInfo.InvariantCulture);
}
