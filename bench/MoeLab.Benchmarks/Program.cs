using System.Diagnostics;
using BenchmarkDotNet.Running;
using MoeLab.Engine.Kernels;

namespace MoeLab.Benchmarks;

/// <summary>
/// Runs MoeLab's BenchmarkDotNet benchmarks. Pick with a filter, e.g.
/// <c>dotnet run -c Release --project bench/MoeLab.Benchmarks -- --filter '*Accounting*'</c>.
/// <c>-- profile-step tiny-moe 20</c> instead trains that preset for 20 seconds in a plain loop (no BenchmarkDotNet
/// machinery), for a profiler to attach to: see docs/engine-performance.md.
/// </summary>
public static class Program
{
    public static void Main(string[] args)
    {
        if (args is ["profile-step", var preset, var seconds])
        {
            ProfileStep(preset, double.Parse(seconds, System.Globalization.CultureInfo.InvariantCulture));
            return;
        }
        BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
    }

    private static void ProfileStep(string preset, double seconds)
    {
        Console.WriteLine($"// {Gemm.Describe()}");
        var session = TrainingThroughputBenchmarks.NewSession(preset);
        for (var i = 0; i < 3; i++) session.Step();
        var clock = Stopwatch.StartNew();
        var (steps, flops) = (0, 0.0);
        while (clock.Elapsed.TotalSeconds < seconds)
        {
            flops += session.Step().Flops;
            steps++;
        }
        var elapsed = clock.Elapsed.TotalSeconds;
        var tokens = (double)steps * session.Options.TokensPerStep;
        Console.WriteLine($"{preset}: {steps} steps in {elapsed:F1} s: {tokens / elapsed:N0} tokens/s, {flops / elapsed / 1e9:N1} GFLOP/s (engine-counted)");
    }
}
