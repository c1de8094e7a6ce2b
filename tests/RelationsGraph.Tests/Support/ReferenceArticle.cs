namespace RelationsGraph.Tests.Support;

/// <summary>
/// A short wire report of the Xi–Kishida meeting of 16 November 2023, written for these tests, and evidence quoted
/// from it with exact spans.
/// </summary>
public static class ReferenceArticle
{
    /// <summary>The article id evidence names (without the <c>article:</c> prefix).</summary>
    public const string Id = "xinhua-2023-11-16";

    private static readonly string[][] Paragraphs =
    [
        [
            "SAN FRANCISCO, Nov. 16 (Xinhua) -- Chinese President Xi Jinping met with Japanese Prime Minister Fumio Kishida in San Francisco on Thursday afternoon.",
            "The two leaders talked on the sidelines of the 30th APEC Economic Leaders' Meeting, hosted by the Asia-Pacific Economic Cooperation forum.",
        ],
        [
            "Xi said the two sides should abide by the principles and consensus of the four political documents between China and Japan.",
            "This year marks the 45th anniversary of the signing of the China-Japan Treaty of Peace and Friendship, which Xi called a milestone that set the direction of peace and friendship in legal form.",
            "Recalling the normalization of diplomatic relations in 1972, Xi urged Tokyo to handle the Taiwan question in a way that honours its commitments.",
        ],
        [
            "For his part, Kishida said Japan's position on Taiwan as stated in the Japan-China Joint Statement remains unchanged.",
            "The two leaders also exchanged views on the discharge of nuclear-contaminated water from the Fukushima plant, export controls and climate change.",
        ],
    ];

    private static readonly int[] SentenceStarts;

    static ReferenceArticle()
    {
        var sentences = Paragraphs.SelectMany(p => p).ToArray();
        SentenceStarts = new int[sentences.Length];
        var text = new System.Text.StringBuilder();
        var index = 0;
        foreach (var paragraph in Paragraphs)
        {
            if (text.Length > 0)
            {
                text.Append("\n\n");
            }

            for (var i = 0; i < paragraph.Length; i++)
            {
                if (i > 0)
                {
                    text.Append(' ');
                }

                SentenceStarts[index++] = text.Length;
                text.Append(paragraph[i]);
            }
        }

        Text = text.Append('\n').ToString();
        Sentences = sentences;
    }

    /// <summary>The whole article: sentences joined by spaces, paragraphs by blank lines.</summary>
    public static string Text { get; }

    /// <summary>The sentences, in order; evidence's sentence index points into this list.</summary>
    public static IReadOnlyList<string> Sentences { get; }

    /// <summary>The offset of sentence <paramref name="sentence"/> in <see cref="Text"/>.</summary>
    public static int SentenceStart(int sentence) => SentenceStarts[sentence];

    /// <summary>Evidence quoting the first occurrence of <paramref name="phrase"/> in sentence <paramref name="sentence"/>.</summary>
    /// <exception cref="ArgumentException">The sentence does not contain the phrase.</exception>
    public static Evidence Quote(int sentence, string phrase)
    {
        var at = Sentences[sentence].IndexOf(phrase, StringComparison.Ordinal);
        if (at < 0)
        {
            throw new ArgumentException($"Sentence {sentence} does not contain '{phrase}'.", nameof(phrase));
        }

        var start = SentenceStarts[sentence] + at;
        return Evidence.FromArticle(Id, sentence, start, start + phrase.Length, phrase);
    }
}
