using System.Runtime.CompilerServices;
using RelationsGraph.Extraction.Knowledge;
using RelationsGraph.Extraction.Mentions;

namespace RelationsGraph.Extraction.Resolution;

/// <summary>
/// Links people's names to leaders: knowledge-base names and aliases (a surname alone only when it cannot be
/// someone else's given name and the leader is named in full in the article, holds office on its date or is
/// named with a title), people the knowledge base lacks when a title introduces them (a new id from the name),
/// and later surname-only mentions of those people.
/// </summary>
internal sealed class NameResolution(KnowledgeBase kb, ArticleEntities entities, Discourse discourse, string articleText, DateOnly? date)
{
    /// <summary>The knowledge base's full leader names by their upper-case form, built once per knowledge base and only read after.</summary>
    private static readonly ConditionalWeakTable<KnowledgeBase, Dictionary<string, string>> KnownNamesByBase = [];

    private readonly Dictionary<string, string> knownNames = KnownNamesByBase.GetValue(kb, KnownNames);

    public void Resolve(AnalyzedSentence s)
    {
        string? previous = null;
        foreach (var mention in s.MentionSpanOf(MentionKind.Leader))
        {
            var id = mention.Candidates.Count > 0 ? Known(s, mention) : Unknown(mention);
            if (id is null)
            {
                s.RemoveAll(m => ReferenceEquals(m, mention));
                continue;
            }

            mention.NodeIds = [id];
            entities.SetLeaderFacts(id, mention.Title, mention.CountryId ?? TitleCountry(mention.Title));
            if (mention.Text.Contains(' ', StringComparison.Ordinal))
            {
                AddSurname(id, mention.Text);
            }

            entities.AddAlias(id, mention.Text);
            if (mention.PhraseStart < mention.Start || mention.PhraseEnd > mention.End)
            {
                entities.AddAlias(id, articleText[mention.PhraseStart..mention.PhraseEnd]);
            }

            if (s.TokenAt(mention.Start) is var first and > 0 && s.IsAny(first - 1, "Sheikh", "Shaikh", "Sheikha", "Shaikha"))
            {
                entities.AddAlias(id, s.Slice(s.Tokens[first - 1].Start, mention.End)); // "Sheikh Tamim bin Hamad Al Thani": the name as styled
            }

            discourse.SawLeader(id);
            if (IsCalledFormer(s, mention) || LeftOffice(id))
            {
                // "signed by then President Kim Dae-jung", or a leader whose every term the knowledge base ends before the
                // article's date ("his predecessor, Jair Bolsonaro"): whom a later "the Brazilian leader" does not mean.
                discourse.Former.Add(id);
            }

            // "Defence Minister Ng Eng Hen and his Indonesian counterpart Prabowo Subianto": a minister's counterpart is one too.
            if (IsMinisterTitle(mention.Title) || (previous is not null && discourse.Ministers.Contains(previous) && IsCounterpart(s, mention)))
            {
                discourse.Ministers.Add(id);
            }

            previous = id;
        }

        AddSurnames(s);
    }

    /// <summary>Whether the knowledge base has terms for the leader and all of them ended before the article's date.</summary>
    private bool LeftOffice(string id)
    {
        if (date is not { } day || kb.TermsOf(id) is not { Count: > 0 } terms)
        {
            return false;
        }

        var today = PartialDate.FromDate(day);
        foreach (var term in terms)
        {
            if (term.Until is not { } until || until.CompareTo(today) >= 0)
            {
                return false;
            }
        }

        return true;
    }

