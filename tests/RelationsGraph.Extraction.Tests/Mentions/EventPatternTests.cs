using RelationsGraph.Extraction.Mentions;
using RelationsGraph.Extraction.Tests.Support;

namespace RelationsGraph.Extraction.Tests.Mentions;

/// <summary>Event nouns, summit editions, dialogues and anniversaries as <see cref="MentionFinder"/> finds them.</summary>
public sealed class EventPatternTests
{
    private static AnalyzedSentence Sentence(string text) => Some.Sentence(text);

    private static Mention Single(AnalyzedSentence s, MentionKind kind) => Assert.Single(s.MentionsOf(kind));

    [Theory]
    [InlineData("Nyusi was in Pretoria on a 24-hour working visit.", "a 24-hour working visit")]
    [InlineData("Rabuka ended a ten-day official visit on Friday.", "a ten-day official visit")]
    [InlineData("She set off on a 3-nation tour.", "a 3-nation tour")]
    [InlineData("The roughly 45-minute meeting ended at noon.", "The roughly 45-minute meeting")]
    public void Find_LengthBeforeTheNoun_IsPartOfIt(string text, string noun) =>
        Assert.Equal(noun, Single(Sentence(text), MentionKind.EventNoun).Text);

    [Fact]
    public void Find_LeadersRetreat_IsAMeetingNounButARetreatOfMarketsIsNone()
    {
        Assert.Equal("meeting", Single(Sentence("They met at the annual Leaders' Retreat in Bintan."), MentionKind.EventNoun).Head);
        Assert.Empty(Sentence("Markets staged a retreat from their highs.").MentionsOf(MentionKind.EventNoun));
    }

    [Fact]
    public void Find_DialogueTheKnowledgeBaseKnowsAsAnOrganization_IsNoEventNoun()
    {
        var s = Sentence("It was the second summit of the group, formally known as the Quadrilateral Security Dialogue.");

        Assert.DoesNotContain(s.MentionsOf(MentionKind.EventNoun), m => m.Head == "dialogue");
        Assert.Contains(s.MentionsOf(MentionKind.Organization), m => m.Text == "Quadrilateral Security Dialogue");
    }

    [Theory]
    [InlineData("He arrived for the 18th G20 Summit in New Delhi.", "the 18th G20 Summit", 18)]
    [InlineData("on the sidelines of the Association of Southeast Asian Nations (ASEAN) summit", "the Association of Southeast Asian Nations (ASEAN) summit", null)]
    [InlineData("before the meeting of Group of Seven leaders", "the meeting of Group of Seven leaders", null)]
    [InlineData("He attended the expanded G7 Summit in Hiroshima.", "the expanded G7 Summit", null)]
    [InlineData("He flew home to attend G20 summit talks.", "G20 summit", null)]
    [InlineData("He is in Beijing for the summit of the Forum on China-Africa Cooperation (FOCAC), which opens on Wednesday.", "the summit of the Forum on China-Africa Cooperation (FOCAC)", null)]
    [InlineData("They met on the sidelines of the 2024 Summit of the Forum on China-Africa Cooperation (FOCAC) in Beijing.", "the 2024 Summit of the Forum on China-Africa Cooperation (FOCAC)", null)]
    [InlineData("It was held on the sidelines of the Asia-Pacific Economic Cooperation (APEC) forum's leaders' meeting, hosted by Thailand.", "the Asia-Pacific Economic Cooperation (APEC) forum's leaders' meeting", null)]
    [InlineData("He attended the summit of the Group of 20 major economies in New Delhi.", "the summit of the Group of 20 major economies", null)]
    [InlineData("They were attending the annual summit of the Shanghai Cooperation Organization.", "the annual summit of the Shanghai Cooperation Organization", null)]
    [InlineData("It was the ninth summit of the Shanghai Cooperation Organization.", "the ninth summit of the Shanghai Cooperation Organization", 9)]
    [InlineData("Both leaders had taken part in the East Asia Summit earlier in the week.", "the East Asia Summit", null)]
    [InlineData("They met on the sidelines of the high-level week of the 79th session of the UN General Assembly.", "the high-level week of the 79th session of the UN General Assembly", 79)]
    [InlineData("Lam is attending the General Debate of the 79th session of the UN General Assembly.", "the General Debate of the 79th session of the UN General Assembly", 79)]
    [InlineData("They met in New York on the margins of the United Nations General Assembly.", "the United Nations General Assembly", null)]
    public void Find_SeriesEdition_SpansTheNameAndCarriesTheOrdinal(string text, string expected, int? ordinal)
    {
        var series = Single(Sentence(text), MentionKind.Series);

        Assert.Equal(expected, series.Text);
        Assert.Equal(ordinal, series.Ordinal);
    }

    [Fact]
    public void Find_GeneralAssemblyNamedForWhatItDid_IsNoEdition() =>
        Assert.Empty(Sentence("South Africa has abstained on several UN General Assembly resolutions.").MentionsOf(MentionKind.Series));

    [Theory]
    [InlineData("The Oval Office meeting also capped a week of lobbying.", "The Oval Office meeting")]
    [InlineData("It came after the Helsinki summit.", "the Helsinki summit")]
    [InlineData("Officials in Helsinki said the summit was long.", "the summit")]
    public void Find_PlaceBetweenTheArticleAndTheNoun_IsPartOfTheNoun(string text, string expected)
    {
        var noun = Single(Sentence(text), MentionKind.EventNoun);

        Assert.Equal(expected, noun.Text);
        Assert.True(noun.IsDefinite);
    }

    [Theory]
    [InlineData("They will maintain close communication at all levels, including at the summit level.")]
    [InlineData("Contacts continued at the ministerial and summit levels.")]
    public void Find_SummitBeforeLevel_IsNoEvent(string text) =>
        Assert.Empty(Sentence(text).MentionsOf(MentionKind.EventNoun));

