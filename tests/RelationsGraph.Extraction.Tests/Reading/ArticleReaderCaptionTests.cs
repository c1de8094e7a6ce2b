using RelationsGraph.Extraction.Reading;

namespace RelationsGraph.Extraction.Tests.Reading;

/// <summary>Photo captions and their credits, which the reader removes from the story.</summary>
public sealed class ArticleReaderCaptionTests
{
    [Theory]
    [InlineData("Photo: Reuters")]
    [InlineData("PHOTO | PCS")]
    [InlineData("Photo by Vietnam News Agency")]
    [InlineData("PCO photo")]
    [InlineData("Yonhap photo")]
    [InlineData("Credit: Belga")]
    public void Read_CaptionLineWithALabelledCredit_Removed(string credit)
    {
        var text = $"The leaders met on Tuesday.\nThe two presidents toast during a reception at the Kremlin on Tuesday. {credit}\nThey signed two statements.";

        var article = ArticleReader.Read("t", text);

        Assert.Equal(["The leaders met on Tuesday.", "They signed two statements."], article.Sentences.Select(s => s.Text));
        Assert.Equal(NoiseKind.PhotoCaption, Assert.Single(article.RemovedNoise).Kind);
    }

    [Fact]
    public void Read_SentenceMentioningAPhotoLabel_IsNoCaption()
    {
        const string text = "The leaders met on Tuesday.\nOfficials released a statement and a picture: the two shaking hands.";

        var article = ArticleReader.Read("t", text);

        Assert.Equal(2, article.Sentences.Count);
        Assert.Empty(article.RemovedNoise);
    }

    [Theory]
    [InlineData("Photo/Illustration: Prime Minister Shigeru Ishiba, left, and U.S. President Donald Trump at the White House on Feb. 7 (Pool)")]
    [InlineData("Photo: The two leaders shake hands before their talks in Tokyo")]
    [InlineData("CAPTION: The two leaders shake hands before their talks in Tokyo")]
    [InlineData("Photo caption: President Sheikh Mohamed bin Zayed receives Narendra Modi in Abu Dhabi on Tuesday.")]
    [InlineData("Image Credit: WAM")]
    [InlineData("[Image: Taoiseach Leo Varadkar and US president Joe Biden in the Oval Office at the White House on Friday. Photograph: Jane Doe/Pool]")]
    public void Read_LineOpeningWithAPhotoLabel_IsACaption(string line)
    {
        var article = ArticleReader.Read("t", $"Leaders meet\n\n{line}\n\nThe two leaders met on Tuesday.");

        Assert.Equal(["The two leaders met on Tuesday."], article.Sentences.Select(s => s.Text));
        Assert.Equal(NoiseKind.PhotoCaption, Assert.Single(article.RemovedNoise).Kind);
    }

    [Fact]
    public void Read_LineEndingWithAPhotoOfASource_IsNoCaptionWhenNoSentenceEndsBeforeIt()
    {
        var article = ArticleReader.Read("t", "Leaders meet\n\nThe leaders met on Tuesday.\n\nThe White House released a picture. It was an AFP photo\n\nThey signed two statements.");

        Assert.Equal(["The leaders met on Tuesday.", "The White House released a picture.", "It was an AFP photo", "They signed two statements."], article.Sentences.Select(s => s.Text));
    }

    [Theory]
    [InlineData("Pool/Getty Images")]
    [InlineData("Evan Vucci/AP")]
    [InlineData("AFP via Getty Images")]
    [InlineData("Getty Images")]
    [InlineData("PHOTO | PCS")]
    public void Read_LineAboveAPhotoCredit_IsItsCaption(string credit)
    {
        var text = $"Leaders meet\n\nThe two leaders met on Friday.\n\nPresident Biden meets with President Xi on the sidelines of the summit in Lima on November 16, 2024.\n{credit}\n\nThey agreed to meet again.";

        var article = ArticleReader.Read("t", text);

        Assert.Equal(["The two leaders met on Friday.", "They agreed to meet again."], article.Sentences.Select(s => s.Text));
        Assert.Equal([NoiseKind.PhotoCaption, NoiseKind.PhotoCaption], article.RemovedNoise.Select(n => n.Kind));
    }

    [Theory]
    [InlineData("The leaders said/agreed to meet")]
    [InlineData("Both sides hailed the images")]
    public void Read_LineThatIsNoCredit_LeavesTheLineAboveInTheStory(string line)
    {
        var text = $"Leaders meet\n\nThe two leaders met on Friday.\n\nPresident Biden met President Xi on the sidelines of the summit in Lima.\n{line}\n\nThey agreed to meet again.";

        var article = ArticleReader.Read("t", text);

        Assert.Contains(article.Sentences, s => s.Text == "President Biden met President Xi on the sidelines of the summit in Lima.");
    }

    [Theory]
    [InlineData("Enlarge this image")]
    [InlineData("Expand image")]
    public void Read_LineAfterAButtonThatOpensAPhoto_IsItsCaption(string button)
    {
        var text = $"Leaders meet\n\n{button}\nPresident Biden walks with Prime Minister Fumio Kishida at Camp David on Friday.\n\nThe two leaders met on Friday.\n\nThey agreed to meet again.";

        var article = ArticleReader.Read("t", text);

        Assert.Equal(["The two leaders met on Friday.", "They agreed to meet again."], article.Sentences.Select(s => s.Text));
        Assert.Equal([NoiseKind.Navigation, NoiseKind.PhotoCaption], article.RemovedNoise.Select(n => n.Kind));
    }

    [Fact]
    public void Read_ButtonThatClosesACaption_IsNavigationAndTheLineAfterItIsStory()
    {
        const string text = "Leaders meet\n\nThe leaders at Camp David. Jane Doe/Pool\nhide caption\n\nThe two leaders met on Friday.";

        var article = ArticleReader.Read("t", text);

        Assert.Equal("The two leaders met on Friday.", article.Sentences[^1].Text);
        Assert.DoesNotContain(article.Sentences, s => s.Text.Contains("caption", StringComparison.Ordinal));
        Assert.Contains(article.RemovedNoise, n => n.Kind == NoiseKind.Navigation && n.Text == "hide caption");
    }

    [Theory]
    [InlineData("Photography: a new exhibition of the summit opened in Tokyo.")]
    [InlineData("Photo/Prime Minister: The two leaders shook hands in Tokyo.")]
    [InlineData("Photo: the two leaders shook hands in Tokyo.")]
    public void Read_LineWithAnotherLabelOrNoCapitalAfterIt_IsNoLabelledCaption(string line) =>
        Assert.DoesNotContain(ArticleReader.Read("t", $"Leaders meet\n\n{line}\n\nThe two leaders met on Tuesday.").RemovedNoise, n => n.Kind == NoiseKind.PhotoCaption);
}
