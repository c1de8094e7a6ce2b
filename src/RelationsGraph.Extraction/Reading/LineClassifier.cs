namespace RelationsGraph.Extraction.Reading;

/// <summary>
/// Sorts the lines of a page into blank lines, noise (with its kind) and text, reading the time stamp,
/// byline and source on the way. Every rule looks at one trimmed line and is linear in its length.
/// </summary>
internal sealed class LineClassifier(ArticleReaderOptions options)
{
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> _navigation = options.NavigationLookup;
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> _outlets = options.OutletLookup;

    /// <summary>Whether the lines so far follow a label of related stories ("Read more:") with no blank line between.</summary>
    private bool _inRelatedList;

    /// <summary>Whether the last line of text was a button that opens a photo ("Enlarge this image"): the next one is its caption.</summary>
    private bool _captionNext;

    public PageFacts Facts { get; } = new();

    /// <summary>Whether a headline has been read under the last label of related stories.</summary>
    private bool _relatedItemRead;

    /// <summary>
    /// A blank line: it ends a list of related stories, once the list has a headline ("Related", a blank line, then the
    /// headlines, as VOA's pages put them).
    /// </summary>
    public void Blank() => _inRelatedList &= !_relatedItemRead;

    /// <summary>The noise kind of a non-blank line, or null when the line is text.</summary>
    public NoiseKind? Classify(ReadOnlySpan<char> line)
    {
        if (RelatedLinkRule.IsLabel(line))
        {
            _inRelatedList = true;
            _relatedItemRead = false;
            return NoiseKind.RelatedLink;
        }

        if (RelatedLinkRule.IsInlineLink(line))
        {
            return NoiseKind.RelatedLink;
        }

        var opensCaption = CaptionRule.OpensCaption(line);
        if (opensCaption || CaptionRule.ClosesCaption(line))
        {
            _captionNext = opensCaption;
            return NoiseKind.Navigation;
        }

        if (ClassifyOther(line) is { } kind)
        {
            return kind;
        }

        if (_captionNext)
        {
            // "Enlarge this image" / "President Biden walks with ... at Camp David on Friday.": the photo's caption.
            _captionNext = false;
            return NoiseKind.PhotoCaption;
        }

        // Under a label, each headline is a link until a blank line or a line that reads as story text.
        _inRelatedList &= RelatedLinkRule.IsHeadline(line);
        _relatedItemRead |= _inRelatedList;
        return _inRelatedList ? NoiseKind.RelatedLink : null;
    }

