using RelationsGraph.Extraction.Knowledge;
using RelationsGraph.Extraction.Mentions;

namespace RelationsGraph.Extraction.Resolution;

/// <summary>
/// Resolves references that name no one: roles ("the Chinese president" is the leader of that title and
/// country named earlier, else the office holder on the article's date), pronouns ("he" is the subject of the
/// sentence or of the last sentence about a leader; "his" in "For his part, X" is X), groups ("the two leaders"
/// are the leaders in focus, see <see cref="LeaderGroupResolution"/>; "the two sides" their countries), sides ("the Japanese side" is Japan) and guests ("his
/// guest"; see <see cref="GuestResolution"/>, which takes the country of the dateline's place as the host's).
/// </summary>
internal sealed class ReferenceResolution(KnowledgeBase kb, ArticleEntities entities, Discourse discourse, DateOnly? date, string? datelineCountry)
{
    private readonly FocusUpdate focus = new(discourse, entities);
    private readonly PronounGender gender = new(kb.Lexicon, discourse);
    private readonly LeaderGroupResolution groups = new(entities, discourse);

    /// <summary>The sentence whose leaders were in focus before the one being resolved set its own.</summary>
    private int focusBefore = -1;

    /// <remarks>Nothing here adds or removes mentions, so the loops read the sentence's own list.</remarks>
    public void Resolve(AnalyzedSentence s)
    {
        gender.Learn(s);
        foreach (var mention in s.MentionSpan)
        {
            switch (mention.Kind)
            {
                case MentionKind.Role when mention.Head == RolePattern.Guest:
                    mention.NodeIds = GuestResolution.Guest(mention, s, discourse, entities, datelineCountry) is { } guest ? [guest] : [];
                    break;
                case MentionKind.Role:
                    Role(mention, s);
                    break;
                case MentionKind.Pronoun:
                    Pronoun(s, mention);
                    mention.NodeIds = gender.Agreeing(s, mention, mention.NodeIds);
                    break;
                case MentionKind.Side when mention.CountryId is { } country:
                    mention.NodeIds = entities.AddKnown<Country>(country) is { } side ? [side.Id] : [];
                    entities.AddAlias(country, mention.Text);
                    break;
            }
        }

        // The sentence's own "X and Y agreed" sets whom its "the two sides" and "they" mean.
        focusBefore = discourse.FocusAt;
        focus.Update(s);
        foreach (var mention in s.MentionSpan)
        {
            if (mention.Kind == MentionKind.LeaderGroup && mention.Head != GroupPattern.OfOrganizationMembers) // "the leaders of the APEC economies": no one named
            {
                groups.Resolve(s, mention, focusBefore);
            }
            else if (mention.Kind == MentionKind.SideGroup)
            {
                SideGroup(mention);
            }
        }
    }

