namespace RelationsGraph.Benchmarks.Corpus;

/// <summary>One generated article: the page text as a scraper would hand it over, noise included.</summary>
/// <param name="Id">A stable id (<c>xinhua-000042</c>).</param>
/// <param name="Outlet">The outlet whose style the page imitates.</param>
/// <param name="Published">The dateline's day.</param>
/// <param name="Text">The page, <c>\n</c> line ends.</param>
/// <param name="StoryWords">The words of the story itself (headline and noise not counted): 400 to 1,200.</param>
/// <param name="HasNoise">True when the page carries scraped noise (navigation words, time stamps, repeated captions, footers).</param>
public sealed record SyntheticArticle(string Id, string Outlet, DateOnly Published, string Text, int StoryWords, bool HasNoise);
