using RelationsGraph.Extraction.Reading;

namespace RelationsGraph.Extraction.Resolution;

/// <summary>The date an article speaks from: its dateline's date, else the day it was published or updated.</summary>
internal static class ArticleDates
{
    public static DateOnly? Of(ArticleText article) =>
        article.DatelineDate ?? (article.PublishedAt is { } published ? DateOnly.FromDateTime(published.DateTime) : null);
}
