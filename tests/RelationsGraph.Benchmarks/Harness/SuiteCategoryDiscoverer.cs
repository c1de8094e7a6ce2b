using System.Reflection;
using BenchmarkDotNet.Running;

namespace RelationsGraph.Benchmarks.Harness;

/// <summary>
/// Gives every benchmark its suite's class name as a category, so that with one joined summary each suite's
/// methods are compared with that suite's baseline (BenchmarkDotNet otherwise takes one baseline per parameter set).
/// </summary>
internal sealed class SuiteCategoryDiscoverer : ICategoryDiscoverer
{
    private readonly DefaultCategoryDiscoverer inner = new();

    public string[] GetCategories(MethodInfo method)
    {
        ArgumentNullException.ThrowIfNull(method);
        return [method.DeclaringType!.Name, .. inner.GetCategories(method)];
    }
}
