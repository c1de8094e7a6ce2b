using RelationsGraph.Extraction.Mentions;

namespace RelationsGraph.Extraction.Rules;

/// <summary>The words of <see cref="MeetingRule"/>'s sentences that make one trigger several meetings, one per leader met.</summary>
internal static class SeparateMeetings
{
    /// <summary>Whether two or more subjects met the objects each on their own: "A and B each held (separate) talks with C", "A and B separately met C".</summary>
    public static bool EachSubject(AnalyzedSentence s, MeetingTriggers.Trigger trigger, List<Mention> subject) =>
        subject.Count >= 2 && (s.IsAny(trigger.First - 1, "each", "separately") || s.Is(trigger.First + 1, "separately")
            || trigger.Noun?.Text.Contains("separate", StringComparison.OrdinalIgnoreCase) == true);

    /// <summary>
    /// The leaders one subject met each on their own: "held separate talks with A and B", "held meetings with A and B",
    /// "met A and B separately", "met both men one-on-one" (a group stands for each of its leaders, at its own words);
    /// null when the words do not say so.
    /// </summary>
    public static List<Mention>? EachObject(AnalyzedSentence s, MeetingTriggers.Trigger trigger, List<Mention> objects)
    {
        if (objects.Count == 0)
        {
            return null;
        }

        var after = s.TokenAt(objects[^1].PhraseEnd);
        var separate = trigger.Noun?.Text.Contains("separate", StringComparison.OrdinalIgnoreCase) == true || trigger.Noun?.Head == "meetings"
            || s.Is(trigger.First + 1, "separately") || s.IsAny(after, "separately", "individually", "one-on-one");
        if (!separate)
        {
            return null;
        }

        var each = new List<Mention>();
        foreach (var mention in objects)
        {
            foreach (var id in mention.NodeIds)
            {
                each.Add(mention.NodeIds.Count == 1 ? mention : new Mention(MentionKind.Leader, mention.Sentence, mention.Start, mention.End, mention.Text)
                {
                    NodeIds = [id],
                    PhraseStart = mention.PhraseStart,
                    PhraseEnd = mention.PhraseEnd,
                });
            }
        }

        return each;
    }
}
