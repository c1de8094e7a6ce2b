using RelationsGraph.Extraction.Mentions;
using RelationsGraph.Extraction.Tests.Support;

namespace RelationsGraph.Extraction.Tests.Mentions;

public sealed class PersonPatternTests
{
    [Theory]
    [InlineData("European Commission President Ursula von der Leyen joined the talks on Monday.", "Ursula von der Leyen")]
    [InlineData("Austrian President Alexander Van der Bellen joined the talks on Monday.", "Alexander Van der Bellen")]
    [InlineData("Malaysian Trade Minister Ahmad bin Hamzah joined the talks on Monday.", "Ahmad bin Hamzah")]
    public void Find_NameWithParticlesAfterATitle_IsOnePerson(string sentence, string name)
    {
        var result = Some.Story(sentence);

        Assert.Contains(result.Sentences.SelectMany(s => s.Mentions), m => m.Kind == MentionKind.Leader && m.Text == name);
    }

    [Fact]
    public void Find_ParticlesThatLeadToNoCapitalisedWord_EndTheName()
    {
        // "de la" before lower-case words is French the story quotes, not more of the name.
        var result = Some.Story("French Foreign Minister Anne Dupont de la culture populaire opened the show on Monday.");

        Assert.Contains(result.Sentences.SelectMany(s => s.Mentions), m => m.Kind == MentionKind.Leader && m.Text == "Anne Dupont");
    }
}
