using BenchmarkDotNet.Attributes;
using MoeLab.Core.Hardware;
using MoeLab.Sectional;

namespace MoeLab.Benchmarks;

/// <summary>
/// How long `moelab sectional` spends finding the optimal E for d = 4096, n = 2048 on h100-sxm, against the
/// straightforward reference: evaluate the time at every buildable integer E and keep the cheapest.
/// </summary>
[MemoryDiagnoser]
public class SectionalOptimizerBenchmarks
{
    private SectionalCostModel _model = null!;

    [Params(256, 4096)]
    public int MaxExpertCount { get; set; }

    [GlobalSetup]
    public void Setup() =>
        _model = SectionalCostModel.WithPhysicalOverhead(new SectionalSpec(4096, 2048), HardwareProfiles.Get("h100-sxm"));

    /// <summary>Closed form + log-grid/golden-section numeric optimum + the integer ladder with memory checks.</summary>
    [Benchmark]
    public long Optimize() =>
        ExpertCountOptimizer.Optimize(_model, Costing.TotalWork, new ExpertCountSearch(MaxExpertCount)).IntegerOptimum!.ExpertCount;

    /// <summary>Reference: integer scan only, E = 1..max, buildable E evaluated in full.</summary>
    [Benchmark(Baseline = true)]
    public long BruteForceIntegerScan()
    {
        long best = 0;
        double bestSeconds = double.PositiveInfinity;
        for (long e = 1; e <= MaxExpertCount; e++)
        {
            if (_model.Spec.DivisibilityProblem(e) is not null) continue;
            double seconds = _model.Evaluate(e).TotalWorkSeconds;
            if (seconds < bestSeconds) { bestSeconds = seconds; best = e; }
        }
        return best;
    }
}
