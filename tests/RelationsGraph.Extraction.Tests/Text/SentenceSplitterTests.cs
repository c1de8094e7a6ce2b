using RelationsGraph.Extraction.Text;

namespace RelationsGraph.Extraction.Tests.Text;

public sealed class SentenceSplitterTests
{
    private static string[] Split(string text) =>
        [.. SentenceSplitter.Split(text).Select(r => r.GetText(text))];

    [Fact]
    public void Split_EmptyText_ReturnsNothing()
    {
        Assert.Empty(SentenceSplitter.Split(string.Empty));
        Assert.Empty(SentenceSplitter.Split("   \n\t "));
    }

    [Fact]
    public void Split_PlainSentences_SplitsAtFullStops()
    {
        Assert.Equal(
            ["The envoys met in Lima.", "They spoke for an hour!", "Was it enough?"],
            Split("The envoys met in Lima. They spoke for an hour! Was it enough?"));
    }

    [Fact]
    public void Split_TextWithoutFinalStop_KeepsLastFragment()
    {
        Assert.Equal(["One.", "And two"], Split("One. And two  "));
    }

    [Theory]
    [InlineData("The summit opened on Nov. 16 in the city.")]
    [InlineData("Talks resumed on Sept. 29 after a pause.")]
    [InlineData("Mr. Tanaka and Mrs. Ito met Dr. Obi and Gen. Sato.")]
    [InlineData("Lt. Col. Reyes and St. Clair signed it.")]
    [InlineData("Article No. 4 of the pact covers trade.")]
    [InlineData("Big partners, e.g. the EU, and others, i.e. everyone, joined.")]
    [InlineData("It was the U.S. delegation that spoke first.")]
    [InlineData("A minister met U.K. and U.N. officials.")]
    [InlineData("Acme Inc. and Brill Co. signed a deal.")]
    [InlineData("The envoy J. Doe arrived with R. Roe.")]
    [InlineData("Growth reached 3.5 percent, up from 2.75 percent.")]
    [InlineData("John Smith Jr. and Sam Smith Sr. attended.")]
    [InlineData("It was China vs. Japan in the final.")]
    public void Split_AbbreviationsAndNumbers_DoNotSplit(string sentence)
    {
        Assert.Equal([sentence], Split(sentence));
    }

    [Fact]
    public void Split_AbbreviationBeforeSentenceOpener_Splits()
    {
        Assert.Equal(
            ["The delegates flew to the U.S.", "The talks began at once."],
            Split("The delegates flew to the U.S. The talks began at once."));
    }

    [Fact]
    public void Split_MonthAbbreviationBeforeNumber_DoesNotSplitButMonthAtEndDoes()
    {
        Assert.Equal(
            ["It was signed in Aug. 1978 in the capital.", "In Dec. the envoys returned."],
            Split("It was signed in Aug. 1978 in the capital. In Dec. the envoys returned."));
    }

    [Fact]
    public void Split_QuoteEndingWithCommaThenSaid_StaysOneSentence()
    {
        var text = "\"We stand ready to work together,\" he said. \"The door is open.\" She nodded.";
        Assert.Equal(
            ["\"We stand ready to work together,\" he said.", "\"The door is open.\"", "She nodded."],
            Split(text));
    }

    [Fact]
    public void Split_CurlyQuotes_ClosingQuoteStaysWithSentence()
    {
        var text = "He called the pact \u201Ca milestone.\u201D Both sides agreed. \u201CIt is time,\u201D she said.";
        Assert.Equal(
            ["He called the pact \u201Ca milestone.\u201D", "Both sides agreed.", "\u201CIt is time,\u201D she said."],
            Split(text));
    }

    [Fact]
    public void Split_QuestionInsideQuoteFollowedByLowercase_DoesNotSplit()
    {
        Assert.Equal(["\"Why now?\" asked the envoy."], Split("\"Why now?\" asked the envoy."));
        Assert.Equal(["\"Why now?\" he asked."], Split("\"Why now?\" he asked."));
    }