    [Fact]
    public void Find_RetreatAsTheSentencesFirstToken_IsNoEventAndNoError() =>
        Assert.Empty(Sentence("retreat built by publisher Walter Annenberg and his wife, where the men spent eight hours together.").MentionsOf(MentionKind.EventNoun));

    [Theory]
    [InlineData("Related Topics: Emmerson Mnangagwa | Xi Jinping | China | Focac")]
    [InlineData("Tags: APEC")]
    public void Find_OrganizationAsTheSentencesLastToken_IsNoEditionAndNoError(string text) =>
        Assert.Empty(Sentence(text).MentionsOf(MentionKind.Series));

    [Fact]
    public void Find_BodyNamedForItsSummitsBeforeMoreOfANoun_IsNoEdition() =>
        Assert.Empty(Sentence("The meetings include the East Asia Summit foreign ministers' meeting.").MentionsOf(MentionKind.Series));

    [Fact]
    public void Find_IndefiniteSummitOfAnOrganization_IsLeftToTheMeetingItMayBe() =>
        Assert.Empty(Sentence("Kishida and Modi joined Biden and Albanese for a summit of the Quad.").MentionsOf(MentionKind.Series));

    [Fact]
    public void Find_EventNoun_KeepsItsModifiersAndLongerForms()
    {
        var noun = Single(Sentence("It was their first in-person meeting between the two presidents in three years."), MentionKind.EventNoun);

        Assert.Equal("their first in-person meeting", noun.Text);
        Assert.Equal("meeting", noun.Head);
        Assert.Equal(["their first in-person meeting between the two presidents", "their first in-person meeting between the two presidents in three years"], noun.Variants);
    }

    [Theory]
    [InlineData("They held the seventh round of German-Indian government consultations.", "the seventh round of German-Indian government consultations")]
    [InlineData("The two sides began a new round of talks on Monday.", "a new round of talks")]
    [InlineData("He came for the seventh German-Indian intergovernmental consultations.", "the seventh German-Indian intergovernmental consultations")]
    public void Find_EventNounAfterARoundOfOrOfGovernments_SpansTheWholePhrase(string text, string expected) =>
        Assert.Equal(expected, Single(Sentence(text), MentionKind.EventNoun).Text);

    [Theory]
    [InlineData("The last meeting between the leaders of the two countries was in November.")]
    [InlineData("The meeting between the two leaders had been planned for months.")]
    public void Find_EventNounBetweenPartiesBeforeAVerb_EndsItsLongerFormBeforeTheVerb(string text)
    {
        var noun = Single(Sentence(text), MentionKind.EventNoun);

        Assert.DoesNotContain(noun.Variants, v => v.EndsWith(" was", StringComparison.Ordinal) || v.EndsWith(" had", StringComparison.Ordinal));
        Assert.Single(noun.Variants, v => v.EndsWith(" countries", StringComparison.Ordinal) || v.EndsWith(" leaders", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("He attended the G20 summit in Osaka in June 2019.", MentionKind.Series, "the G20 summit in Osaka")]
    [InlineData("The two leaders held talks at the Kremlin on Monday.", MentionKind.EventNoun, "talks at the Kremlin")]
    [InlineData("It was their first meeting in Beijing.", MentionKind.EventNoun, "their first meeting in Beijing")]
    public void Find_EventOrEditionBeforeAPlace_HasTheFormWithItsPlace(string text, MentionKind kind, string form) =>
        Assert.Contains(form, Single(Sentence(text), kind).Variants);

    [Theory]
    [InlineData("He attended the G20 summit in June 2019.", MentionKind.Series)]
    [InlineData("The two leaders held talks in earnest on Monday.", MentionKind.EventNoun)]
    public void Find_EventOrEditionBeforeNoPlace_HasNoFormWithAPlace(string text, MentionKind kind) =>
        Assert.DoesNotContain(Single(Sentence(text), kind).Variants, v => v.Contains(" in ", StringComparison.Ordinal));

    [Theory]
    [InlineData("The two heads of state held closed talks on Tuesday.", "closed talks")]
    [InlineData("He later held delegation-level talks with the premier.", "delegation-level talks")]
    [InlineData("They spoke for an hour after an hour-long meeting.", "an hour-long meeting")]
    public void Find_EventNounAfterADescribingWord_KeepsTheWord(string text, string expected) =>
        Assert.Equal(expected, Single(Sentence(text), MentionKind.EventNoun).Text);

    [Fact]
    public void Find_Anniversary_StopsAtTheEndOfItsNounPhrase()
    {
        var anniversary = Single(Sentence("Next year marks the 70th anniversary of the establishment of diplomatic ties between Japan and Indonesia, officials said."), MentionKind.Anniversary);

        Assert.Equal("the 70th anniversary of the establishment of diplomatic ties between Japan and Indonesia", anniversary.Text);
        Assert.Equal(70, anniversary.Ordinal);
    }

    [Fact]
    public void Find_MarkingYearsSince_IsAnAnniversary()
    {
        var anniversary = Single(Sentence("They met as the two neighbors mark 60 years since the normalization of diplomatic ties."), MentionKind.Anniversary);

        Assert.Equal("60 years since the normalization of diplomatic ties", anniversary.Text);
        Assert.Equal(60, anniversary.Ordinal);
    }

    [Fact]
    public void Find_YearsSinceWithNoVerbOfMarking_IsNoAnniversary() =>
        Assert.Empty(Sentence("It was the first such visit in 60 years since the normalization of diplomatic ties.").MentionsOf(MentionKind.Anniversary));
}
