using RelationsGraph.Extraction.Mentions;
using RelationsGraph.Extraction.Tests.Support;

namespace RelationsGraph.Extraction.Tests.Mentions;

public sealed class CapitalPatternTests
{
    [Theory]
    [InlineData("Egyptian President Abdel-Fattah El-Sisi arrived in the Indian capital on Tuesday.", "Indian capital", "place:new-delhi")]
    [InlineData("The foreign ministers met in the Indonesian capital, officials said.", "Indonesian capital", "place:jakarta")]
    [InlineData("He arrived in the South Korean capital.", "South Korean capital", "place:seoul")]
    [InlineData("Sheikh Mohamed, who is in the US capital on an official visit, met Biden.", "US capital", "place:washington")]
    public void Find_DemonymCapitalAfterAWordOfPlace_IsTheCity(string sentence, string text, string place)
    {
        // The dateline of Some.Story ("TOKYO, Nov. 16") is a capital mention of its own.
        var result = Some.Story(sentence);

        var capital = Assert.Single(result.Sentences.SelectMany(s => s.Mentions), m => m.Kind == MentionKind.Capital && m.Text != "TOKYO");
        Assert.Equal(text, capital.Text);
        Assert.Equal([place], capital.NodeIds);
    }

    [Theory]
    [InlineData("Investors poured money into the Indian capital market.")]
    [InlineData("She moved to the capital on Friday.")]
    public void Find_CapitalOfNoCountryOrNoCity_IsNoCapitalMention(string sentence) =>
        Assert.DoesNotContain(Some.Story(sentence).Sentences.SelectMany(s => s.Mentions), m => m.Kind == MentionKind.Capital && m.Text != "TOKYO");
}
