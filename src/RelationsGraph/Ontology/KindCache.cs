namespace RelationsGraph;

/// <summary>
/// One value per node or edge kind (CLR type), worked out the first time the kind is met; the last kind asked for is
/// answered without a lookup, since writers and exporters meet long runs of one kind. Not safe for concurrent use.
/// </summary>
/// <typeparam name="T">What is kept per kind: an encoded name, an attribute text.</typeparam>
internal sealed class KindCache<T>
{
    private readonly Dictionary<Type, T> byType = [];
    private Type? lastType;
    private T last = default!;

    /// <summary>The value of <paramref name="type"/>, made by <paramref name="create"/> from <paramref name="state"/> the first time.</summary>
    public T Get<TState>(Type type, TState state, Func<TState, T> create)
    {
        if (type != lastType)
        {
            if (!byType.TryGetValue(type, out var value))
            {
                value = create(state);
                byType.Add(type, value);
            }

            lastType = type;
            last = value;
        }

        return last;
    }
}
