using System.Globalization;
using System.Reflection;
using BenchmarkDotNet.Attributes;
using RelationsGraph.Benchmarks.Suites;

namespace RelationsGraph.Benchmarks.Harness;

/// <summary>
/// Runs every benchmark method of every suite once, in this process, at a tiny size and without BenchmarkDotNet's
/// timing: proof that the suites build and run. Every method of a suite must return the same number for the same
/// parameters (they do the same work two or more ways: same vertex and edge counts, same search tree, same bytes,
/// same citations, same nodes and edges exported, same characters extracted).
/// </summary>
internal static class SmokeRunner
{
    /// <summary>Runs the suites; 0 when every method ran and every suite's methods agreed, 1 otherwise.</summary>
    public static int Run(TextWriter output, int size = Sizes.Smoke)
    {
        var failures = 0;
        foreach (var suite in SuiteCatalog.Types)
        {
            foreach (var parameters in ParameterSets(suite, size))
            {
                failures += RunSuite(output, suite, parameters);
            }
        }

        output.WriteLine(failures == 0 ? "smoke: every benchmark ran and agreed" : $"smoke: {failures} failure(s)");
        return failures == 0 ? 0 : 1;
    }

    private static int RunSuite(TextWriter output, Type suite, IReadOnlyList<(PropertyInfo Property, object? Value)> parameters)
    {
        var label = string.Join(", ", parameters.Select(p => string.Create(CultureInfo.InvariantCulture, $"{p.Property.Name}={p.Value}")));
        var instance = Activator.CreateInstance(suite)!;
        var results = new List<(string Method, object? Result)>();
        try
        {
            foreach (var (property, value) in parameters)
            {
                property.SetValue(instance, value);
            }

            Invoke<GlobalSetupAttribute>(instance);
            foreach (var method in SuiteCatalog.BenchmarkMethods(suite))
            {
                Invoke<IterationSetupAttribute>(instance);
                var result = method.Invoke(instance, null);
                Invoke<IterationCleanupAttribute>(instance);
                results.Add((method.Name, result));
                output.WriteLine($"{suite.Name}.{method.Name}({label}): {Convert.ToString(result, CultureInfo.InvariantCulture)}");
            }

            Invoke<GlobalCleanupAttribute>(instance);
        }
        catch (TargetInvocationException e)
        {
            output.WriteLine($"FAILED {suite.Name}({label}): {e.InnerException}");
            return 1;
        }
        finally
        {
            (instance as IDisposable)?.Dispose();
        }

        var distinct = results.Select(r => r.Result).Distinct().Count();
        if (distinct > 1)
        {
            output.WriteLine($"FAILED {suite.Name}({label}): the methods disagree: {string.Join(", ", results.Select(r => $"{r.Method}={r.Result}"))}");
            return 1;
        }

        return 0;
    }

    /// <summary>Every combination of the suite's parameters, with Size set to <paramref name="size"/> or the suite's own smoke size.</summary>
    private static IEnumerable<IReadOnlyList<(PropertyInfo, object?)>> ParameterSets(Type suite, int size)
    {
        IEnumerable<IReadOnlyList<(PropertyInfo, object?)>> sets = [[]];
        foreach (var property in suite.GetProperties().Where(p => p.GetCustomAttribute<ParamsAttribute>() is not null).OrderBy(p => p.Name, StringComparer.Ordinal))
        {
            object?[] values = property.Name == nameof(GraphBuildBenchmarks.Size)
                ? [SuiteSizesAttribute.SmokeSize(suite, size)]
                : property.GetCustomAttribute<ParamsAttribute>()!.Values;
            sets = [.. sets.SelectMany(set => values.Select(value => (IReadOnlyList<(PropertyInfo, object?)>)[.. set, (property, value)]))];
        }

        return sets;
    }

    private static void Invoke<TAttribute>(object instance)
        where TAttribute : Attribute
    {
        foreach (var method in instance.GetType().GetMethods().Where(m => m.GetCustomAttribute<TAttribute>() is not null))
        {
            method.Invoke(instance, null);
        }
    }
}
