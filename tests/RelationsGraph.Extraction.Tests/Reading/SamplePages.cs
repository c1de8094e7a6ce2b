namespace RelationsGraph.Extraction.Tests.Reading;

/// <summary>Test pages written for these tests, in the style of scraped wire copy.</summary>
internal static class SamplePages
{
    public const string Caption =
        "Chinese President Xi Jinping talks with Japanese Prime Minister Fumio Kishida in San Francisco, the United States, Nov. 16, 2023. [Photo/Xinhua]";

    public static readonly string[] StorySentences =
    [
        "SAN FRANCISCO, Nov. 16 (Xinhua) -- Chinese President Xi Jinping held talks with Japanese Prime Minister Fumio Kishida here on Thursday afternoon, on the sidelines of the 30th APEC Economic Leaders' Meeting.",
        "The two leaders reaffirmed their commitment to \u201Ccomprehensively advancing the strategic and mutually beneficial relations\u201D between China and Japan.",
        "Xi noted that this year is the 45th anniversary of the signing of the China-Japan Treaty of Peace and Friendship.",
        "The treaty, he said, set the direction of peace and friendship \u201Cin legal form,\u201D and both sides should honour the four political documents.",
        "For his part, Kishida said Japan's position on the Taiwan question, as stated in the Japan-China Joint Statement, has not changed.",
        "He added that Mr. Kishida's government hopes to expand cooperation in areas such as the digital economy, e.g. data flows, and green development.",
        "The two sides agreed to hold a new round of the China-Japan High-Level Economic Dialogue at an early date.",
    ];

    /// <summary>A full noisy page: navigation words, time stamp, a caption shown twice, footers.</summary>
    public static string NoisyXinhuaPage(string newline = "\n") => string.Join(newline,
    [
        "App",
        "Xi meets Japanese PM, calls for constructive ties fit for new era",
        "Updated: Nov 17, 2023 15:27 Xinhua",
        Caption,
        StorySentences[0],
        StorySentences[1] + " " + StorySentences[2],
        StorySentences[3],
        StorySentences[4],
        Caption,
        StorySentences[5],
        StorySentences[6],
        "Copyright\u00A9 www.gov.cn | About us | Contact us",
        "Website Identification Code bm01000001",
        "Registration Number: 05070218",
        "All rights reserved. The content (including but not limited to text, photo) belongs to the portal.",
        "Mobile",
        "Desktop",
        string.Empty,
    ]);
}
