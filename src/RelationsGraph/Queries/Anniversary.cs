namespace RelationsGraph.Queries;

/// <summary>An event that marks an anniversary of a document: "the 45th anniversary of the signing of the treaty".</summary>
/// <param name="Event">The commemorating event.</param>
/// <param name="Document">The treaty or document whose anniversary it is.</param>
/// <param name="Number">Which anniversary the sources say it is (45 for the 45th), when they say.</param>
/// <param name="SignedOn">When the document was signed: a treaty's signing date, else the document's date; null when unknown.</param>
/// <param name="EventDate">When the event took place, when known.</param>
/// <param name="Edge">The <see cref="Commemorates"/> edge, with its evidence.</param>
public sealed record Anniversary(Event Event, Document Document, int? Number, PartialDate? SignedOn, PartialDate? EventDate, Commemorates Edge)
{
    /// <summary>The years from the signing to the event, when both dates are known.</summary>
    public int? YearsBetween => SignedOn is { } signed && EventDate is { } held ? held.Year - signed.Year : null;

    /// <summary>
    /// True when <see cref="Number"/> agrees with <see cref="YearsBetween"/>, false when they disagree (a wrong
    /// anniversary or a wrong date in some source), null when either is unknown.
    /// </summary>
    public bool? IsConsistent => Number is { } number && YearsBetween is { } years ? number == years : null;
}
