using BenchmarkDotNet.Attributes;
using MoeLab.Core.Hardware;
using MoeLab.Core.Presets;
using MoeLab.Offload.Analytic;
using MoeLab.Offload.Caching;
using MoeLab.Offload.Simulation;
using MoeLab.Offload.Synthetic;
using MoeLab.Offload.Traces;

namespace MoeLab.Benchmarks;

/// <summary>
/// `moelab simulate` end to end, short of the report: read a binary trace of 10 M expert requests (Mixtral
/// shape, 156,250 tokens × 32 layers × top-2, gates included, generated once in setup) and run the
/// discrete-event simulator over it — request stream, step-atomic cache, timing model. requests/s = 10 M / Mean.
/// <c>SimulateInMemory</c> leaves the read out, to show what the read costs.
/// </summary>
[MemoryDiagnoser]
public class SimulateEndToEndBenchmarks
{
    private const int Tokens = 156_250;
    private static readonly TraceShape Shape = new(32, 8, 2);
    private string _path = "";
    private OffloadModelShape _model = null!;
    private HardwareProfile _hardware = null!;
    private RoutingTrace _trace = null!;

    [Params("lru", "lfu")]
    public string Policy { get; set; } = "lru";

    [GlobalSetup]
    public void Setup()
    {
        _path = Path.Combine(Path.GetTempPath(), $"moelab-bench-e2e-{Environment.ProcessId}.moetrace");
        TraceFiles.Save(SyntheticRoutingGenerator.Generate(Shape, Tokens, new SyntheticRoutingParameters(0.8, 0.3), seed: 1), _path);
        _model = OffloadModels.FromSpec(ModelPresets.Resolve("mixtral-8x7b").Spec);
        _hardware = HardwareProfiles.Get("rtx4090-pcie4");
        _trace = TraceFiles.Load(_path, Shape);
    }

    [GlobalCleanup]
    public void Cleanup() => File.Delete(_path);

    [Benchmark]
    public long SimulateFromBinaryFile() => Simulate(TraceFiles.Load(_path, Shape));

    [Benchmark]
    public long SimulateInMemory() => Simulate(_trace);

    private long Simulate(RoutingTrace trace) =>
        OffloadSimulator.Run(trace, _model, _hardware, new SimulationOptions(CachePolicySpec.Parse(Policy), CacheCapacity.InExperts(4))).Counters.Hits;
}
