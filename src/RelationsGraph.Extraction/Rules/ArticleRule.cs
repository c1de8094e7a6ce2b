namespace RelationsGraph.Extraction.Rules;

/// <summary>Adds the Article node: outlet, publication time, dateline place and date.</summary>
public sealed class ArticleRule : IExtractionRule
{
    /// <inheritdoc />
    public void Apply(ExtractionContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        context.Graph.AddNode(context.ArticleNode);
    }
}
