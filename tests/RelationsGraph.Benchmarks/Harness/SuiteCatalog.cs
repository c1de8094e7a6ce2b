using System.Reflection;
using BenchmarkDotNet.Attributes;

namespace RelationsGraph.Benchmarks.Harness;

/// <summary>
/// The suites: every public class of this assembly with a <see cref="BenchmarkAttribute"/> method. A new suite is a new
/// class in Suites/ with a baseline method and an int <c>Size</c> parameter; <c>short</c>, <c>full</c>, <c>smoke</c> and the
/// report pick it up with no other change.
/// </summary>
internal static class SuiteCatalog
{
    public static IReadOnlyList<Type> Types { get; } =
    [
        .. typeof(SuiteCatalog).Assembly.GetTypes()
            .Where(t => t.IsPublic && t.IsClass && !t.IsAbstract && BenchmarkMethods(t).Count > 0)
            .OrderBy(t => t.Name, StringComparer.Ordinal),
    ];

    /// <summary>The benchmark methods of <paramref name="suite"/>, baseline first, then by name.</summary>
    public static IReadOnlyList<MethodInfo> BenchmarkMethods(Type suite) =>
    [
        .. suite.GetMethods(BindingFlags.Public | BindingFlags.Instance)
            .Where(m => m.GetCustomAttribute<BenchmarkAttribute>() is not null)
            .OrderBy(m => m.GetCustomAttribute<BenchmarkAttribute>()!.Baseline ? 0 : 1)
            .ThenBy(m => m.Name, StringComparer.Ordinal),
    ];

    /// <summary>What a suite measures, from its <see cref="System.ComponentModel.DescriptionAttribute"/>.</summary>
    public static string Describe(Type suite) =>
        suite.GetCustomAttribute<System.ComponentModel.DescriptionAttribute>()?.Description ?? "";
}
