namespace RelationsGraph.Extraction.Mentions;

/// <summary>What a <see cref="Mention"/> refers to, as the mention finder saw it before resolution.</summary>
public enum MentionKind
{
    /// <summary>A country by name or alias ("China", "the Republic of Korea", "U.S.").</summary>
    Country,

    /// <summary>A country's adjective ("Chinese", "South Korean"), which names the country.</summary>
    Demonym,

    /// <summary>A capital city: a place ("in Beijing") or a metonym for the government ("Beijing says").</summary>
    Capital,

    /// <summary>A person by name ("Xi Jinping", "Kishida", "Janet Yellen").</summary>
    Leader,

    /// <summary>An office title ("President", "prime minister").</summary>
    Title,

    /// <summary>A role that names no one ("the Chinese president", "the prime minister").</summary>
    Role,

    /// <summary>A personal pronoun that may refer to a leader (he, his, she, her).</summary>
    Pronoun,

    /// <summary>Several leaders at once ("the two leaders", "they", "the three leaders").</summary>
    LeaderGroup,

    /// <summary>Several countries at once ("the two sides", "both countries", "the two allies").</summary>
    SideGroup,

    /// <summary>One country as a party ("the Japanese side").</summary>
    Side,

    /// <summary>An international organization ("APEC", "World Trade Organization").</summary>
    Organization,

    /// <summary>A document or treaty ("the China-Japan Treaty of Peace and Friendship", "a joint statement in 2008").</summary>
    Document,

    /// <summary>A named set of documents ("the four political documents").</summary>
    DocumentGroup,

    /// <summary>A city, region or venue ("San Francisco", "California", "the Oval Office").</summary>
    Place,

    /// <summary>An issue ("export controls", "the Taiwan question").</summary>
    Topic,

    /// <summary>A noun phrase naming a meeting, call, summit or visit ("talks", "their first formal talks in a year").</summary>
    EventNoun,

    /// <summary>An edition of a recurring summit ("the 30th APEC Economic Leaders' Meeting").</summary>
    Series,

    /// <summary>An anniversary ("the 45th anniversary of the signing of ...").</summary>
    Anniversary,

    /// <summary>A date or time expression ("on Thursday", "in November 2022", "this year").</summary>
    Date,
}
