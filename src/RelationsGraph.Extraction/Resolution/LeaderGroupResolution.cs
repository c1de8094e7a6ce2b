using RelationsGraph.Extraction.Mentions;

namespace RelationsGraph.Extraction.Resolution;

/// <summary>
/// Who a group of leaders is: "the two leaders" are the leaders in focus (or the sentence's own, or the only ones the
/// story named), "the French and Chinese presidents" the leaders of those countries.
/// </summary>
internal sealed class LeaderGroupResolution(ArticleEntities entities, Discourse discourse)
{
    /// <summary>Resolves <paramref name="group"/>, a group of leaders in <paramref name="s"/>; <paramref name="focusBefore"/> is the sentence that set the focus before <paramref name="s"/> did.</summary>
    public void Resolve(AnalyzedSentence s, Mention group, int focusBefore)
    {
        if (group.Candidates.Count > 0 && group.Head != GroupPattern.OfCountries)
        {
            LeadersOfSides(group);
            return;
        }

        var inSentence = new List<string>();
        foreach (var m in s.MentionSpan)
        {
            if (m.End <= group.Start && ReferenceResolution.IsLeaderReference(m) && m.NodeId is { } id)
            {
                FocusUpdate.AddDistinct(inSentence, id);
            }
        }

        // "He will join Biden and Marcos ... for the first summit among the leaders of the three countries": the sentence's
        // own leaders, when it names as many as the group counts, before the leaders in focus.
        List<string> members = group.Count is { } n && inSentence.Count == n ? inSentence : [.. discourse.Focus];
        if (group.Count is { } count && members.Count != count)
        {
            var earlier = count == 2 ? discourse.PairFocus : discourse.GroupFocus;
            if (earlier.Count == count)
            {
                members = [.. earlier];
            }
            else if ((count == 2 || focusBefore < s.Index - 1)
                && OnlyLeadersNamed(count, inSentence.Count == 0 ? discourse.LeadersBeforeSentence : discourse.Leaders.Count) is { } named)
            {
                // "Erdogan greeted his guest at Esenboga Airport ... before the two leaders moved on to talks", after
                // "Sisi arrived in Ankara", and "the four Heads of State" after two sentences that named four: no sentence
                // named them all, but the story has named only those. A group of more than two right after the sentence
                // that set the focus on fewer is not all of them ("Biden said Kishida and Yoon should meet. The three
                // leaders ..."). Only those named before the group: "The two presidents last met in Kyiv, when Iohannis
                // travelled there with Macron, Scholz and Draghi" names three more after it.
                members = named;
            }
            else
            {
                return;
            }
        }

        members = OfTheGroupsOffice(group, members);

        // "the leaders of Japan and South Korea" in a story of Biden and Xi are not those two.
        if (group.Head != GroupPattern.OfCountries || members.TrueForAll(id => entities.CountryOf(id) is { } country && group.Candidates.Contains(country)))
        {
            group.NodeIds = members;
        }
    }

    /// <summary>
    /// <paramref name="members"/>, unless the group names an office one of them does not hold and as many other leaders of
    /// the story hold it: "The two presidents then held a meeting at Belém Palace" in a story of a president's talks
    /// with a prime minister are the two presidents it named, not the pair in focus.
    /// </summary>
    private List<string> OfTheGroupsOffice(Mention group, List<string> members)
    {
        if (Office(group.Text) is not { } office || members.TrueForAll(id => Holds(id, office)))
        {
            return members;
        }

        var holders = discourse.Leaders.FindAll(id => !discourse.Former.Contains(id) && Holds(id, office));
        return holders.Count == members.Count ? holders : members;
    }

    /// <summary>The office a group's noun names ("the two presidents": President), or null for "the two leaders" and the like.</summary>
    private static string? Office(string text) =>
        text.EndsWith("presidents", StringComparison.OrdinalIgnoreCase) ? "President"
        : text.EndsWith("prime ministers", StringComparison.OrdinalIgnoreCase) ? "Prime Minister"
        : null;

    /// <summary>Whether the leader's title is the office (a vice president is no president); true when the title is unknown.</summary>
    private bool Holds(string leaderId, string office) =>
        entities.TitleOf(leaderId) is not { } title
        || (title.Contains(office, StringComparison.OrdinalIgnoreCase) && !title.Contains("Vice", StringComparison.OrdinalIgnoreCase)
            && !title.Contains("Deputy", StringComparison.OrdinalIgnoreCase));

    /// <summary>The first <paramref name="leadersNamed"/> leaders the article named, those of the past left out, when they are exactly <paramref name="count"/>; else null.</summary>
    private List<string>? OnlyLeadersNamed(int count, int leadersNamed) =>
        discourse.Serving(leadersNamed) is { } named && named.Count == count ? named : null;

    /// <summary>
    /// "the French and Chinese presidents": for each country the group names, its leader in focus, else the last of its
    /// serving leaders named before (a third leader, "European Commission President Ursula von der Leyen", may have
    /// taken the focus since); none unless every country has one.
    /// </summary>
    private void LeadersOfSides(Mention group)
    {
        var members = new List<string>(group.Candidates.Count);
        foreach (var country in group.Candidates)
        {
            var leader = discourse.Focus.Find(id => entities.CountryOf(id) == country)
                ?? discourse.Leaders.FindLast(id => entities.CountryOf(id) == country && !discourse.Former.Contains(id));
            if (leader is null)
            {
                return;
            }

            members.Add(leader);
        }

        group.NodeIds = members;
    }
}
