using RelationsGraph.Extraction.Knowledge;
using RelationsGraph.Extraction.Mentions;

namespace RelationsGraph.Extraction.Rules;

/// <summary>
/// Turns the event frames into Event nodes and their facts into edges, once every rule has run. Meetings are
/// named from their parties and city ("meeting between Fumio Kishida and Xi Jinping in San Francisco", with the
/// parties in the other order as an alias) and identified by date and parties
/// (<c>event:2023-11-16-fumio-kishida-xi-jinping</c>), so that one meeting reported by two articles is one node.
/// </summary>
internal static class EventMaterializer
{
    private static readonly string[] CallHeads = ["phone call", "telephone call", "call"];

    /// <summary>Adds the frames' nodes and edges to <paramref name="target"/>; <paramref name="identities"/> may give a frame another key and date.</summary>
    public static void Materialize(ExtractionContext context, KnowledgeGraph target, IReadOnlyDictionary<EventFrame, (string Key, PartialDate? Date)>? identities = null)
    {
        var keys = new Dictionary<string, string?>(StringComparer.Ordinal); // key given, to the city of the frame that took it
        foreach (var frame in context.Events.Frames)
        {
            KeepOneCountry(context, frame);
            var identity = identities is not null && identities.TryGetValue(frame, out var given) ? given : ((string Key, PartialDate? Date)?)null;
            var key = identity?.Key ?? Key(frame);
            var city = Location(context, frame).City;
            if (keys.TryGetValue(key, out var taken) && city is not null && !string.Equals(city, taken, StringComparison.Ordinal))
            {
                // Two undated meetings of the same leaders in different cities ("the summit in Seoul", "52 days after
                // ... a summit in Tokyo") are two events: the second takes its city into its key.
                key = $"{key} {city}";
                identity = (key, identity?.Date ?? frame.Date);
            }

            keys.TryAdd(key, city);
            var node = Build(context, frame, identity);
            if (node is null)
            {
                continue;
            }

            frame.Id = node.Id;
            target.AddNode(node);
        }

        foreach (var frame in context.Events.Frames.Where(f => f.Id is not null))
        {
            AddEdges(context, target, frame, target.GetNode<Event>(frame.Id!)!);
        }
    }

    /// <summary>
    /// An event is held in one country. When its places lie in two ("met at Admiralty House in Sydney" in the lead, and
    /// "the first annual leaders' summit in New Delhi" in a sentence about an earlier trip), the places of the country
    /// the article places it in first stand, and the others go. Places of no known country stay.
    /// </summary>
    private static void KeepOneCountry(ExtractionContext context, EventFrame frame)
    {
        string? country = null;
        Evidence? first = null;
        foreach (var (id, evidence) in frame.Places)
        {
            if (context.CountryOfNode(id) is { } placed && (first is null || (evidence.Sentence, evidence.Start).CompareTo((first.Sentence, first.Start)) < 0))
            {
                (country, first) = (placed, evidence);
            }
        }

        if (country is not null && frame.Places.RemoveAll(p => context.CountryOfNode(p.Id) is { } other && other != country) > 0)
        {
            frame.LocationSoFar = default; // the fold went over places that are gone
        }
    }

    private static Event? Build(ExtractionContext context, EventFrame frame, (string Key, PartialDate? Date)? identity)
    {
        var names = Names(context, frame);
        if (names.Count == 0 || DomesticMeeting.Is(context, frame))
        {
            return null;
        }

        var date = identity is { } given ? given.Date : frame.Date;
        var aliases = new SortedSet<string>(frame.Aliases, StringComparer.Ordinal);
        aliases.UnionWith(names.Skip(1));
        aliases.UnionWith(DatedEventNames.Of(names, date, frame.Kind, frame.Name is not null));
        aliases.Remove(names[0]);
        return new Event
        {
            Id = NodeId.Create(Event.IdPrefix, identity?.Key ?? Key(frame)),
            Name = names[0],
            Aliases = aliases.ToArray(),
            EventKind = frame.Kind,
            Date = date,
            Ordinal = frame.Ordinal,
            CameoCode = frame.Kind switch
            {
                EventKind.Meeting or EventKind.Summit => "040",
                EventKind.Call => "041",
                EventKind.Visit => "042",
                _ => null,
            },
        };
    }

