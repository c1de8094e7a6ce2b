namespace RelationsGraph.Testing.Tests.Support;

/// <summary>Conditions for xunit's <c>SkipWhen</c>, which needs a public static property.</summary>
public static class Platform
{
    public static bool IsWindows => OperatingSystem.IsWindows();
}
