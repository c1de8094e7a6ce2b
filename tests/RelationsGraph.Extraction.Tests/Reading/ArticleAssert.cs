using RelationsGraph.Extraction.Reading;

namespace RelationsGraph.Extraction.Tests.Reading;

internal static class ArticleAssert
{
    /// <summary>Every sentence's text is the original text at its offsets, and indexes are consecutive.</summary>
    public static void SentencesQuoteOriginal(ArticleText article)
    {
        for (var i = 0; i < article.Sentences.Count; i++)
        {
            var sentence = article.Sentences[i];
            Assert.Equal(i, sentence.Index);
            Assert.Equal(article.Text.Substring(sentence.Start, sentence.End - sentence.Start), sentence.Text);
            var paragraph = article.Paragraphs[sentence.ParagraphIndex];
            Assert.InRange(sentence.Start, paragraph.Start, paragraph.End);
            Assert.InRange(sentence.End, paragraph.Start, paragraph.End);
        }

        foreach (var noise in article.RemovedNoise)
        {
            Assert.Equal(article.Text.Substring(noise.Start, noise.End - noise.Start), noise.Text);
        }
    }
}