    [Fact]
    public void Split_Ellipsis_SplitsOnlyBeforeCapital()
    {
        Assert.Equal(
            ["He paused... and went on.", "Then\u2026", "Nothing more."],
            Split("He paused... and went on. Then\u2026 Nothing more."));
    }

    [Fact]
    public void Split_ChineseNameInParentheses_StaysInsideSentence()
    {
        var text = "Xi Jinping (\u4E60\u8FD1\u5E73) met the envoy. The talks ended.";
        Assert.Equal(["Xi Jinping (\u4E60\u8FD1\u5E73) met the envoy.", "The talks ended."], Split(text));
    }

    [Fact]
    public void Split_IdeographicStops_SplitWithoutSpaces()
    {
        var text = "\u4E24\u56FD\u9886\u5BFC\u4EBA\u4F1A\u6664\u3002\u53CC\u65B9\u540C\u610F\uFF01\u4E3A\u4EC0\u4E48\uFF1F";
        Assert.Equal(
            ["\u4E24\u56FD\u9886\u5BFC\u4EBA\u4F1A\u6664\u3002", "\u53CC\u65B9\u540C\u610F\uFF01", "\u4E3A\u4EC0\u4E48\uFF1F"],
            Split(text));
    }

    [Fact]
    public void Split_FullWidthFullStop_SplitsExceptBetweenDigits()
    {
        Assert.Equal(["\u6210\u957F\uFF13\uFF0E\uFF15\uFF05\uFF0E", "\u5B8C"], Split("\u6210\u957F\uFF13\uFF0E\uFF15\uFF05\uFF0E\u5B8C"));
    }

    [Fact]
    public void Split_FullWidthCommaAndColon_DoNotSplit()
    {
        var text = "\u53CC\u65B9\u8868\u793A\uFF0C\u5C06\u52A0\u5F3A\u5408\u4F5C\uFF1A\u7ECF\u6D4E\u3002";
        Assert.Single(Split(text));
    }

    [Fact]
    public void Split_NonBreakingSpaces_TreatedAsSpaces()
    {
        var text = "The talks ended.\u00A0\u00A0Both sides left.\u00A0";
        Assert.Equal(["The talks ended.", "Both sides left."], Split(text));
    }

    [Fact]
    public void Split_SingleLineBreak_IsASpace()
    {
        Assert.Equal(["The minister met\nthe envoy on Friday."], Split("The minister met\nthe envoy on Friday."));
    }

    [Theory]
    [InlineData("First part\n\nSecond part")]
    [InlineData("First part\r\n\r\nSecond part")]
    [InlineData("First part\r\rSecond part")]
    [InlineData("First part\u2029Second part")]
    public void Split_BlankLine_EndsSentence(string text)
    {
        Assert.Equal(["First part", "Second part"], Split(text));
    }

    [Fact]
    public void Split_WithBaseOffset_ShiftsRanges()
    {
        const string text = "xxOne. Two.";
        var ranges = SentenceSplitter.Split(text.AsSpan(2), 2);
        Assert.Equal([new TextRange(2, 6), new TextRange(7, 11)], ranges);
        Assert.Equal("One.", ranges[0].GetText(text));
    }

    [Fact]
    public void Split_DatelineWithAbbreviatedMonth_IsPartOfFirstSentence()
    {
        var text = "TOKYO, Nov. 17 (Kyodo) -- The envoys met again. Nothing was signed.";
        Assert.Equal(["TOKYO, Nov. 17 (Kyodo) -- The envoys met again.", "Nothing was signed."], Split(text));
    }

    [Fact]
    public void Split_LongRunOfDots_CompletesAndKeepsText()
    {
        var text = new string('.', 100_000) + " A";
        var ranges = SentenceSplitter.Split(text);
        Assert.NotEmpty(ranges);
        Assert.Equal(text.Length, ranges[^1].End);
    }

    [Fact]
    public void Split_IntoCollection_AppendsToExistingItems()
    {
        var output = new List<TextRange> { new(0, 0) };
        SentenceSplitter.Split("A b. C d.", 10, output);
        Assert.Equal([new TextRange(0, 0), new TextRange(10, 14), new TextRange(15, 19)], output);
    }
}
