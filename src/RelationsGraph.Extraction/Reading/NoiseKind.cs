namespace RelationsGraph.Extraction.Reading;

/// <summary>Why a line (or sentence) of a scraped page was left out of the story.</summary>
public enum NoiseKind
{
    /// <summary>A navigation word or breadcrumb on its own line ("App", "Mobile", "Home | World"), or a
    /// short line of one or two words with no sentence punctuation that is not the headline.</summary>
    Navigation,

    /// <summary>A line of symbols only ("***", "———").</summary>
    Decoration,

    /// <summary>The page's time stamp ("Updated: Nov 17, 2023 15:27 Xinhua"); read into
    /// <see cref="ArticleText.PublishedAt"/> and <see cref="ArticleText.Outlet"/>.</summary>
    Updated,

    /// <summary>A photo caption, recognised by its credit ("[Photo/Xinhua]", "(Xinhua/Jane Doe)"). A
    /// caption often repeats the story, so every copy is removed.</summary>
    PhotoCaption,

    /// <summary>A copyright footer ("Copyright © ... All rights reserved").</summary>
    Copyright,

    /// <summary>A "Website Identification Code ..." footer line.</summary>
    WebsiteIdentification,

    /// <summary>A "Registration Number: ..." (or ICP licence) footer line.</summary>
    RegistrationNumber,

    /// <summary>A byline ("By Jane Doe"); read into <see cref="ArticleText.Byline"/>.</summary>
    Byline,

    /// <summary>An "Editor: ..." line.</summary>
    Editor,

    /// <summary>A "Source: ..." line; its outlet is used when nothing better names one.</summary>
    Source,

    /// <summary>A link to another story: a label such as "Read more:" or "Related Articles", the headlines listed
    /// under it up to the next blank line, or a headline after "Related: " on its own line.</summary>
    RelatedLink,

    /// <summary>A heading set between the story's paragraphs ("Trade, Ukraine and North Korea"): a short line of its own,
    /// after the first paragraph of prose, without a sentence's closing punctuation.</summary>
    Subheading,
}
