using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Engines;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;
using MoeLab.Core.Randomness;
using MoeLab.Scaling.Fitting;
using MoeLab.Scaling.Laws;

namespace MoeLab.Benchmarks;

/// <summary>
/// The Chinchilla fit as the runs table grows: 10k, 100k and 1M runs generated from a known law (0.2% log-normal
/// noise), each fitted from Hoffmann's 4,500 starts as `moelab fit` does by default — above 20,000 runs the starts
/// are screened on a 20,000-run sample and the best 8 minima refined on all runs. The "before" rows run every
/// start on every run (screening off, the code path at or below 20,000 runs) for 45 of the 4,500 starts, every
/// 100th, so that a million runs measures in seconds: their time ×100 is the whole grid's. The time-per-run
/// column is the mean divided by the runs.
/// Run with: dotnet run -c Release --project bench/MoeLab.Benchmarks -- --filter '*FitScalingBenchmarks*'
/// </summary>
[MemoryDiagnoser]
[SimpleJob(RunStrategy.Monitoring, launchCount: 1, warmupCount: 1, iterationCount: 3)]
[Config(typeof(PerRunConfig))]
public class FitScalingBenchmarks
{
    private static readonly ChinchillaLaw Law = new(E: 1.82, A: 482, B: 2085, Alpha: 0.3478, Beta: 0.3658);
    private static readonly IReadOnlyList<double[]> Grid = StartGrids.Chinchilla4500();
    private static readonly IReadOnlyList<double[]> EveryHundredth = [.. Grid.Where((_, i) => i % 100 == 0)];
    private HuberObjective _objective = null!;

    [Params(10_000, 100_000, 1_000_000)]
    public int Runs { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var rng = SplitMix64.ForStream(3);
        var points = new FitPoint[Runs];
        for (var i = 0; i < Runs; i++)
        {
            var n = Math.Exp(Math.Log(1e7) + rng.NextDouble() * Math.Log(1e3));
            var d = Math.Exp(Math.Log(1e9) + rng.NextDouble() * Math.Log(1e3));
            var loss = Law.Loss(n, d) * Math.Exp(0.002 * rng.NextGaussianUnpaired());
            points[i] = new FitPoint(n, d, 1, 1, Math.Log(n), Math.Log(d), Math.Log(loss));
        }
        _objective = new HuberObjective(ChinchillaLseModel.Instance, points, 1e-3);
    }

    [Benchmark(Description = "now: 4,500 starts (screened above 20k runs)")]
    public double Default() => MultiStartFitter.Fit(_objective, Grid).Objective;

    [Benchmark(Description = "before: every start on every run, 45 of 4,500 starts")]
    public double EveryStartOnEveryRun() => MultiStartFitter.Fit(_objective, EveryHundredth, new FitOptions { ScreeningRows = int.MaxValue }).Objective;

    private sealed class PerRunConfig : ManualConfig
    {
        public PerRunConfig() => AddColumn(new TimePerRunColumn());
    }

    /// <summary>Mean time divided by the <see cref="Runs"/> parameter.</summary>
    private sealed class TimePerRunColumn : IColumn
    {
        public string Id => nameof(TimePerRunColumn);
        public string ColumnName => "Time/run";
        public bool AlwaysShow => true;
        public ColumnCategory Category => ColumnCategory.Custom;
        public int PriorityInCategory => 0;
        public bool IsNumeric => true;
        public UnitType UnitType => UnitType.Time;
        public string Legend => "Mean time divided by the number of runs fitted";
        public bool IsAvailable(Summary summary) => true;
        public bool IsDefault(Summary summary, BenchmarkCase benchmarkCase) => false;
        public string GetValue(Summary summary, BenchmarkCase benchmarkCase) => GetValue(summary, benchmarkCase, SummaryStyle.Default);

        public string GetValue(Summary summary, BenchmarkCase benchmarkCase, SummaryStyle style)
        {
            var mean = summary[benchmarkCase]?.ResultStatistics?.Mean;
            var runs = benchmarkCase.Parameters.Items.FirstOrDefault(p => p.Name == nameof(Runs))?.Value as int?;
            return mean is { } ns && runs is > 0 ? $"{ns / runs.Value / 1000:N2} μs" : "-";
        }
    }
}
