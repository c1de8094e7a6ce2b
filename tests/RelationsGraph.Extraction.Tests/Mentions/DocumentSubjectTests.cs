using RelationsGraph.Extraction.Mentions;
using RelationsGraph.Extraction.Tests.Support;

namespace RelationsGraph.Extraction.Tests.Mentions;

public sealed class DocumentSubjectTests
{
    /// <summary>The generic document mention of <paramref name="text"/>, with the phrase it heads.</summary>
    private static (string Mention, string Phrase) Described(string text)
    {
        var document = Assert.Single(Some.Sentence(text).MentionsOf(MentionKind.Document));
        return (document.Text, text[document.Start..document.PhraseEnd]);
    }

    [Theory]
    [InlineData("The two governments issued a joint statement on deepening their comprehensive strategic partnership, as well as other texts.", "a joint statement on deepening their comprehensive strategic partnership")]
    [InlineData("They signed a protocol agreement for the joint development of the CBERS-6 satellite, the newest of the series.", "a protocol agreement for the joint development of the CBERS-6 satellite")]
    [InlineData("They adopted a joint statement on advancing their partnership and building a community with a shared future.", "a joint statement on advancing their partnership and building a community with a shared future")]
    [InlineData("A joint statement on further deepening the partnership is expected to be released on Wednesday.", "A joint statement on further deepening the partnership")]
    [InlineData("They issued a joint statement on deepening the partnership and another on economic cooperation.", "a joint statement on deepening the partnership")]
    [InlineData("They signed a joint statement on special global partnership between Ukraine and Japan.", "a joint statement on special global partnership between Ukraine and Japan")]
    [InlineData("They signed an agreement on trade in Beijing on Friday.", "an agreement on trade")]
    [InlineData("They signed a memorandum of understanding (MoU) on maritime safety, officials said.", "a memorandum of understanding (MoU) on maritime safety")]
    [InlineData("They adopted a joint statement on deepening the partnership and witnessed the exchange of documents.", "a joint statement on deepening the partnership")]
    [InlineData("They exchanged a Memorandum of Understanding on cooperation in renewable energy.", "a Memorandum of Understanding on cooperation in renewable energy")]
    [InlineData("They signed a joint declaration committing Greece and Turkey to friendly relations, officials said.", "a joint declaration committing Greece and Turkey to friendly relations")]
    [InlineData("They also signed a joint declaration marking the council's first meeting.", "a joint declaration marking the council's first meeting")]
    [InlineData("They exchanged a Joint Declaration of Intent on cooperation in animal husbandry.", "a Joint Declaration of Intent on cooperation in animal husbandry")]
    public void Find_DocumentNounWithAnOnForOrParticiplePhrase_HeadsThePhraseToItsEnd(string text, string phrase)
    {
        var (mention, found) = Described(text);

        Assert.Equal(phrase, found);
        Assert.DoesNotContain(" on ", mention, StringComparison.Ordinal);
        Assert.DoesNotContain(" for ", mention, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("The two sides issued a joint statement on Tuesday.")]
    [InlineData("The two sides issued a joint statement on the sidelines of the summit.")]
    [InlineData("The ministry issued a statement on its website.")]
    [InlineData("The two sides issued a joint statement on the same day.")]
    [InlineData("The two sides issued a joint statement.")]
    [InlineData("The two sides attended an agreement signing ceremony on Friday.")]
    [InlineData("The two sides signed an agreement during the visit.")]
    public void Find_OnPhraseOfTimePlaceOrChannel_DescribesNothing(string text)
    {
        var (mention, found) = Described(text);

        Assert.Equal(mention, found);
    }

    [Fact]
    public void Find_PhraseThatDoesNotEndInTime_DescribesNothing()
    {
        var words = string.Join(' ', Enumerable.Repeat("wide", DocumentSubject.MaxWords));
        var (mention, found) = Described($"They signed an agreement on {words} cooperation.");

        Assert.Equal(mention, found);
    }

    [Fact]
    public void Find_PhraseThatEndsJustInTime_IsTaken()
    {
        var words = string.Join(' ', Enumerable.Repeat("wide", DocumentSubject.MaxWords - 2));
        var (_, found) = Described($"They signed an agreement on {words} cooperation.");

        Assert.EndsWith("cooperation", found, StringComparison.Ordinal);
    }

    [Fact]
    public void Find_DescribedDocument_KeepsTheWholePhraseAsAVariant()
    {
        var document = Assert.Single(Some.Sentence("They issued a separate joint statement on combating climate change, in which both pledged more.").MentionsOf(MentionKind.Document));

        Assert.Equal("a separate joint statement", document.Text);
        Assert.Contains("a separate joint statement on combating climate change", document.Variants);
    }
}
