namespace RelationsGraph.Extraction.Reading;

/// <summary>Where the reader found <see cref="ArticleText.Outlet"/>, in order of preference.</summary>
public enum OutletSource
{
    /// <summary>No outlet was found.</summary>
    None,

    /// <summary>The page's "Updated: &lt;date&gt; &lt;time&gt; &lt;outlet&gt;" line.</summary>
    UpdatedLine,

    /// <summary>The tag after the dateline, as in "SAN FRANCISCO, Nov. 16 (Xinhua) --".</summary>
    DatelineTag,

    /// <summary>The byline, as in "By Jane Doe, Kyodo News" or "By Xinhua writer Jane Doe".</summary>
    Byline,

    /// <summary>A "Source: ..." line.</summary>
    SourceLine,
}
