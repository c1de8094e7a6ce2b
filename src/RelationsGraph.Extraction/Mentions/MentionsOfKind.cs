using System.Collections;

namespace RelationsGraph.Extraction.Mentions;

/// <summary>
/// A sentence's mentions of one kind, read lazily from its live list like a <c>Where</c> over it (same order, and the
/// list's exception if it changes while being read), but reused: the sentence keeps one per kind, and the view is its
/// own enumerator whenever no other enumeration of it is running, so asking for a kind again allocates nothing.
/// </summary>
/// <remarks>The resolver and the rules ask a sentence for its mentions of a kind hundreds of times per article.</remarks>
internal sealed class MentionsOfKind(List<Mention> mentions, MentionKind kind) : IEnumerable<Mention>, IEnumerator<Mention>
{
    private bool busy;
    private List<Mention>.Enumerator inner;
    private Mention? current;

    public Mention Current => current!;

    object IEnumerator.Current => Current;

    public IEnumerator<Mention> GetEnumerator() => (busy ? new MentionsOfKind(mentions, kind) : this).Start();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    public bool MoveNext()
    {
        while (inner.MoveNext())
        {
            if (inner.Current.Kind == kind)
            {
                current = inner.Current;
                return true;
            }
        }

        current = null;
        return false;
    }

    public void Reset() => throw new NotSupportedException();

    public void Dispose()
    {
        busy = false;
        inner = default;
        current = null;
    }

    private MentionsOfKind Start()
    {
        busy = true;
        inner = mentions.GetEnumerator();
        current = null;
        return this;
    }
}
