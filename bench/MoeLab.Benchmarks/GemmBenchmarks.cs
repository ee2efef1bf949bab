using BenchmarkDotNet.Attributes;
using MoeLab.Engine.Kernels;

namespace MoeLab.Benchmarks;

/// <summary>
/// sgemm at the shapes the reference ≈10 M-parameter MoE (d = 256, expert width 384, vocabulary 256, 2,048 tokens per
/// step) runs, against the BLAS's own peak shape (1,024³) on this machine, for OpenBLAS and the managed fallback.
/// GFLOP/s = 2·m·n·k / mean time (the GFLOP/s column). The naive reference is timed on the smallest shape only (it is O(mnk) scalar code).
/// </summary>
[MemoryDiagnoser(false), MinColumn, MaxColumn, Config(typeof(GflopsColumn))]
public class GemmBenchmarks
{
    private float[] _a = [], _b = [], _c = [];

    /// <summary>m×n×k: ref-10m's token projections (2048×256×256), expert up (512×384×256), expert down (512×256×384),
    /// LM-head weight gradient (256×256×2048); tiny-moe's token projections (512×64×64), expert up (256×96×64) and
    /// LM head (512×256×64); and the square peak shape.</summary>
    [Params("2048x256x256", "512x384x256", "512x256x384", "256x256x2048", "512x64x64", "256x96x64", "512x256x64", "1024x1024x1024")]
    public string Shape { get; set; } = "";

    [Params(GemmBackendKind.OpenBlas, GemmBackendKind.Managed)]
    public GemmBackendKind Backend { get; set; }

    private int M, N, K;

    [GlobalSetup]
    public void Setup()
    {
        var parts = Shape.Split('x').Select(int.Parse).ToArray();
        (M, N, K) = (parts[0], parts[1], parts[2]);
        var rng = new Random(1);
        _a = Enumerable.Range(0, M * K).Select(_ => (float)rng.NextDouble() - 0.5f).ToArray();
        _b = Enumerable.Range(0, N * K).Select(_ => (float)rng.NextDouble() - 0.5f).ToArray();
        _c = new float[M * N];
        Gemm.Force(Backend);
    }

    [GlobalCleanup]
    public void Cleanup() => Gemm.Force(null);

    /// <summary>y = x·Wᵀ, the engine's forward layout.</summary>
    [Benchmark]
    public void Sgemm() => Gemm.Multiply<float>(Transpose.None, Transpose.Transposed, M, N, K, _a, _b, _c, accumulate: false);
}

/// <summary>The naive reference on one engine shape, for the comparison the issue asks for.</summary>
[MinColumn]
public class GemmNaiveReferenceBenchmarks
{
    private const int M = 256, N = 256, K = 256;
    private readonly float[] _a = new float[M * K], _b = new float[N * K], _c = new float[M * N];

    [Benchmark(Baseline = true)]
    public void Naive() => NaiveGemm.Multiply<float>(Transpose.None, Transpose.Transposed, M, N, K, _a, _b, _c, false);

    [Benchmark]
    public void Managed() => ManagedGemm.Multiply<float>(Transpose.None, Transpose.Transposed, M, N, K, _a, _b, _c, false);
}

/// <summary>GFLOP/s = 2·m·n·k / mean, from the Shape parameter.</summary>
internal sealed class GflopsColumn : BenchmarkDotNet.Configs.ManualConfig
{
    public GflopsColumn() => AddColumn(new Column());

    private sealed class Column : BenchmarkDotNet.Columns.IColumn
    {
        public string Id => "GemmBenchmarks.GFLOPs";
        public string ColumnName => "GFLOP/s";
        public bool AlwaysShow => true;
        public BenchmarkDotNet.Columns.ColumnCategory Category => BenchmarkDotNet.Columns.ColumnCategory.Custom;
        public int PriorityInCategory => 0;
        public bool IsNumeric => true;
        public BenchmarkDotNet.Columns.UnitType UnitType => BenchmarkDotNet.Columns.UnitType.Dimensionless;
        public string Legend => "2·m·n·k / mean time";
        public bool IsAvailable(BenchmarkDotNet.Reports.Summary summary) => true;
        public bool IsDefault(BenchmarkDotNet.Reports.Summary summary, BenchmarkDotNet.Running.BenchmarkCase benchmarkCase) => false;
        public string GetValue(BenchmarkDotNet.Reports.Summary summary, BenchmarkDotNet.Running.BenchmarkCase benchmarkCase, BenchmarkDotNet.Reports.SummaryStyle style) => GetValue(summary, benchmarkCase);

        public string GetValue(BenchmarkDotNet.Reports.Summary summary, BenchmarkDotNet.Running.BenchmarkCase benchmarkCase)
        {
            var mean = summary[benchmarkCase]?.ResultStatistics?.Mean;
            if (mean is null || !benchmarkCase.Parameters.Items.Any(p => p.Name == "Shape")) return "—";
            var dims = ((string)benchmarkCase.Parameters["Shape"]).Split('x').Select(double.Parse).ToArray();
            return $"{2 * dims[0] * dims[1] * dims[2] / mean.Value:N1}"; // FLOP per ns = GFLOP/s
        }
    }
}
