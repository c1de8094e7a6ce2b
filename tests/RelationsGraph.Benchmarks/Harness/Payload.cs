using System.Collections.Concurrent;
using BenchmarkDotNet.Running;

namespace RelationsGraph.Benchmarks.Harness;

/// <summary>Finds the bytes one operation of a benchmark case moves, for suites that implement <see cref="IPayloadSize"/>.</summary>
internal static class Payload
{
    private static readonly ConcurrentDictionary<string, long?> Cache = new(StringComparer.Ordinal);

    public static long? BytesFor(BenchmarkCase benchmark)
    {
        var type = benchmark.Descriptor.Type;
        if (!typeof(IPayloadSize).IsAssignableFrom(type))
        {
            return null;
        }

        var method = benchmark.Descriptor.WorkloadMethod.Name;
        return Cache.GetOrAdd(type.FullName + "|" + benchmark.Parameters.FolderInfo + "|" + method, _ =>
        {
            var suite = (IPayloadSize)Activator.CreateInstance(type)!;
            try
            {
                foreach (var parameter in benchmark.Parameters.Items)
                {
                    type.GetProperty(parameter.Name)?.SetValue(suite, parameter.Value);
                }

                return suite.PayloadBytes(method);
            }
            finally
            {
                (suite as IDisposable)?.Dispose();
            }
        });
    }

    /// <summary>Megabytes (10^6 bytes) per second for <paramref name="bytes"/> moved in <paramref name="nanoseconds"/>.</summary>
    public static double MegabytesPerSecond(long bytes, double nanoseconds) => bytes * 1000.0 / nanoseconds;
}
