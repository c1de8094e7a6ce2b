using System.Globalization;
using System.Text;

namespace RelationsGraph.Extraction.Scoring;

/// <summary>Scores of several articles, and their micro-averages (counts summed over articles).</summary>
public sealed class ScoreReport
{
    /// <summary>A report of <paramref name="articles"/>.</summary>
    public ScoreReport(IEnumerable<ArticleScore> articles)
    {
        ArgumentNullException.ThrowIfNull(articles);
        Articles = [.. articles.OrderBy(a => a.Article, StringComparer.Ordinal)];
        Entities = Articles.Aggregate(default(Score), (sum, a) => sum + a.Entities);
        Relations = Articles.Aggregate(default(Score), (sum, a) => sum + a.Relations);
    }

    /// <summary>The articles, by id.</summary>
    public IReadOnlyList<ArticleScore> Articles { get; }

    /// <summary>Micro-averaged entity counts.</summary>
    public Score Entities { get; }

    /// <summary>Micro-averaged relation counts.</summary>
    public Score Relations { get; }

    /// <summary>Scores the articles of <paramref name="folder"/> with the default extractor and formats the table (the <c>relgraph score</c> output).</summary>
    /// <exception cref="DirectoryNotFoundException">The folder does not exist.</exception>
    public static string Format(string folder) => Format(Scorer.ScoreFolder(folder));

    /// <summary>
    /// The report as a text table: one row per article with entity and relation precision, recall, F1 and counts,
    /// then the micro-averaged row. With <paramref name="details"/>, each article's missed and spurious items follow.
    /// </summary>
    public static string Format(ScoreReport report, bool details = false)
    {
        ArgumentNullException.ThrowIfNull(report);
        var width = Math.Max(7, report.Articles.Select(a => a.Article.Length).DefaultIfEmpty(0).Max());
        var text = new StringBuilder();
        text.Append(CultureInfo.InvariantCulture, $"{"article".PadRight(width)} | entities  P     R     F1    tp/fp/fn  | relations P     R     F1    tp/fp/fn\n");
        text.Append(new string('-', width)).Append("-+-").Append(new string('-', 38)).Append("+-").Append(new string('-', 38)).Append('\n');
        foreach (var a in report.Articles)
        {
            Row(text, a.Article, width, a.Entities, a.Relations);
        }

        text.Append(new string('-', width)).Append("-+-").Append(new string('-', 38)).Append("+-").Append(new string('-', 38)).Append('\n');
        Row(text, "micro", width, report.Entities, report.Relations);
        if (details)
        {
            foreach (var a in report.Articles)
            {
                text.Append('\n').Append(a.Article).Append('\n');
                List("missed entity", a.MissedEntities);
                List("spurious entity", a.SpuriousEntities);
                List("missed relation", a.MissedRelations);
                List("spurious relation", a.SpuriousRelations);
            }
        }

        return text.ToString();

        void List(string label, IReadOnlyList<string> items)
        {
            foreach (var item in items)
            {
                text.Append("  ").Append(label).Append(": ").Append(item).Append('\n');
            }
        }
    }

    private static void Row(StringBuilder text, string name, int width, Score entities, Score relations) =>
        text.Append(CultureInfo.InvariantCulture,
            $"{name.PadRight(width)} |           {entities.Precision:0.000} {entities.Recall:0.000} {entities.F1:0.000} {Counts(entities),-9} |           {relations.Precision:0.000} {relations.Recall:0.000} {relations.F1:0.000} {Counts(relations)}\n");

    private static string Counts(Score score) => string.Create(CultureInfo.InvariantCulture, $"{score.TruePositives}/{score.FalsePositives}/{score.FalseNegatives}");
}
