namespace RelationsGraph.Extraction.Rules;

/// <summary>
/// One relation rule: reads the resolved mentions of an article and adds facts, each with the evidence that
/// states it. Add a rule by implementing this interface and passing it to the <c>GraphExtractor</c>.
/// </summary>
/// <remarks>
/// <para>
/// Implementers read <see cref="ExtractionContext.Sentences"/> (tokens and resolved mentions) and add typed edges
/// to <see cref="ExtractionContext.Graph"/> with <see cref="ExtractionContext.Evidence(int, int, int)"/> spans, or, for
/// facts about events, record them on an <see cref="EventFrame"/> of <see cref="ExtractionContext.Events"/>: event
/// nodes are named and added after every rule has run, because later rules may still learn where or when an
/// event took place.
/// </para>
/// <para>
/// A rule must be deterministic (no clock, no randomness, no dependence on hash order) and must not invent a fact
/// the text does not state: when in doubt, add nothing. Rules run in the order given, once per article, on one
/// thread; a rule instance may be shared by threads extracting different articles, so keep no per-article
/// state in fields.
/// </para>
/// <para>
/// A rule must not keep a sentence, or its tokens or mention list, once <see cref="Apply"/> returns: in
/// <c>GraphExtractor.ExtractBatch</c> and <c>ExtractAll</c> the sentences of an article borrow storage that the
/// worker's next article reuses. Mentions, ids and strings may be kept.
/// </para>
/// </remarks>
public interface IExtractionRule
{
    /// <summary>Adds the facts this rule finds in the article of <paramref name="context"/>.</summary>
    /// <param name="context">The article, its mentions and entities, the graph being built and the event frames.</param>
    void Apply(ExtractionContext context);
}
