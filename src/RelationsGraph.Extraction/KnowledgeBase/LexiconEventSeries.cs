namespace RelationsGraph.Extraction.Knowledge;

/// <summary>A recurring meeting that an organization convenes (the APEC Economic Leaders' Meeting).</summary>
/// <param name="OrganizationId">The organization's node id (<c>org:apec</c>).</param>
/// <param name="Name">The series' name, used to name an edition whose name the text does not give.</param>
/// <param name="Forms">Extra phrases that name an edition without naming the organization (<c>Asia-Pacific summit</c>).</param>
/// <param name="ConvenerId">
/// The organization that convenes an edition when it is not the one the series is named by: a session of the UN General
/// Assembly is the United Nations' (<c>org:un</c>). Null when the named organization convenes it.
/// </param>
public sealed record LexiconEventSeries(string OrganizationId, string Name, IReadOnlyList<string> Forms, string? ConvenerId = null);
