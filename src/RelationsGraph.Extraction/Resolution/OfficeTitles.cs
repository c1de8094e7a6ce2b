namespace RelationsGraph.Extraction.Resolution;

/// <summary>How the titles of offices relate, for resolving roles ("the Chinese leader", "the prime minister").</summary>
internal static class OfficeTitles
{
    /// <summary>Whether <paramref name="title"/> heads a state or a government (or its ruling party), what "the Chinese leader" means.</summary>
    public static bool IsHeadOfStateOrGovernment(string? title) =>
        title is "President" or "Prime Minister" or "Premier" or "Chancellor" or "King" or "Queen" or "Emperor" or "Sultan" or "Emir"
            or "General Secretary" or "Taoiseach" or "Head of State" or "Head of Government" or "Acting President" or "State Counsellor";

    /// <summary>Whether the office <paramref name="actual"/> is the <paramref name="wanted"/> a role names (a premier is a prime minister, a president a head of state).</summary>
    public static bool Matches(string? actual, string wanted) =>
        actual is not null && (string.Equals(actual, wanted, StringComparison.OrdinalIgnoreCase)
            || (wanted == "Prime Minister" && actual == "Premier") || (wanted == "President" && actual == "Acting President")
            || (wanted == "Head of State" && actual is "President" or "King" or "Emperor" or "Acting President")
            || (wanted == "Head of Government" && actual is "Prime Minister" or "Premier" or "Chancellor" or "Taoiseach")
            || (wanted == Mentions.RolePattern.Monarch && actual is "King" or "Queen" or "Sultan" or "Emperor" or "Empress"));
}