    private string? Known(AnalyzedSentence s, Mention mention)
    {
        var id = Likeliest(mention.Candidates);
        var single = !mention.Text.Contains(' ', StringComparison.Ordinal);
        if (single && FullNameWithMiddleName(s, s.TokenAt(mention.Start) - 1, id) is { } given && entities.AddKnown<Leader>(id) is { } named)
        {
            mention.PhraseStart = Math.Min(mention.PhraseStart, s.Tokens[given].Start);
            entities.AddAlias(named.Id, s.Slice(s.Tokens[given].Start, mention.End));
            return named.Id; // "Vladimir Vladimirovich Putin": the leader's given name, a middle name, the surname
        }

        if (!single || mention.Title is not null)
        {
            return entities.AddKnown<Leader>(id)?.Id;
        }

        // A surname alone: not when a capitalised word follows ("Park Jin" is not Park Geun-hye), and only for
        // a leader named in full in the article or in office on its date.
        var next = s.TokenAt(mention.End);
        if (s.IsCapitalized(next) && s.MentionStartingAt(next) is null && !s.IsAny(next, "The", "He", "She", "It"))
        {
            return null;
        }

        var previous = s.TokenAt(mention.Start) - 1;
        if (previous >= 0 && IsInitialOf(s, previous, id) && entities.AddKnown<Leader>(id) is { } initialled)
        {
            entities.AddAlias(initialled.Id, s.Slice(s.Tokens[previous].Start, mention.End));
            return initialled.Id; // "External Affairs Minister S Jaishankar": the initial of the name "S. Jaishankar"
        }

        if (previous > 0 && s.IsCapitalized(previous) && !Words.Honorifics.Contains(s.Word(previous))
            && !s.Overlaps(s.Tokens[previous].Start, s.Tokens[previous].End, MentionKind.Title, MentionKind.Demonym, MentionKind.Country, MentionKind.Place, MentionKind.Capital))
        {
            return null; // "Ash Carter" is not Jimmy Carter
        }

        var fullName = entities.Contains(id) || (kb.Get<Leader>(id) is { } leader && articleText.Contains(leader.Name, StringComparison.OrdinalIgnoreCase));
        var inOffice = date is { } day && kb.InOffice(id, day);
        return fullName || inOffice ? entities.AddKnown<Leader>(id)?.Id : null;
    }

    /// <summary>
    /// The token of the given name when the two words before the surname are the knowledge base's given name of leader
    /// <paramref name="id"/> and one more capitalised name ("Vladimir Vladimirovich Putin"), or null.
    /// </summary>
    private int? FullNameWithMiddleName(AnalyzedSentence s, int middle, string id)
    {
        if (middle < 1 || !s.IsCapitalized(middle) || !s.IsCapitalized(middle - 1) || kb.Get<Leader>(id) is not { } leader)
        {
            return null;
        }

        var space = leader.Name.IndexOf(' ', StringComparison.Ordinal);
        return space > 0 && leader.Name.AsSpan(0, space).SequenceEqual(s.Word(middle - 1)) ? middle - 1 : null;
    }

    /// <summary>Whether token <paramref name="k"/> is one capital letter that opens the knowledge base's name of leader <paramref name="id"/>.</summary>
    private bool IsInitialOf(AnalyzedSentence s, int k, string id) =>
        Words.IsInitial(s, k) && kb.Get<Leader>(id) is { } leader
        && leader.Name.Length > 2 && leader.Name[0] == s.Word(k)[0] && leader.Name[1] is '.' or ' ';

    /// <summary>The first candidate the article has named already, else the first in office on its date, else the first.</summary>
    private string Likeliest(IReadOnlyList<string> candidates)
    {
        for (var i = 0; i < candidates.Count; i++)
        {
            if (entities.Contains(candidates[i]))
            {
                return candidates[i];
            }
        }

        if (date is { } day)
        {
            for (var i = 0; i < candidates.Count; i++)
            {
                if (kb.InOffice(candidates[i], day))
                {
                    return candidates[i];
                }
            }
        }

        return candidates[0];
    }

    private string? Unknown(Mention mention)
    {
        if (mention.Name is not { } name || mention.Title is null)
        {
            return null;
        }

        if (knownNames.TryGetValue(name.ToUpperInvariant(), out var knownId))
        {
            return entities.AddKnown<Leader>(knownId)?.Id;
        }

        return entities.Add(new Leader { Id = NodeId.Create(Leader.IdPrefix, name), Name = name, Title = mention.Title }).Id;
    }