    /// <summary>The noise kind of a line by the rules that need no other line, or null.</summary>
    private NoiseKind? ClassifyOther(ReadOnlySpan<char> line)
    {
        if (UpdatedLineParser.TryParse(line, out var publishedAt, out var updatedOutlet))
        {
            if (publishedAt is null && StampLineParser.TryParse(line, _outlets, out var later, out var laterOutlet, out _))
            {
                (publishedAt, updatedOutlet) = (later, updatedOutlet ?? laterOutlet);
            }

            if (Facts.PublishedAt is null && publishedAt is not null)
            {
                Facts.PublishedAt = publishedAt;
                Facts.UpdatedOutlet ??= updatedOutlet;
            }

            return NoiseKind.Updated;
        }

        if (JucheDateLine.TryParse(line, out var juche))
        {
            Facts.PublishedAt ??= juche;
            return NoiseKind.Updated;
        }

        if (StampLineParser.TryParse(line, _outlets, out var stamp, out var stampOutlet, out var stampByline))
        {
            if (Facts.PublishedAt is null && stamp is not null)
            {
                Facts.PublishedAt = stamp;
                Facts.UpdatedOutlet ??= stampOutlet;
            }

            Facts.Byline ??= stampByline;
            return NoiseKind.Updated;
        }

        if (SegmentStamp(line) is { } segmented)
        {
            if (Facts.PublishedAt is null)
            {
                Facts.PublishedAt = segmented.PublishedAt;
                Facts.UpdatedOutlet ??= segmented.Outlet;
            }

            return NoiseKind.Updated;
        }

        if (line.Length <= 40 && _outlets.TryGetValue(line, out var outletAlone))
        {
            // A site or outlet name alone on a line ("CGTN") is navigation, but it still names the outlet.
            Facts.SourceOutlet ??= outletAlone;
            return NoiseKind.Navigation;
        }

        if (line.Length <= 60 && FirstOfOutletList(line) is { } firstOutlet)
        {
            // "KYODO, JIJI": the agencies a story draws on, credited on a line of their own (not a dateline).
            Facts.SourceOutlet ??= firstOutlet;
            return NoiseKind.Source;
        }

        if (CaptionRule.EndsWithCredit(line) || CaptionRule.EndsWithBareCredit(line, _outlets) || CaptionRule.StartsWithBareCredit(line, _outlets)
            || CaptionRule.StartsWithPhotoLabel(line))
        {
            return NoiseKind.PhotoCaption;
        }

        if (FooterRules.IsCopyright(line))
        {
            return NoiseKind.Copyright;
        }

        if (FooterRules.IsWebsiteIdentification(line))
        {
            return NoiseKind.WebsiteIdentification;
        }

        if (FooterRules.IsRegistrationNumber(line))
        {
            return NoiseKind.RegistrationNumber;
        }

        if (FooterRules.IsEditor(line))
        {
            return NoiseKind.Editor;
        }

        if (FooterRules.IsSource(line, out var source))
        {
            Facts.SourceOutlet ??= source;
            return NoiseKind.Source;
        }

        if (BylineParser.TryParse(line, _outlets, out var byline, out var bylineOutlet))
        {
            Facts.Byline ??= byline;
            Facts.BylineOutlet ??= bylineOutlet;
            Facts.PublishedAt ??= BylineParser.DateAtEnd(line);
            return NoiseKind.Byline;
        }

        if (LineShape.IsSymbolsOnly(line))
        {
            return NoiseKind.Decoration;
        }

        // "PHOTO | PCS" reads as a breadcrumb, but it is a photo's credit, which ParagraphAssembler takes with its caption.
        if (NavigationRule.IsKnownNavigation(line, _navigation) || (NavigationRule.IsBreadcrumb(line) && !CaptionRule.IsLabelledCreditLine(line))
            || NavigationRule.IsAgeBanner(line) || NavigationRule.IsReadingTime(line))
        {
            return NoiseKind.Navigation;
        }

        return null;
    }

    /// <summary>
    /// A stamp among a page's segments split by bars: "India News | Press Trust of India | Updated: June 22, 2024 3:41
    /// pm IST" (NDTV). One segment is a labelled stamp with a date that reads; the outlet is a segment that names a known
    /// one, else the stamp's own. Null when no segment is such a stamp.
    /// </summary>
    private (DateTimeOffset PublishedAt, string? Outlet)? SegmentStamp(ReadOnlySpan<char> line)
    {
        if (line.Length > 200 || line.IndexOf('|') < 0)
        {
            return null;
        }

        DateTimeOffset? found = null;
        string? outlet = null;
        foreach (var range in line.Split('|'))
        {
            var segment = line[range].Trim();
            // The stamp reader that knows times of day with "pm" and zones by name first, then the labelled one.
            if (found is null && UpdatedLineParser.TryParse(segment, out var labelled, out var labelledOutlet) && labelled is not null)
            {
                found = StampLineParser.TryParse(segment, _outlets, out var stamp, out _, out _) && stamp is not null ? stamp : labelled;
                outlet ??= labelledOutlet;
            }
            else if (outlet is null && segment.Length <= 40 && _outlets.TryGetValue(segment, out var named))
            {
                outlet = named;
            }
        }

        return found is { } at ? (at, outlet) : null;
    }

    /// <summary>The first outlet of a line that is a list of two or more known outlets ("KYODO, JIJI", "Reuters/AP"), else null.</summary>
    private string? FirstOfOutletList(ReadOnlySpan<char> line)
    {
        string? first = null;
        var count = 0;
        foreach (var range in line.SplitAny(",/&;"))
        {
            if (!_outlets.TryGetValue(line[range].Trim(), out var outlet))
            {
                return null;
            }

            first ??= outlet;
            count++;
        }

        return count >= 2 ? first : null;
    }
}
