namespace RelationsGraph.Extraction.Reading;

/// <summary>Settings for <see cref="ArticleReader"/>. Immutable; <see cref="Default"/> suits scraped wire copy.</summary>
public sealed class ArticleReaderOptions
{
    private readonly double _maxControlCharacterFraction = 0.01;
    private readonly IReadOnlyCollection<string> _navigationWords = DefaultNavigationWords;
    private readonly IReadOnlyCollection<string> _knownOutlets = DefaultKnownOutlets;
    private HashSet<string>? _navigationSet;
    private readonly IReadOnlyCollection<string> _knownPlaces = [];
    private HashSet<string>? _outletSet;
    private HashSet<string>? _placeSet;

    /// <summary>
    /// Navigation words the default options remove when one stands alone on a line (any letter case).
    /// </summary>
    public static IReadOnlyList<string> DefaultNavigationWords { get; } =
    [
        "App", "Mobile", "Desktop", "Home", "Homepage", "Home page", "Menu", "Share", "Print", "Email", "E-mail",
        "Close", "Search", "Login", "Log in", "Sign in", "Sign up", "Register", "Subscribe", "Back", "Top",
        "Back to top", "Next", "Previous", "Prev", "More", "Read more", "Related", "Related news",
        "Related stories", "Comments", "Comment", "Facebook", "Twitter", "Tweet", "X", "WeChat", "Weibo", "LinkedIn",
        "WhatsApp", "Telegram", "English", "中文", "Français", "Lire en français", "Español", "Русский", "Advertisement", "Ad",
        "Skip to content", "Skip to main content", "Skip to navigation", "Skip to search", "Accessibility links", "Back to home", "Copy link", "Font size", "A+", "A-", "Large", "Medium", "Small",
        "Video", "Photos", "Audio", "Listen", "Download", "Follow us", "Save", "Gift this article", "Gift article", "Share this article",
        "Share full article", "Leave a comment", "Subscribe to our newsletter", "Sign up for our newsletter", "Link copied", "Link copied!",
    ];

    /// <summary>
    /// Outlets the default options recognise in bylines such as "By Xinhua writer Jane Doe".
    /// </summary>
    public static IReadOnlyList<string> DefaultKnownOutlets { get; } =
    [
        "Xinhua", "Kyodo", "Kyodo News", "Yonhap", "AP", "Associated Press", "Reuters", "AFP", "Agence France-Presse",
        "Bloomberg", "China Daily", "Global Times", "People's Daily", "CGTN", "CCTV", "NHK", "Jiji", "Jiji Press",
        "Nikkei", "TASS", "RIA Novosti", "Bernama", "Antara", "PTI", "IANS", "dpa", "ANSA", "EFE",
    ];

    /// <summary>The settings used when none are given (declared after the lists it uses).</summary>
    public static ArticleReaderOptions Default { get; } = new();

    /// <summary>
    /// Largest share of characters (0 to 1) that may be control characters other than tab, line breaks
    /// and form feed before the input is refused with <see cref="ArticleFormatException"/>. Default 0.01.
    /// Tolerated control characters are treated as spaces.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is not between 0 and 1.</exception>
    public double MaxControlCharacterFraction
    {
        get => _maxControlCharacterFraction;
        init
        {
            ArgumentOutOfRangeException.ThrowIfNegative(value);
            ArgumentOutOfRangeException.ThrowIfGreaterThan(value, 1.0);
            _maxControlCharacterFraction = value;
        }
    }

    /// <summary>
    /// The date that stands in for the page's date when the text has no "Updated:" line, used to give a
    /// year to a dateline that has none. The reader never looks at the clock.
    /// </summary>
    public DateOnly? ReferenceDate { get; init; }

    /// <summary>Words and phrases removed as navigation when alone on a line (compared ignoring letter case).</summary>
    /// <exception cref="ArgumentNullException">The value is null.</exception>
    public IReadOnlyCollection<string> NavigationWords
    {
        get => _navigationWords;
        init => _navigationWords = value ?? throw new ArgumentNullException(nameof(value));
    }

    /// <summary>Outlet names recognised in bylines (compared ignoring letter case).</summary>
    /// <exception cref="ArgumentNullException">The value is null.</exception>
    public IReadOnlyCollection<string> KnownOutlets
    {
        get => _knownOutlets;
        init => _knownOutlets = value ?? throw new ArgumentNullException(nameof(value));
    }

    /// <summary>
    /// Places whose name in title case, a colon and the story's first sentence open a story as its dateline
    /// ("Washington: US President Joe Biden has welcomed ..."), compared ignoring letter case. A place in capitals
    /// ("WASHINGTON: ...") is a dateline without being listed; a name in title case is one only when listed, as the
    /// same shape opens a quote ("Kishida: Japan will ..."). <see cref="Pipeline.GraphExtractor"/> lists the capitals and
    /// cities of its knowledge base when these options list none. Empty by default.
    /// </summary>
    /// <exception cref="ArgumentNullException">The value is null.</exception>
    public IReadOnlyCollection<string> KnownPlaces
    {
        get => _knownPlaces;
        init => _knownPlaces = value ?? throw new ArgumentNullException(nameof(value));
    }

    /// <summary>Case-insensitive lookup over <see cref="NavigationWords"/>, built once per options instance.</summary>
    internal HashSet<string>.AlternateLookup<ReadOnlySpan<char>> NavigationLookup =>
        (_navigationSet ??= new HashSet<string>(NavigationWords, StringComparer.OrdinalIgnoreCase)).GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Case-insensitive lookup over <see cref="KnownOutlets"/>, built once per options instance.</summary>
    internal HashSet<string>.AlternateLookup<ReadOnlySpan<char>> OutletLookup =>
        (_outletSet ??= new HashSet<string>(KnownOutlets, StringComparer.OrdinalIgnoreCase)).GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Case-insensitive lookup over <see cref="KnownPlaces"/>, built once per options instance.</summary>
    internal HashSet<string>.AlternateLookup<ReadOnlySpan<char>> PlaceLookup =>
        (_placeSet ??= new HashSet<string>(KnownPlaces, StringComparer.OrdinalIgnoreCase)).GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>A copy of these options with <paramref name="places"/> as <see cref="KnownPlaces"/>.</summary>
    internal ArticleReaderOptions WithKnownPlaces(IReadOnlyCollection<string> places) => new()
    {
        MaxControlCharacterFraction = MaxControlCharacterFraction,
        ReferenceDate = ReferenceDate,
        NavigationWords = NavigationWords,
        KnownOutlets = KnownOutlets,
        KnownPlaces = places,
    };
}