    /// <summary>
    /// Registers the family name of a leader the article names in full, so that "Li" after "Li Qiang" is him: the
    /// first word for Chinese and Korean names (written family name first), the last word otherwise; and the first word
    /// of a name of up to three words as a given name the article may call the person by ("Abiy" after "Abiy Ahmed"),
    /// read only where no surname matches. A surname or given name two leaders of the article share is nobody's.
    /// </summary>
    private void AddSurname(string id, string fullName)
    {
        var parts = fullName.Split(' ', StringSplitOptions.RemoveEmptyEntries).Where(p => !Words.NameSuffixes.Contains(p)).ToArray();
        if (parts.Length < 2)
        {
            return;
        }

        var familyFirst = Words.WritesFamilyNameFirst(entities.CountryOf(id))
            || (parts[0].All(c => !char.IsLetter(c) || char.IsUpper(c)) && parts[0].Length > 1);
        var surname = familyFirst ? parts[0] : parts[^1];
        if (IsArabicArticle(surname))
        {
            // "Bashar al-Assad": "President al-Assad", and "Assad" as many outlets write him.
            Register(discourse.Surnames, surname, id);
            surname = surname[3..];
        }

        if (surname.Length < 2 || !char.IsUpper(surname[0]))
        {
            return;
        }

        surname = surname.Length > 2 && surname.All(c => !char.IsLetter(c) || char.IsUpper(c)) ? surname[0] + surname[1..].ToLowerInvariant() : surname;
        Register(discourse.Surnames, surname, id);
        if (Array.IndexOf(parts, "bin") > 0)
        {
            // "Sheikh Mohamed" for Mohamed bin Zayed, "Prince Mohammed" for Mohammed bin Salman: the first word after a style.
            Register(discourse.StyledNames, parts[0], id);
        }
        else if (parts.Length <= 3 && parts.All(p => char.IsUpper(p[0]) && p is not ("Bin" or "Al")))
        {
            // "PM Abiy arrived in Beijing", "Retno said": where a name is a given name and a father's, or has no family
            // name, the article calls the person by the first word (a family name written first is that word already).
            // Arabic names with "bin" or "Al" and longer names are left to the knowledge base's aliases.
            Register(discourse.GivenNames, parts[0], id);
        }
    }

    /// <summary>Whether <paramref name="word"/> is a family name after the Arabic article, "al-Assad".</summary>
    private static bool IsArabicArticle(string word) =>
        word.Length > 4 && word.StartsWith("al-", StringComparison.Ordinal) && char.IsUpper(word[3]);

    /// <summary>Maps <paramref name="word"/> to <paramref name="id"/>, or to nobody ("") when another leader has it too.</summary>
    private static void Register(Dictionary<string, string> names, string word, string id)
    {
        if (names.TryGetValue(word, out var other) && other != id)
        {
            names[word] = "";
            return;
        }

        names[word] = id;
    }

    /// <summary>Adds leader mentions for surnames and given names of leaders named earlier in full ("Yellen" after "Janet Yellen").</summary>
    private void AddSurnames(AnalyzedSentence s)
    {
        if (discourse.Surnames.Count == 0 && discourse.GivenNames.Count == 0 && discourse.StyledNames.Count == 0)
        {
            return;
        }

        for (var i = 0; i < s.Tokens.Count; i++)
        {
            var token = s.Tokens[i];
            if ((s.IsCapitalized(i) || IsArabicArticle(s.Word(i))) && (discourse.Surnames.TryGetValue(s.Word(i), out var id) || discourse.GivenNames.TryGetValue(s.Word(i), out id)
                || (s.IsAny(i - 1, "Sheikh", "Shaikh", "Prince") && discourse.StyledNames.TryGetValue(s.Word(i), out id))) && id.Length > 0 && !s.IsCapitalized(i + 1)
                && (!s.OverlapsAny(token.Start, token.End) || OwnsEventNoun(s, i)))
            {
                var surname = new Mention(MentionKind.Leader, s.Index, token.Start, token.End, s.Word(i)) { NodeIds = [id] };
                if (i > 0 && s.MentionCovering(i - 1, MentionKind.Title) is { } title && title.End == s.Tokens[i - 1].End)
                {
                    // "a trilateral meeting of Prime Minister Pashinyan, President Putin and ...": the title before the
                    // surname is its phrase's, as the finder links it to a name it finds.
                    surname.PhraseStart = title.Start;
                }

                s.Add(surname);
                discourse.SawLeader(id);
            }
        }
    }

