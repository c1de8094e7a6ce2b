namespace RelationsGraph.Benchmarks.Corpus;

/// <summary>The topics, cooperation areas and connective sentences of the synthetic corpus.</summary>
internal static class Phrases
{
    public static IReadOnlyList<string> Topics { get; } =
    [
        "the Taiwan question", "climate change", "export controls", "supply chains", "the situation on the Korean Peninsula",
        "the Ukraine crisis", "food security", "artificial intelligence", "counternarcotics cooperation", "maritime security",
        "the discharge of treated water from the Fukushima nuclear power plant", "nuclear non-proliferation", "trade and investment",
        "people-to-people exchanges", "energy security", "the Middle East situation", "cybersecurity", "debt relief for developing countries",
    ];

    public static IReadOnlyList<string> Areas { get; } =
    [
        "the digital economy", "green development", "finance", "medical care", "old-age care", "clean energy", "semiconductors",
        "agriculture", "tourism", "education", "public health", "infrastructure", "space", "critical minerals", "culture", "sports",
    ];

    public static IReadOnlyList<string> CiteVerbs { get; } =
    [
        "reaffirmed the principles established in", "abide by the principles enshrined in", "as stated in", "uphold the spirit of",
        "act in accordance with", "recalled",
    ];

    public static IReadOnlyList<string> Fillers { get; } =
    [
        "Analysts said the meeting was closely watched in the region, where many governments hope for steadier relations between the two countries.",
        "Officials from both foreign ministries attended the talks, which were held in a candid and constructive atmosphere, according to a statement released afterwards.",
        "The talks lasted longer than scheduled, officials said, and included a working lunch at which the delegations discussed economic issues.",
        "Observers noted that the tone of the meeting was markedly warmer than that of the previous round of talks held last year.",
        "According to customs data, trade between the two countries rose for the third consecutive year, with exports of machinery and electronics leading the increase.",
        "Business groups in both countries welcomed the meeting and called on the two governments to keep channels of communication open.",
        "The meeting was the first in-person encounter between the two leaders in more than a year, following a series of phone calls and video conferences.",
        "Security was tight around the venue, with roads closed to traffic for several hours before the delegations arrived.",
        "Diplomats said preparations for the meeting had taken several weeks, with working-level officials meeting repeatedly to agree on the agenda.",
        "Experts said that the outcome of the talks would be measured by whether the commitments made at the meeting are carried out in the coming months.",
        "A joint press availability was not held, but both sides issued readouts of the meeting shortly after it ended.",
        "The leaders also discussed regional and international issues of common concern, according to the readout.",
    ];
}
