using RelationsGraph.Extraction.Text;

namespace RelationsGraph.Extraction.Gazetteer;

/// <summary>Collects surface forms and their payloads, then builds an immutable <see cref="Gazetteer{T}"/>.</summary>
/// <typeparam name="T">The payload type (an entity id, a node, ...).</typeparam>
/// <remarks>
/// A surface form is folded character by character (see <see cref="CharFolding"/>): curly apostrophes,
/// dash variants, white space and full-width forms are always normalised; letter case is folded too
/// unless the form is added as case-sensitive. Forms that fold to the same string share one automaton
/// state and their payloads are reported together. Not thread-safe; the built gazetteer is.
/// </remarks>
public sealed class GazetteerBuilder<T>
{
    private readonly List<Entry> _entries = [];

    /// <summary>Number of (surface form, payload) pairs added so far.</summary>
    public int Count => _entries.Count;

    /// <summary>Adds a surface form for a payload.</summary>
    /// <param name="surface">The text to find, for example <c>"Treaty of Peace and Friendship"</c>.</param>
    /// <param name="payload">What a match of <paramref name="surface"/> stands for.</param>
    /// <param name="caseSensitive">
    /// When true the form matches only with exactly this letter case (so <c>"US"</c> does not match the
    /// pronoun "us", and <c>"Xi"</c> does not match "XI"); punctuation is still normalised.
    /// </param>
    /// <returns>This builder, for chaining.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="surface"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="surface"/> is empty.</exception>
    public GazetteerBuilder<T> Add(string surface, T payload, bool caseSensitive = false)
    {
        ArgumentException.ThrowIfNullOrEmpty(surface);
        _entries.Add(new Entry(surface, payload, caseSensitive));
        return this;
    }

    /// <summary>Builds the automata; time and memory are linear in the total length of the surface forms.</summary>
    /// <returns>An immutable, thread-safe gazetteer.</returns>
    public Gazetteer<T> Build()
    {
        var insensitive = new PatternTable(foldCase: true);
        var sensitive = new PatternTable(foldCase: false);
        foreach (var entry in _entries)
        {
            (entry.CaseSensitive ? sensitive : insensitive).Add(entry.Surface, entry.Payload);
        }

        return new Gazetteer<T>(insensitive.Build(), sensitive.Build(), _entries.Count);
    }

    private readonly record struct Entry(string Surface, T Payload, bool CaseSensitive);

    private sealed class PatternTable(bool foldCase)
    {
        private readonly AhoCorasickBuilder _builder = new();
        private readonly List<List<T>> _payloads = [];

        public void Add(string surface, T payload)
        {
            var id = _builder.Add(CharFolding.Fold(surface, foldCase));
            if (id == _payloads.Count)
            {
                _payloads.Add([]);
            }

            var list = _payloads[id];
            if (!list.Contains(payload))
            {
                list.Add(payload);
            }
        }

        public GazetteerPatterns<T>? Build()
        {
            if (_payloads.Count == 0)
            {
                return null;
            }

            var payloads = new IReadOnlyList<T>[_payloads.Count];
            for (var i = 0; i < payloads.Length; i++)
            {
                payloads[i] = _payloads[i].AsReadOnly();
            }

            return new GazetteerPatterns<T>(_builder.Build(foldCase ? CharFolding.Fold : CharFolding.Normalize), payloads);
        }
    }
}
