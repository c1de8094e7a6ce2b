namespace RelationsGraph.Testing.Tests.Support;

/// <summary>Environment variables for one test, so the process environment is never changed.</summary>
internal sealed class FakeEnvironment
{
    private readonly Dictionary<string, string> variables = new(StringComparer.Ordinal);

    public FakeEnvironment Set(string name, string value)
    {
        variables[name] = value;
        return this;
    }

    public string? Read(string name) => variables.GetValueOrDefault(name);
}
