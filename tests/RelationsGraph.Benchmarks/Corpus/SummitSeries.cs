namespace RelationsGraph.Benchmarks.Corpus;

/// <summary>A recurring multilateral meeting whose sidelines host bilateral talks ("the 30th APEC Economic Leaders' Meeting").</summary>
/// <param name="Acronym">The organization's short form.</param>
/// <param name="Organization">The organization's full name.</param>
/// <param name="Meeting">The meeting's name after its ordinal.</param>
/// <param name="OrdinalIn2023">The ordinal of the 2023 meeting (the ordinal of other years follows from it).</param>
/// <param name="Members">The ISO codes of the member countries of <see cref="Countries"/>.</param>
public sealed record SummitSeries(string Acronym, string Organization, string Meeting, int OrdinalIn2023, IReadOnlyList<string> Members)
{
    /// <summary>Every series of the synthetic corpus.</summary>
    public static IReadOnlyList<SummitSeries> All { get; } =
    [
        new("APEC", "Asia-Pacific Economic Cooperation", "APEC Economic Leaders' Meeting", 30, ["AU", "CA", "CL", "CN", "ID", "JP", "KR", "MX", "MY", "NZ", "PH", "RU", "SG", "TH", "US", "VN"]),
        new("G20", "Group of Twenty", "G20 Summit", 18, ["AR", "AU", "BR", "CA", "CN", "DE", "FR", "GB", "ID", "IN", "IT", "JP", "KR", "MX", "RU", "SA", "TR", "US", "ZA"]),
        new("ASEAN", "Association of Southeast Asian Nations", "East Asia Summit", 18, ["AU", "CN", "ID", "IN", "JP", "KR", "MY", "NZ", "PH", "RU", "SG", "TH", "US", "VN"]),
        new("BRICS", "BRICS", "BRICS Summit", 15, ["BR", "CN", "EG", "IN", "RU", "SA", "ZA"]),
        new("SCO", "Shanghai Cooperation Organisation", "SCO Summit", 23, ["CN", "IN", "KZ", "PK", "RU"]),
        new("G7", "Group of Seven", "G7 Summit", 49, ["CA", "DE", "FR", "GB", "IT", "JP", "US"]),
        new("UN", "United Nations", "session of the UN General Assembly", 78, ["AR", "AU", "BR", "CA", "CL", "CN", "DE", "EG", "FR", "GB", "ID", "IN", "IT", "JP", "KR", "KZ", "MX", "MY", "NG", "NZ", "PH", "PK", "RU", "SA", "SG", "TH", "TR", "US", "VN", "ZA"]),
    ];

    /// <summary>The ordinal of the meeting held in <paramref name="year"/> ("30" for APEC in 2023).</summary>
    public int OrdinalIn(int year) => OrdinalIn2023 + year - 2023;
}