    /// <summary>Resolves <paramref name="role"/> to the one leader it fits; <paramref name="s"/>, its sentence, when leaders it names after the role are to be left out.</summary>
    private void Role(Mention role, AnalyzedSentence? s)
    {
        if (s is not null && AppositiveName(s, role) is { } named)
        {
            // "the Chinese President, Xi Jinping,": the role is the name set off after it, whoever was named before.
            role.NodeIds = named.NodeIds;
            return;
        }

        var title = role.Title ?? "Leader";
        if (title == "Premier" && role.CountryId is { } ofPremier && !discourse.Leaders.Exists(id => entities.CountryOf(id) == ofPremier && FitsTitle(id, title)))
        {
            title = "Prime Minister"; // "the Indian premier": the prime minister of a country the story names no premier of
        }

        // The leaders named so far that fit, latest first; the first of them is the latest of the serving leaders,
        // else the latest of the former ones. A leader first named after the role in its own sentence is someone
        // else ("the prime minister ... held talks with Premier Li Keqiang").
        var count = 0;
        var serving = 0;
        string? latestServing = null;
        string? latestFormer = null;
        string? latestHead = null;
        for (var i = discourse.Leaders.Count - 1; i >= 0; i--)
        {
            var id = discourse.Leaders[i];
            if (s is not null && i >= discourse.LeadersBeforeSentence && !NamedBefore(s, id, role.Start))
            {
                continue;
            }

            if ((role.CountryId is null || entities.CountryOf(id) == role.CountryId) && FitsTitle(id, title))
            {
                count++;
                if (discourse.Former.Contains(id))
                {
                    latestFormer ??= id;
                }
                else
                {
                    serving++;
                    latestServing ??= id;
                    if (title == "Leader" && OfficeTitles.IsHeadOfStateOrGovernment(entities.TitleOf(id) ?? entities.StatedTitleOf(id))
                        && (latestHead is null || discourse.TimesNamed(id) > discourse.TimesNamed(latestHead)))
                    {
                        latestHead = id;
                    }
                }
            }
        }

        // "having visited in 2015 as Japan's foreign minister": an office the sentence's subject held, which names
        // neither a leader whose country nothing gave nor today's holder.
        var heldBySubject = s is not null && s.Is(s.TokenAt(role.Start) - 1, "as");
        if (count == 1 || (count > 1 && role.CountryId is not null) || (serving == 1 && !heldBySubject && !IsFormerRole(s, role)))
        {
            // "The premier was welcomed ..." after Premier Li Qiang and the last premier to visit, Li Keqiang: the one
            // serving leader of the title, when the others named have left office.
            // "The Chinese leader" after Xi and then his foreign minister were named is Xi: a leader without an office
            // named is the country's head, when one of the candidates is; of two heads (a president and a prime
            // minister), the one the story names most, the latest when they are named as often.
            role.NodeIds = [(latestHead ?? latestServing ?? latestFormer)!];
        }
        else if (count > 1 && role.CountryId is null && s is not null && IsSentenceSubject(s, role) && discourse.LastSubject is { } last
            && !discourse.Former.Contains(last) && FitsTitle(last, title))
        {
            // "The meeting with Xi was one of several Milei held in Rio. The President also held talks with ...": a role
            // that fits several leaders, opening a sentence, goes on with the subject of the sentences before.
            role.NodeIds = [last];
        }
        else if (count > 0 || heldBySubject)
        {
            return;
        }
        else if (role.CountryId is { } stated && OnlyStatelessLeader(title, s, role.Start) is { } stateless)
        {
            // "President Abdel-Fattah El-Sisi ... the Egyptian president": a titled leader whose country nothing gave
            // is the role's, and from here on of that country.
            entities.SetLeaderFacts(stateless, null, stated);
            role.NodeIds = [stateless];
        }
        else if (role.CountryId is { } country && date is { } day && kb.OfficeHolder(country, title, day) is { } holder)
        {
            entities.AddKnown<Leader>(holder.Id);
            discourse.SawLeader(holder.Id);
            role.NodeIds = [holder.Id];
        }
    }

    /// <summary>Whether <paramref name="role"/> opens its sentence ("The President also held talks ...").</summary>
    private static bool IsSentenceSubject(AnalyzedSentence s, Mention role) => s.TokenAt(role.Start) <= s.FirstBodyToken;

    /// <summary>Whether leader <paramref name="id"/> holds <paramref name="title"/>, as the knowledge base or the article says.</summary>
    private bool FitsTitle(string id, string title) =>
        title == "Leader" || OfficeTitles.Matches(entities.TitleOf(id), title) || OfficeTitles.Matches(entities.StatedTitleOf(id), title);

    /// <summary>The leader whose phrase begins inside <paramref name="role"/> and whose name follows it, set off by a comma, or null.</summary>
    private static Mention? AppositiveName(AnalyzedSentence s, Mention role)
    {
        foreach (var m in s.MentionSpanOf(MentionKind.Leader))
        {
            if (m.PhraseStart > role.Start && m.PhraseStart < role.End && m.Start >= role.End && m.NodeId is not null)
            {
                return m;
            }
        }

        return null;
    }

    /// <summary>Words that make a role a past holder's: "the former premier", "the then president", "the last premier to visit".</summary>
    private static readonly HashSet<string> PastWords = new(StringComparer.OrdinalIgnoreCase) { "former", "then", "late", "last", "previous" };

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> PastWordLookup = PastWords.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Whether a word of the role, or the word before it, makes it a past holder's (see <see cref="PastWords"/>).</summary>
    private static bool IsFormerRole(AnalyzedSentence? s, Mention role)
    {
        var text = role.Text.AsSpan();
        foreach (var range in text.Split(' '))
        {
            if (PastWordLookup.Contains(text[range]))
            {
                return true;
            }
        }

        return s is not null && PastWords.Contains(s.Word(s.TokenAt(role.Start) - 1));
    }