    private static List<string> Names(ExtractionContext context, EventFrame frame)
    {
        if (frame.Name is { } name)
        {
            // "2019 G20 Summit" is also "G20 Summit in Osaka", as the articles call an edition by its city, and so
            // is the edition by the article's own words for it ("a Quad summit in Tokyo").
            if (frame.Kind != EventKind.Summit || Location(context, frame).City is not { } host || YearPrefixed(name) is not { } bare)
            {
                return [name];
            }

            var names = new List<string> { name, $"{bare} in {host}" };
            foreach (var alias in frame.Aliases)
            {
                if (alias.EndsWith(" summit", StringComparison.OrdinalIgnoreCase) && char.IsUpper(alias[0]) && alias.Count(c => c == ' ') < 3)
                {
                    names.Add($"{alias} in {host}");
                }
            }

            return names;
        }

        var people = frame.ParticipantIds.Select(id => context.Node<Leader>(id)?.Name ?? id).ToList();
        if (frame.Kind == EventKind.Visit)
        {
            var host = frame.HostCountryId is { } c ? context.Node<Country>(c)?.Name ?? context.KnowledgeBase.Get<Country>(c)?.Name : null;
            return people.Count == 1 && host is not null ? VisitNames(context, frame, people[0], CountryPhrase.WithArticle(host)) : [];
        }

        if (people.Count < 2)
        {
            return [];
        }

        var ids = frame.ParticipantIds.Order(StringComparer.Ordinal).ToList();
        var sorted = ids.Select(id => context.Node<Leader>(id)?.Name ?? id).ToList();
        var (city, venue) = Location(context, frame);
        // The pair's short names, as headlines and readers name a meeting or a call: "Kishida-Xi meeting", "Xi-Kishida
        // talks in San Francisco", "Kishida-Xi telephone call".
        var pairs = LeaderShortName.Pairs(context, ids[0], ids[1]);
        if (frame.Kind == EventKind.Call)
        {
            return [$"phone call between {sorted[0]} and {sorted[1]}", $"phone call between {sorted[1]} and {sorted[0]}",
                .. CallHeads.SelectMany(head => pairs.Select(pair => $"{pair} {head}"))];
        }

        if (sorted.Count == 2)
        {
            // Named as a meeting in its city; the article's own words for it ("talks", "summit") and its venue name it too.
            var wheres = new List<string> { city is null ? "" : " in " + city };
            if (venue is not null)
            {
                wheres.AddRange([" in " + VenuePhrase(context, venue), " at " + VenuePhrase(context, venue)]); // "... at Chequers"
            }

            if (city is not null)
            {
                wheres.Add(""); // and without its city, after it: "meeting between Recep Tayyip Erdogan and Katerina Sakellaropoulou"
            }

            // And by the pair's short names with the article's words for it.
            var heads = frame.Heads.Where(h => h is "talks" or "summit").Prepend("meeting").ToList();
            var pairWheres = new List<string> { "" };
            if (city is not null)
            {
                pairWheres.Add(" in " + city);
            }

            if (venue is not null)
            {
                pairWheres.Add(" at " + VenuePhrase(context, venue)); // "Li-Sánchez talks at the Great Hall of the People"
            }

            return [.. heads.SelectMany(head => wheres.SelectMany(where => new[] { $"{head} between {sorted[0]} and {sorted[1]}{where}", $"{head} between {sorted[1]} and {sorted[0]}{where}" })),
                .. heads.SelectMany(head => pairWheres.SelectMany(where => pairs.Select(pair => $"{pair} {head}{where}"))),
                .. LeaderShortName.Owned(context, ids[0], ids[1], heads)]; // "Modi's meeting with Alexander Van der Bellen"
        }

        var prefix = sorted.Count == 3 ? "trilateral" : "multilateral";
        return venue is not null ? [$"{prefix} summit at {venue}"] : city is not null ? [$"{prefix} meeting in {city}"] : [$"{prefix} meeting of {string.Join(", ", sorted)}"];
    }

