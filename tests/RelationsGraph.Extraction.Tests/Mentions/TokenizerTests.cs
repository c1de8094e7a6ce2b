using RelationsGraph.Extraction.Mentions;

namespace RelationsGraph.Extraction.Tests.Mentions;

public sealed class TokenizerTests
{
    private static string[] Words(string text) =>
        [.. Tokenizer.Tokenize(text, 0, text.Length).Select(t => text[t.Start..t.End])];

    [Fact]
    public void Tokenize_InitialismsAndAbbreviations_KeepTheirFullStops() =>
        Assert.Equal(["U.S.", "envoy", "Mr.", "Lee", "met", "H.E.", "Dr.", "Kim", "Jr."], Words("U.S. envoy Mr. Lee met H.E. Dr. Kim Jr."));

    [Fact]
    public void Tokenize_PossessiveAndCompounds_SplitsThePossessiveOnly()
    {
        var text = "Seoul’s face-to-face Japan-China talks in Xi'an";
        var tokens = Tokenizer.Tokenize(text, 0, text.Length);

        Assert.Equal(["Seoul", "’s", "face-to-face", "Japan-China", "talks", "in", "Xi'an"], tokens.Select(t => text[t.Start..t.End]));
        Assert.Equal(TokenKind.Possessive, tokens[1].Kind);
    }

    [Fact]
    public void Tokenize_OrdinalsYearsAndPunctuation_AreSeparateTokens()
    {
        var text = "the 31st summit, held in 2024.";
        var tokens = Tokenizer.Tokenize(text, 0, text.Length);

        Assert.Equal(["the", "31st", "summit", ",", "held", "in", "2024", "."], tokens.Select(t => text[t.Start..t.End]));
        Assert.Equal(TokenKind.Number, tokens[1].Kind);
        Assert.Equal(TokenKind.Punctuation, tokens[3].Kind);
    }

    [Fact]
    public void Tokenize_RangeOfALongerText_OffsetsIndexTheWholeText()
    {
        const string text = "IGNORED. Modi met Albanese.";
        var tokens = Tokenizer.Tokenize(text, 9, text.Length);

        Assert.Equal(9, tokens[0].Start);
        Assert.Equal("Modi", text[tokens[0].Start..tokens[0].End]);
    }
}
