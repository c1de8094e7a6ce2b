using RelationsGraph.Extraction.Mentions;

namespace RelationsGraph.Extraction.Rules;

/// <summary>
/// Named dialogue series ("the China-Japan High-Level Economic Dialogue"): one Event of kind Dialogue, named as
/// written; the two country names of its title are put in a fixed order for its id, so "Japan-China" and
/// "China-Japan" name one node.
/// </summary>
public sealed class DialogueRule : IExtractionRule
{
    /// <inheritdoc />
    public void Apply(ExtractionContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        foreach (var s in context.Sentences)
        {
            foreach (var mention in s.MentionSpanOf(MentionKind.EventNoun))
            {
                if (mention.Head == "dialogue" && mention.Name is not null)
                {
                    Dialogue(context, s, mention);
                }
            }
        }
    }

    /// <summary>The frame of one named dialogue: its lambdas' closure is made for such a mention only, not for every event noun.</summary>
    private static void Dialogue(ExtractionContext context, AnalyzedSentence s, Mention mention)
    {
        var countries = s.Mentions.Where(m => m.Start >= mention.Start && m.End <= mention.End && m.Kind == MentionKind.Country)
            .SelectMany(m => m.NodeIds).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        var words = mention.Name!.Split(' ');
        var rest = countries.Count == 2 && words[0].Contains('-', StringComparison.Ordinal) ? string.Join(' ', words.Skip(1)) : mention.Name;
        var key = "dialogue " + string.Join(' ', countries.Count == 2 && rest != mention.Name ? countries : []) + " " + rest;
        var frame = context.Events.Frames.FirstOrDefault(f => f.Key == key) ?? context.Events.Add(EventKind.Dialogue, s.Index, context.Evidence(mention));
        frame.Key = key;
        frame.Name ??= mention.Name;
        frame.Aliases.Add(mention.Text);
        frame.Aliases.Add(mention.Name);
    }
}
