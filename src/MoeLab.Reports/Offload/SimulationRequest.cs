using MoeLab.Core.Hardware;
using MoeLab.Core.Presets;
using MoeLab.Offload.Analytic;
using MoeLab.Offload.Caching;
using MoeLab.Offload.Simulation;
using MoeLab.Offload.Traces;

namespace MoeLab.Reports.Offload;

/// <summary>What `moelab simulate` was asked, as parsed from the command line.</summary>
/// <param name="Trace">Trace file or built-in trace name; null for the built-in default.</param>
/// <param name="CacheExperts">Cache sizes in experts per layer (one run each); ignored when <paramref name="CacheBytes"/> is set.</param>
/// <param name="CacheBytes">Global cache size in bytes, instead of experts per layer.</param>
public sealed record SimulationRequest(
    string Model,
    string Hardware,
    string? Trace,
    IReadOnlyList<CachePolicySpec> Policies,
    IReadOnlyList<int> CacheExperts,
    long? CacheBytes,
    bool GlobalCache,
    string Prefetch,
    MissHandling Misses,
    bool EarlyPreemption,
    int Chunks,
    int Batch,
    int PromptTokens,
    double? CacheAwareMargin,
    int Seed,
    int? Tokens = null,
    TransferQueue Queue = TransferQueue.Fifo)
{
    public OffloadModelShape ResolveModel() => ResolveModel(null);

    /// <summary>
    /// The model: a preset or config (accounted in Core), or real weights (a safetensors file or directory, as
    /// `moelab replay --model` takes), whose shape comes from the tensors themselves — the same shape replay predicts
    /// with, its attention term taken at the mean KV position of the trace's tokens when the trace is known.
    /// </summary>
    public OffloadModelShape ResolveModel(RoutingTrace? trace)
    {
        if (!IsWeights) return OffloadModels.FromSpec(MoeLab.Engine.Model.ModelResolver.Resolve(Model).Spec);
        using var runtime = MoeLab.Engine.Offloading.OffloadRuntime.Open(Model, requireDirect: false);
        var tokens = trace is null ? 0 : Math.Min(Tokens ?? trace.TokenCount, trace.TokenCount);
        return runtime.ModelShape(trace is null ? 0 : MoeLab.Engine.Offloading.OffloadRuntime.MeanPosition(trace, tokens));
    }

    private bool IsWeights => Directory.Exists(Model) || Model.EndsWith(".safetensors", StringComparison.OrdinalIgnoreCase);

    public HardwareProfile ResolveHardware() => HardwareProfileFile.Resolve(Hardware);

    public RoutingTrace ResolveTrace(OffloadModelShape model) => BuiltInTraces.Resolve(Trace ?? BuiltInTraces.Default, model.TraceShape());

    /// <summary>The caches to run. A global pool holds cache-experts × layers experts, the same memory as the
    /// per-layer slices it replaces, as --global-cache documents.</summary>
    public IEnumerable<CacheCapacity> Capacities(int layers) => CacheBytes is { } bytes
        ? [CacheCapacity.InBytes(bytes, CacheScope.Global)]
        : CacheExperts.Select(c => GlobalCache ? CacheCapacity.InExperts(checked(c * layers), CacheScope.Global) : CacheCapacity.InExperts(c));

    public SimulationOptions Options(CachePolicySpec policy, CacheCapacity capacity) =>
        new(policy, capacity, Prefetch, Misses, EarlyPreemption, Chunks, Batch, PromptTokens, CacheAwareMargin, Seed, Tokens, Queue);
}