    /// <summary>
    /// The one leader named so far with <paramref name="title"/> (any head's, for "Leader") and no country (neither
    /// stated nor known), or null when there is none or more than one; leaders first named after <paramref name="start"/> in <paramref name="s"/> are left out.
    /// </summary>
    private string? OnlyStatelessLeader(string title, AnalyzedSentence? s, int start)
    {
        string? found = null;
        for (var i = 0; i < discourse.Leaders.Count; i++)
        {
            var id = discourse.Leaders[i];
            if ((s is null || i < discourse.LeadersBeforeSentence || NamedBefore(s, id, start))
                && entities.CountryOf(id) is null && id != found
                && (title == "Leader" ? OfficeTitles.IsHeadOfStateOrGovernment(entities.TitleOf(id)) : OfficeTitles.Matches(entities.TitleOf(id), title)))
            {
                if (found is not null)
                {
                    return null;
                }

                found = id;
            }
        }

        return found;
    }

    /// <summary>Whether a mention of leader <paramref name="id"/> ends before <paramref name="start"/> in the sentence.</summary>
    private static bool NamedBefore(AnalyzedSentence s, string id, int start)
    {
        foreach (var m in s.MentionSpanOf(MentionKind.Leader))
        {
            if (m.End <= start && m.NodeIds.Contains(id))
            {
                return true;
            }
        }

        return false;
    }

    private void Pronoun(AnalyzedSentence s, Mention pronoun)
    {
        var i = s.TokenAt(pronoun.Start);
        if (s.Is(i + 1, "part") && s.Is(i - 1, "for"))
        {
            // "For his part, X said" (his is X) and "X, for his part, said" (X before).
            Mention? after = null;
            Mention? before = null;
            foreach (var m in s.MentionSpan)
            {
                if (after is null && m.Start > pronoun.End && IsLeaderReference(m))
                {
                    after = m;
                }

                if (m.End <= pronoun.Start && IsLeaderReference(m) && m.NodeId is not null)
                {
                    before = m;
                }
            }

            var target = before ?? after;
            if (target is not null && target.NodeId is null && target.Kind == MentionKind.Role)
            {
                Role(target, s: null); // ahead of its turn: by every leader named so far
            }

            pronoun.NodeIds = target?.NodeIds ?? [];
            return;
        }

        Mention? subject = null;
        foreach (var m in s.MentionSpan)
        {
            if (m.End <= pronoun.Start && IsLeaderReference(m) && m.NodeId is not null && !FocusUpdate.IsObject(s, m))
            {
                subject = PronounClauses.AppositiveOfPossessed(s, m, pronoun) ?? m;
                break;
            }
        }

        if (s.Is(i, "him") && PronounClauses.OtherThanTheSubject(s, pronoun) is { } other)
        {
            pronoun.NodeIds = other.NodeIds;
            return;
        }

        subject ??= PronounClauses.RelativeClauseOwner(s, pronoun);
        if (subject is not null && PronounClauses.ObjectOfTheSubjectsVerb(s, subject, pronoun) && discourse.OtherThan(subject.NodeId) is { } guest)
        {
            pronoun.NodeIds = [guest]; // "President Museveni received her at State House": the object is someone else
            return;
        }

        pronoun.NodeIds = subject?.NodeIds ?? ((discourse.LastObjectOnly ?? discourse.LastSubject) is { } last ? [last] : []);
    }

    private void SideGroup(Mention group)
    {
        if (group.Candidates.Count > 0)
        {
            group.NodeIds = KnownCountries(group.Candidates);
            return;
        }

        var countries = discourse.FocusCountriesAt > discourse.FocusAt ? discourse.FocusCountries : FocusCountries();
        if (countries.Count < 2 || (group.Count is { } count && count != countries.Count))
        {
            return;
        }

        group.NodeIds = KnownCountries(countries);
    }

    /// <summary>The ids of <paramref name="ids"/> that are countries of the knowledge base, each added to the article's entities.</summary>
    private List<string> KnownCountries(IReadOnlyList<string> ids)
    {
        var known = new List<string>(ids.Count);
        for (var i = 0; i < ids.Count; i++)
        {
            if (entities.AddKnown<Country>(ids[i]) is not null)
            {
                known.Add(ids[i]);
            }
        }

        return known;
    }

    /// <summary>The countries of the leaders in focus, distinct, in order.</summary>
    private List<string> FocusCountries()
    {
        var countries = new List<string>();
        foreach (var id in discourse.Focus)
        {
            if (entities.CountryOf(id) is { } country && !countries.Contains(country))
            {
                countries.Add(country);
            }
        }

        return countries;
    }

    public static bool IsLeaderReference(Mention m) => m.Kind is MentionKind.Leader or MentionKind.Role or MentionKind.Pronoun;
}
