namespace RelationsGraph;

/// <summary>
/// Tells whether a new node is already what merging it into its own copy would make it: aliases and every list
/// property strictly ascending in ordinal order (so distinct), no empty alias and none equal to the name.
/// </summary>
internal sealed class NormalizedCheck : IPropertyVisitor
{
    [ThreadStatic]
    private static NormalizedCheck? instance;

    private bool normalized;

    public static bool IsNormalized(Node node)
    {
        var aliases = node.Aliases.Items;
        for (var i = 0; i < aliases.Length; i++)
        {
            if (aliases[i].Length == 0 || string.Equals(aliases[i], node.Name, StringComparison.Ordinal)
                || (i > 0 && string.CompareOrdinal(aliases[i - 1], aliases[i]) >= 0))
            {
                return false;
            }
        }

        var check = instance ??= new NormalizedCheck();
        check.normalized = true;
        node.Accept(check);
        return check.normalized;
    }

    public void Visit(string name, EquatableArray<string> value)
    {
        var items = value.Items;
        for (var i = 1; i < items.Length; i++)
        {
            if (string.CompareOrdinal(items[i - 1], items[i]) >= 0)
            {
                normalized = false;
            }
        }
    }

    public void Visit(string name, string? value)
    {
    }

    public void Visit(string name, int? value)
    {
    }

    public void Visit(string name, bool? value)
    {
    }

    public void Visit(string name, PartialDate? value)
    {
    }

    public void Visit(string name, DateTimeOffset? value)
    {
    }
}
