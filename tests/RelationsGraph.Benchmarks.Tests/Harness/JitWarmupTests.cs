using System.Reflection.Emit;
using RelationsGraph.Benchmarks.Harness;

namespace RelationsGraph.Benchmarks.Tests.Harness;

public class JitWarmupTests
{
    [Fact]
    public void Run_WorkThatCompilesNothingNew_SettlesAfterTheQuietPasses()
    {
        var calls = 0;
        Action pass = () => calls++;
        pass(); // compiled here, before the warm-up starts counting

        var (passes, settled) = JitWarmup.Run(pass);

        // Other tests run meanwhile and the JIT's background thread may compile their methods during a pass, so
        // the quiet passes need not be the first three.
        Assert.True(settled);
        Assert.InRange(passes, JitWarmup.QuietPasses, JitWarmup.MaxPasses);
        Assert.Equal(passes + 1, calls);
    }

    [Fact]
    public void Run_WorkThatCompilesAMethodEveryPass_StopsUnsettledAtTheLimit()
    {
        var calls = 0;

        var (passes, settled) = JitWarmup.Run(() =>
        {
            calls++;
            NewMethod(calls)();
        });

        Assert.False(settled);
        Assert.Equal(JitWarmup.MaxPasses, passes);
        Assert.Equal(JitWarmup.MaxPasses, calls);
    }

    [Fact]
    public void Run_NullPass_Throws() => Assert.Throws<ArgumentNullException>(() => JitWarmup.Run(null!));

    /// <summary>A dynamic method returning <paramref name="value"/>: the JIT compiles each one on its first call.</summary>
    private static Func<int> NewMethod(int value)
    {
        var method = new DynamicMethod($"Value{value}", typeof(int), Type.EmptyTypes);
        var il = method.GetILGenerator();
        il.Emit(OpCodes.Ldc_I4, value);
        il.Emit(OpCodes.Ret);
        return method.CreateDelegate<Func<int>>();
    }
}
