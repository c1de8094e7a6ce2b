using RelationsGraph.Extraction.Mentions;
using RelationsGraph.Extraction.Pipeline;
using RelationsGraph.Extraction.Reading;

namespace RelationsGraph.Extraction.Tests.Support;

/// <summary>Object mother: short articles written for the tests, and the extractor that reads them.</summary>
internal static class Some
{
    public static RelationsGraph.Extraction.Knowledge.KnowledgeBase KnowledgeBase => RelationsGraph.Extraction.Knowledge.KnowledgeBase.LoadDefault();

    public static GraphExtractor Extractor { get; } = new();

    private static readonly MentionFinder Finder = new(KnowledgeBase);

    /// <summary>
    /// An article of <paramref name="paragraphs"/> (blank lines between them), with a headline, a time stamp of
    /// <paramref name="published"/> and the dateline <paramref name="dateline"/> opening the first paragraph.
    /// </summary>
    public static string Article(string published, string dateline, params string[] paragraphs) =>
        $"Leaders talk\nUpdated: {published} Wire\n\n{dateline} -- {string.Join("\n\n", paragraphs)}\n";

    /// <summary>Extracts an article dated <paramref name="published"/> ("Mar 4, 2024 10:00").</summary>
    public static ExtractionResult Extract(string published, string dateline, params string[] paragraphs) =>
        Extractor.Extract(ArticleReader.Read("test", Article(published, dateline, paragraphs)));

    /// <summary>Extracts a one-paragraph story filed in Tokyo on 16 November 2023 (a Thursday).</summary>
    public static ExtractionResult Story(params string[] paragraphs) => Extract("Nov 16, 2023 20:00", "TOKYO, Nov. 16 (Wire)", paragraphs);

    /// <summary>The mentions the finder gives <paramref name="text"/> read as one sentence on its own, with no article around it.</summary>
    public static AnalyzedSentence Sentence(string text) => Finder.Find(text, new Sentence(0, 0, 0, text.Length, text));

    /// <summary>The first mention of <paramref name="kind"/> written <paramref name="text"/> in an extracted article.</summary>
    public static Mention FirstMention(ExtractionResult result, MentionKind kind, string text) =>
        result.Sentences.SelectMany(s => s.Mentions).First(m => m.Kind == kind && m.Text == text);

    /// <summary>The texts of the mentions of <paramref name="kind"/> in <paramref name="text"/> read as one sentence (see <see cref="Sentence"/>).</summary>
    public static string[] MentionTexts(string text, MentionKind kind) => [.. Sentence(text).MentionsOf(kind).Select(m => m.Text)];
}
