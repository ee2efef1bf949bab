using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;
using BenchmarkDotNet.Attributes;
using MoeLab.Engine.Data;
using MoeLab.Engine.Kernels;
using MoeLab.Engine.Model;
using MoeLab.Engine.Training;

namespace MoeLab.Benchmarks;

/// <summary>
/// One optimiser step (forward, backward, AdamW) of tiny-moe and ref-10m on 8 sequences of the context length — the
/// `train` defaults — beside a 1,024³ sgemm (the BLAS's peak shape) in the same run, so the columns report tokens/s,
/// achieved GFLOP/s (the engine's own counted FLOPs per step / mean time) and the share of that same-run peak.
/// The targets of issue 17 are ≥ 35% of peak and ≥ 2× eager PyTorch (tools/torch-reference/eager_throughput.py).
/// </summary>
[Config(typeof(ThroughputColumns)), MemoryDiagnoser(false)]
public class TrainingThroughputBenchmarks
{
    public const int Batch = 8, PeakSize = 1024;
    private TrainingSession _session = null!;
    private float[] _a = [], _b = [], _c = [];

    [Params("tiny-moe", "ref-10m")]
    public string Model { get; set; } = "";

    [GlobalSetup(Target = nameof(TrainingStep))]
    public void SetupStep() => _session = NewSession(Model);

    [GlobalSetup(Target = nameof(SgemmPeak))]
    public void SetupPeak()
    {
        var rng = new Random(1);
        _a = Enumerable.Range(0, PeakSize * PeakSize).Select(_ => (float)rng.NextDouble() - 0.5f).ToArray();
        _b = Enumerable.Range(0, PeakSize * PeakSize).Select(_ => (float)rng.NextDouble() - 0.5f).ToArray();
        _c = new float[PeakSize * PeakSize];
    }

    [Benchmark]
    public StepRecord TrainingStep() => _session.Step();

    /// <summary>The machine's sgemm peak with the engine's backend (the same for both Model values).</summary>
    [Benchmark]
    public void SgemmPeak() => Gemm.Multiply<float>(Transpose.None, Transpose.Transposed, PeakSize, PeakSize, PeakSize, _a, _b, _c, accumulate: false);

    internal static TrainingSession NewSession(string preset)
    {
        var config = EnginePresets.Get(preset);
        var rng = new Random(1);
        var text = string.Concat(Enumerable.Range(0, 200_000).Select(_ => (char)('a' + rng.Next(26))));
        var session = new TrainingSession(config, new TrainingOptions { Steps = 1_000_000, BatchSize = Batch, SequenceLength = config.ContextLength, WarmupSteps = 10 },
            TokenCorpus.FromText("random-letters", text));
        session.Step(); // sizes the activations: every later step allocates nothing new
        return session;
    }

    /// <summary>Tokens/s, GFLOP/s and % of the same run's sgemm peak beside BenchmarkDotNet's timing columns.</summary>
    private sealed class ThroughputColumns : ManualConfig
    {
        public ThroughputColumns()
        {
            AddColumn(new Derived("Tokens/s", (_, step) => $"{step.Tokens / step.Seconds:N0}"));
            AddColumn(new Derived("GFLOP/s", (_, step) => $"{step.Flops / step.Seconds / 1e9:N1}"));
            AddColumn(new Derived("% of sgemm peak", (peak, step) => peak is { } p ? $"{100 * step.Flops / step.Seconds / p:N1}%" : "—"));
            AddColumn(new Derived("Peak GFLOP/s", (peak, _) => peak is { } p ? $"{p / 1e9:N1}" : "—", peakRow: true));
        }
    }

    private readonly record struct StepRate(double Tokens, double Flops, double Seconds);

    private sealed class Derived(string name, Func<double?, StepRate, string> value, bool peakRow = false) : IColumn
    {
        private static readonly Dictionary<string, double> FlopsPerStep = [];

        public string Id => $"{nameof(TrainingThroughputBenchmarks)}.{name}";
        public string ColumnName => name;
        public bool AlwaysShow => true;
        public ColumnCategory Category => ColumnCategory.Custom;
        public int PriorityInCategory => 0;
        public bool IsNumeric => true;
        public UnitType UnitType => UnitType.Dimensionless;
        public string Legend => $"{name}: from the mean step time and the engine's counted FLOPs per step";
        public bool IsAvailable(Summary summary) => true;
        public bool IsDefault(Summary summary, BenchmarkCase benchmarkCase) => false;
        public string GetValue(Summary summary, BenchmarkCase benchmarkCase, SummaryStyle style) => GetValue(summary, benchmarkCase);

        public string GetValue(Summary summary, BenchmarkCase benchmarkCase)
        {
            var mean = summary[benchmarkCase]?.ResultStatistics?.Mean;
            if (mean is null) return "—";
            var peak = Peak(summary);
            if (benchmarkCase.Descriptor.WorkloadMethod.Name == nameof(SgemmPeak))
                return peakRow && peak is { } p ? $"{p / 1e9:N1}" : "";
            var preset = (string)benchmarkCase.Parameters["Model"];
            if (!FlopsPerStep.TryGetValue(preset, out var flops))
                FlopsPerStep[preset] = flops = NewSession(preset).History[0].Flops; // counted by the engine, in this process
            var config = EnginePresets.Get(preset);
            return value(peak, new StepRate(Batch * config.ContextLength, flops, mean.Value / 1e9));
        }

        private static double? Peak(Summary summary)
        {
            var peaks = summary.Reports.Where(r => r.BenchmarkCase.Descriptor.WorkloadMethod.Name == nameof(SgemmPeak) && r.ResultStatistics is not null)
                .Select(r => 2.0 * PeakSize * PeakSize * PeakSize / (r.ResultStatistics!.Mean / 1e9)).ToList();
            return peaks.Count == 0 ? null : peaks.Max();
        }
    }
}