    /// <summary>
    /// Whether token <paramref name="i"/> is the possessor an event noun starts with and nothing else lies there: "Dahal's
    /// four-day official visit", as "Modi's four-day official visit" is, where the knowledge base's name was found first.
    /// </summary>
    private static bool OwnsEventNoun(AnalyzedSentence s, int i)
    {
        if (i + 1 >= s.Tokens.Count || s.Tokens[i + 1].Kind != Mentions.TokenKind.Possessive)
        {
            return false;
        }

        var token = s.Tokens[i];
        foreach (var m in s.MentionSpan)
        {
            if (m.Start < token.End && token.Start < m.End && (m.Kind != MentionKind.EventNoun || m.Start != token.Start))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>"then President Kim Dae-jung", "former Prime Minister Shinzo Abe": "then", "former" or "late" before the name and its title.</summary>
    private static bool IsCalledFormer(AnalyzedSentence s, Mention leader)
    {
        var phrase = s.TokenAt(leader.PhraseStart);
        if (phrase < s.TokenAt(leader.Start) && (s.IsAny(phrase, "then", "former", "late") || s.IsAny(phrase - 1, "then", "former", "late")))
        {
            return true; // "with then Indian prime minister HD Deve Gowda", "former Indian prime minister ...": before the titled phrase
        }

        var k = s.TokenAt(leader.Start) - 1;
        for (var titleWords = 0; titleWords < 4 && k >= 0 && s.IsCapitalized(k); titleWords++)
        {
            k--;
        }

        return s.IsAny(k, "then", "former", "late");
    }

    /// <summary>Whether the leader's phrase calls them a counterpart ("his Indonesian counterpart Prabowo Subianto").</summary>
    private static bool IsCounterpart(AnalyzedSentence s, Mention leader)
    {
        for (var k = s.TokenAt(leader.PhraseStart); k < s.Tokens.Count && s.Tokens[k].Start < leader.Start; k++)
        {
            if (s.IsAny(k, "counterpart", "counterparts"))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// "Transport Minister", "Foreign Secretary", "Secretary of State": an office under a head of state or government; not
    /// a prime minister, nor a party's "General Secretary" or the UN's "Secretary-General".
    /// </summary>
    private static bool IsMinisterTitle(string? title) =>
        title is not null && !title.Contains("Prime Minister", StringComparison.OrdinalIgnoreCase)
        && (title.Contains("Minister", StringComparison.OrdinalIgnoreCase)
            || (title.Contains("Secretary", StringComparison.OrdinalIgnoreCase) && !title.Contains("General", StringComparison.OrdinalIgnoreCase)));

    private string? TitleCountry(string? title) => title is null ? null : kb.Lexicon.FindTitle(title)?.CountryId;

    private static Dictionary<string, string> KnownNames(KnowledgeBase kb)
    {
        var names = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var leader in kb.Leaders)
        {
            foreach (var name in leader.Aliases.Items.Prepend(leader.Name).Where(n => n.Contains(' ', StringComparison.Ordinal)))
            {
                names.TryAdd(name.ToUpperInvariant(), leader.Id);
            }
        }

        return names;
    }
}