    /// <summary>
    /// "visit by Xi Jinping to Vietnam", and the forms articles and readers use beside it: with its kind ("state
    /// visit by ..."), to its city ("visit by Recep Tayyip Erdogan to Sochi"), with its year ("... in 2015", "visit by Xi
    /// Jinping to Kuala Lumpur in 2013") and as the visitor's ("Xi Jinping's state visit to Vietnam", "Xi's visit to Hanoi").
    /// </summary>
    private static List<string> VisitNames(ExtractionContext context, EventFrame frame, string visitor, string host)
    {
        var names = new List<string> { $"visit by {visitor} to {host}" };
        var kind = frame.Aliases.Any(a => a.Contains("state visit", StringComparison.OrdinalIgnoreCase)) ? "state"
            : frame.Aliases.Any(a => a.Contains("official visit", StringComparison.OrdinalIgnoreCase)) ? "official" : null;
        if (kind is not null)
        {
            names.Add($"{kind} visit by {visitor} to {host}");
        }

        var city = Location(context, frame).City;
        if (city is not null)
        {
            names.Add($"visit by {visitor} to {city}");
        }

        var year = frame.Date?.Year.ToString(System.Globalization.CultureInfo.InvariantCulture);
        if (year is not null)
        {
            names.Add($"visit by {visitor} to {host} in {year}");
            if (city is not null)
            {
                names.Add($"visit by {visitor} to {city} in {year}");
            }

            if (kind is not null)
            {
                names.Add($"{kind} visit by {visitor} to {host} in {year}");
            }
        }

        // "Modi's visit to Japan", "Sultan Haitham's state visit to India": by the full, the short and a ruler's styled name.
        var owners = new[] { visitor, LeaderShortName.Of(context, frame.ParticipantIds[0]) }.Concat(LeaderShortName.Styled(context, frame.ParticipantIds[0]));
        foreach (var owner in owners.Distinct(StringComparer.Ordinal))
        {
            foreach (var to in city is null ? [host] : new[] { host, city })
            {
                names.Add($"{owner}'s visit to {to}");
                names.Add($"{owner} visit to {to}");
                if (kind is not null)
                {
                    names.Add($"{owner}'s {kind} visit to {to}");
                    names.Add($"{owner} {kind} visit to {to}");
                }

                if (year is not null)
                {
                    // "Modi's 2018 visit to Muscat", "Xi's 2022 state visit to Kazakhstan": a visit of another year by its year.
                    names.Add($"{owner}'s {year} visit to {to}");
                    if (kind is not null)
                    {
                        names.Add($"{owner}'s {year} {kind} visit to {to}");
                    }
                }
            }
        }

        return names;
    }

    /// <summary>"G20 Summit" of "2019 G20 Summit", or null when the name does not open with a year.</summary>
    private static string? YearPrefixed(string name) =>
        name.Length > 5 && name[4] == ' ' && int.TryParse(name.AsSpan(0, 4), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out _)
            ? name[5..]
            : null;

    /// <summary>The venue as the article writes it in a sentence: "the Kremlin" when the article says so, else its name ("Hyderabad House").</summary>
    private static string VenuePhrase(ExtractionContext context, string venue)
    {
        var withArticle = "the " + venue;
        if (context.Article.Text.Contains(withArticle, StringComparison.OrdinalIgnoreCase))
        {
            return withArticle;
        }

        // "the Élysée Palace": the lexicon's "Elysee Palace", written otherwise, after "the".
        foreach (var s in context.Sentences)
        {
            foreach (var place in s.MentionSpanOf(MentionKind.Place))
            {
                if (place.NodeId is { } id && context.Node<Place>(id)?.Name == venue && s.Is(s.TokenAt(place.Start) - 1, "the"))
                {
                    return withArticle;
                }
            }
        }

        return venue;
    }

    /// <summary>
    /// The city and the venue the event was held in: a venue's city comes from the lexicon. A place neither the
    /// lexicon nor the capitals know is a venue ("the prime minister's office"), unless the dateline names it.
    /// </summary>
    public static (string? City, string? Venue) Location(ExtractionContext context, EventFrame frame)
    {
        // A fold over the places in the order they were added, resumed where the last call stopped: rules ask for
        // the location of a frame while its places still grow, and must not go over them all again each time.
        var (done, city, venue) = frame.LocationSoFar;
        for (var i = done; i < frame.Places.Count; i++)
        {
            var place = context.Node<Place>(frame.Places[i].Id);
            if (place is null)
            {
                continue;
            }

            var entry = context.KnowledgeBase.Lexicon.FindPlace(place.Name);
            var datelined = string.Equals(place.Name, context.Article.DatelinePlace, StringComparison.OrdinalIgnoreCase);
            if (entry is { Kind: PlaceKind.Venue } || (entry is null && !datelined && context.KnowledgeBase.CountryWithCapital(place.Name) is null))
            {
                venue ??= place.Name;
                city ??= entry?.City;
            }
            else if (entry is not { Kind: PlaceKind.Region })
            {
                city = place.Name;
            }
        }

        frame.LocationSoFar = (frame.Places.Count, city, venue);
        return (city, venue);
    }

    /// <summary>The key an event's id is made from: its own (series, anniversaries, dialogues), else date, kind and parties.</summary>
    public static string Key(EventFrame frame)
    {
        if (frame.Key is { } key)
        {
            return key;
        }

        var date = frame.Date?.ToString() ?? "undated";
        var parties = string.Join(' ', frame.ParticipantIds.OrderBy(id => id, StringComparer.Ordinal).Select(id => id[(id.IndexOf(':', StringComparison.Ordinal) + 1)..]));
        return frame.Kind switch
        {
            EventKind.Visit => $"{date} visit {parties} {frame.HostCountryId?.Replace("country:", "", StringComparison.Ordinal)}",
            EventKind.Call => $"{date} call {parties}",
            _ => $"{date} {parties}",
        };
    }

    private static void AddEdges(ExtractionContext context, KnowledgeGraph graph, EventFrame frame, Event node)
    {
        graph.AddMentions(context.ArticleNode, node, frame.Trigger);
        foreach (var (id, evidence) in frame.Participants.Concat(frame.Delegates))
        {
            if (context.Node<Leader>(id) is { } leader)
            {
                graph.AddParticipatedIn(leader, node, evidence);
            }
        }

        var sides = Attachment.Sides(context, frame);
        foreach (var (id, evidence) in frame.Sides.Where(s => sides.Contains(s.Id) || frame.ParticipantIds.Count == 0))
        {
            if (context.Node<Country>(id) is { } country)
            {
                graph.AddRepresented(country, node, evidence);
            }
        }

        foreach (var (id, evidence) in frame.Places)
        {
            if (context.Node<Place>(id) is { } place)
            {
                graph.AddHeldIn(node, place, evidence);
            }
        }

        foreach (var (parent, evidence) in frame.Parents.Where(p => p.Parent.Id is not null && p.Parent != frame))
        {
            graph.AddPartOf(node, graph.GetNode<Event>(parent.Id!)!, evidence);
        }

        foreach (var (id, evidence) in frame.Organizers)
        {
            if (context.Node<Organization>(id) is { } organization && !context.KnowledgeBase.Lexicon.IsSeriesItself(id, organization.Name))
            {
                graph.AddOrganizedBy(node, organization, evidence);
            }
        }

        foreach (var (id, evidence) in frame.Topics)
        {
            if (context.Node<Topic>(id) is { } topic)
            {
                graph.AddDiscussed(node, topic, evidence);
            }
        }

        foreach (var (id, evidence, verb) in frame.Citations)
        {
            if (context.Node<Document>(id) is { } document)
            {
                graph.AddCites(node, document, evidence, verb);
            }
        }

        foreach (var (id, evidence, anniversary) in frame.Commemorations)
        {
            if (context.Node<Document>(id) is { } document)
            {
                graph.AddCommemorates(node, document, evidence, anniversary);
            }
        }
    }
}
