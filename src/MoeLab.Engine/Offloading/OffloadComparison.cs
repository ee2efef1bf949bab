using MoeLab.Core.Hardware;
using MoeLab.Core.Validation;
using MoeLab.Offload.Analytic;
using MoeLab.Offload.Caching;
using MoeLab.Offload.Simulation;
using MoeLab.Offload.Traces;

namespace MoeLab.Engine.Offloading;

/// <summary>What `moelab replay` was asked: a grid of real runs, each beside the simulator's prediction when a
/// hardware profile is given. Names and meanings are those of `moelab simulate`.</summary>
/// <param name="Weights">Weights directory, safetensors file or shard index.</param>
/// <param name="Traces">Routing traces (files or built-in names) that force the routing.</param>
/// <param name="Tokens">Replay only the first this many tokens of each trace; null: all.</param>
/// <param name="Hardware">A hardware profile (e.g. from `moelab hardware probe`) to predict each run with, or
/// <see cref="ProbeNow"/> to probe the weights' own device and CPU at the model's expert shape first; null: measure only.</param>
/// <param name="CompareMmap">Also decode each trace with experts memory-mapped from a cold page cache (llama.cpp's approach).</param>
/// <param name="Repeat">Runs of each cell; the report takes the median run and shows the spread (a shared virtual disk
/// varies by ±15% between identical runs, which bounds how closely any prediction can be checked).</param>
public sealed record OffloadComparisonRequest(
    string Weights,
    IReadOnlyList<string> Traces,
    IReadOnlyList<CachePolicySpec> Policies,
    IReadOnlyList<int> CacheExperts,
    bool GlobalCache,
    IReadOnlyList<string> Prefetchers,
    int? Tokens,
    int IoThreads,
    string? Hardware,
    bool CompareMmap,
    int Seed,
    int Repeat = 1)
{
    // Checked when the request is made, before any weights or traces are opened.
    public int? Tokens { get; } = Tokens is { } n ? Preconditions.Positive(n, "tokens") : null;
    public int IoThreads { get; } = Preconditions.InRange(IoThreads, 1, 64, "io-threads");
    public int Repeat { get; } = Preconditions.InRange(Repeat, 1, 1000, "repeat");

    /// <summary>The --hardware value that probes this machine before the runs.</summary>
    public const string ProbeNow = "probe";
}

/// <summary>One real run and what the models said it would do.</summary>
/// <param name="Predicted">The simulator on the same trace, policy, cache and prefetcher with the hardware profile.</param>
/// <param name="Analytic">Seed 000's formula and the corrected analytic models for the same cache, the corrected
/// ones fed the measured hit rate.</param>
/// <param name="RepeatTokensPerSecond">Decode tokens/s of every repeat of the cell; <paramref name="Measured"/> is the median one.</param>
/// <param name="AtRunRates">The same simulation with the device and expert-compute rates the measured run got
/// (<see cref="RunRates"/>): a diagnostic that separates the simulator's model from the machine's variation.</param>
public sealed record OffloadComparisonCell(string Trace, int CachedExperts, ReplayRun Measured, SimulationResult? Predicted, AnalyticComparison? Analytic,
    IReadOnlyList<double> RepeatTokensPerSecond, SimulationResult? AtRunRates = null)
{
    /// <summary>(predicted − measured) / measured of decode tokens/s; null without a prediction.</summary>
    public double? TokensPerSecondError => Predicted is null ? null : Predicted.DecodeTokensPerSecond / Measured.Measured.TokensPerSecond - 1;

    /// <summary>(at the run's rates − measured) / measured of decode tokens/s; null without a prediction.</summary>
    public double? AtRunRatesError => AtRunRates is null ? null : AtRunRates.DecodeTokensPerSecond / Measured.Measured.TokensPerSecond - 1;
}

/// <summary>The same trace decoded through a memory mapping, beside the slot runtime's first run on it.</summary>
public sealed record MappedComparison(string Trace, MappedReplayRun Mapped);

public sealed record OffloadComparison(
    OffloadComparisonRequest Request,
    string Model,
    OffloadModelShape Shape,
    string IoMode,
    int IoThreads,
    HardwareProfile? Hardware,
    IReadOnlyList<(string Name, int Tokens, int Sequences)> Traces,
    IReadOnlyList<OffloadComparisonCell> Cells,
    IReadOnlyList<MappedComparison> Mapped,
    long DenseWeightBytes)
{
    /// <summary>
    /// Validates everything (weights, traces against the model, policies, caches, prefetchers, hardware) before the
    /// first read, then runs the grid: for each trace, prefetcher, cache size and policy one real replay and, with a
    /// hardware profile, one simulation of exactly the same requests.
    /// </summary>
    public static OffloadComparison Run(OffloadComparisonRequest request, IProgress<double>? progress = null, CancellationToken cancel = default)
    {
        Preconditions.That(request.Traces.Count > 0, "give at least one routing trace", "--trace");
        Preconditions.That(request.Policies.Count > 0, "give at least one policy", "--policy");
        Preconditions.That(request.CacheExperts.Count > 0, "give at least one cache size", "--cache-experts");
        if (request.Tokens is { } n) Preconditions.Positive(n, "--tokens");
        Preconditions.InRange(request.Repeat, 1, 100, "--repeat");
        using var runtime = OffloadRuntime.Open(request.Weights);
        var hardware = request.Hardware switch
        {
            null => null,
            OffloadComparisonRequest.ProbeNow => ProbeFor(runtime, request.Weights),
            var h => HardwareProfileFile.Resolve(h, "--hardware"),
        };
        var traces = new List<(string Name, RoutingTrace Trace, int Tokens)>();
        foreach (var name in request.Traces)
        {
            var trace = BuiltInTraces.Resolve(name, runtime.Shape);
            runtime.CheckTrace(trace, name);
            var tokens = Math.Min(request.Tokens ?? trace.TokenCount, trace.TokenCount);
            traces.Add((name, trace, tokens));
        }
        var layers = runtime.Shape.Layers;
        var capacities = request.CacheExperts
            .Select(c => (Experts: c, Capacity: request.GlobalCache ? CacheCapacity.InExperts(checked(c * layers), CacheScope.Global) : CacheCapacity.InExperts(c)))
            .ToList();
        var grid = new List<(string Prefetch, CachePolicySpec Policy, int Experts, CacheCapacity Capacity)>();
        foreach (var prefetch in request.Prefetchers)
            foreach (var (experts, capacity) in capacities)
                foreach (var policy in request.Policies)
                {
                    // Belady's bound is for demand fetching; with a prefetcher the cell is left out rather than refused.
                    if (CachePolicyCatalog.NeedsNextUse(policy) && prefetch.Trim() != "none") continue;
                    new ReplayOptions(policy, capacity, prefetch, request.IoThreads, request.Seed).Validate();
                    capacity.RequireHoldsStep(runtime.Shape.TopK, runtime.ExpertBytesOnDevice);
                    grid.Add((prefetch, policy, experts, capacity));
                }
        Preconditions.That(grid.Count > 0, "no cell to run: 'opt' runs only without a prefetcher", "--prefetch");

        var total = traces.Sum(t => t.Tokens) * (double)(grid.Count * request.Repeat + (request.CompareMmap ? 1 : 0));
        var done = 0.0;
        var cells = new List<OffloadComparisonCell>();
        var mapped = new List<MappedComparison>();
        OffloadModelShape? shape = null;
        foreach (var (name, trace, tokens) in traces)
        {
            var modelShape = runtime.ModelShape(OffloadRuntime.MeanPosition(trace, tokens));
            shape ??= modelShape;
            foreach (var (prefetch, policy, experts, capacity) in grid)
            {
                var repeats = new List<ReplayRun>();
                for (var r = 0; r < request.Repeat; r++)
                {
                    repeats.Add(runtime.Replay(trace, tokens, new ReplayOptions(policy, capacity, prefetch, request.IoThreads, request.Seed),
                        new Progress(progress, done, total), cancel));
                    done += tokens;
                }
                var ordered = repeats.OrderBy(x => x.Measured.TokensPerSecond).ToList();
                var run = ordered[(ordered.Count - 1) / 2];
                SimulationResult? predicted = null, atRunRates = null;
                AnalyticComparison? analytic = null;
                if (hardware is not null)
                {
                    if (!new ReplayOptions(policy, capacity, prefetch).UsesRouterPrefetch)
                    {
                        var options = new SimulationOptions(policy, capacity, prefetch, Seed: request.Seed, MaxTokens: tokens, Queue: TransferQueue.DemandFirst);
                        predicted = OffloadSimulator.Run(trace, modelShape, hardware, options);
                        atRunRates = OffloadSimulator.Run(trace, modelShape, RunRates.Of(hardware, run, modelShape), options);
                    }
                    if (capacity.Scope == CacheScope.PerLayer)
                        analytic = AnalyticComparison.Compute(modelShape, hardware, experts, measuredHitRate: run.Counters.HitRate);
                }
                cells.Add(new OffloadComparisonCell(name, experts, run, predicted, analytic, [.. repeats.Select(x => x.Measured.TokensPerSecond)], atRunRates));
            }
            if (request.CompareMmap)
            {
                mapped.Add(new MappedComparison(name, runtime.ReplayMapped(trace, tokens, progress: new Progress(progress, done, total), cancel: cancel)));
                done += tokens;
            }
        }
        return new OffloadComparison(request, runtime.Path, shape!, runtime.IoMode, request.IoThreads, hardware,
            traces.Select(t => (t.Name, t.Tokens, t.Trace.SequenceCount)).ToList(), cells, mapped, runtime.DenseWeightBytes);
    }

    /// <summary>
    /// Probes the device holding the weights with reads of one expert's size and the CPU with the model's own expert
    /// shape, and reads the result back through the profile file parser, so the prediction uses exactly what
    /// `moelab hardware probe` would have written.
    /// </summary>
    private static HardwareProfile ProbeFor(OffloadRuntime runtime, string weights)
    {
        var directory = Directory.Exists(weights) ? weights : System.IO.Path.GetDirectoryName(System.IO.Path.GetFullPath(weights))!;
        var a = runtime.Architecture;
        var result = Weights.DeviceProbe.Run(new Weights.ProbeOptions(directory, ExpertBytes: runtime.ExpertBytesOnDevice,
            ExpertHidden: a.ModelDim, ExpertWidth: a.ExpertHidden));
        var (expertRead, expertFlops) = Calibrate(runtime);
        result = result with
        {
            ExpertReadBytes = expertRead.ReadBytes,
            ExpertRead = expertRead,
            Bus = Weights.LatencyFit.Anchored(result.Latency[0], expertRead, [.. result.Latency, expertRead]),
        };
        var profile = HardwareProfileFile.Parse(Weights.ProbeProfileYaml.Render(result, "probe-" + Environment.MachineName), "--hardware probe");
        return profile with
        {
            Description = profile.Description + $"; bus and expert FLOP/s from a calibration replay on synthetic routing ({expertRead.Reads} reads)",
            AcceleratorFlopsPerSecond = expertFlops,
            CpuFlopsPerSecond = expertFlops,
        };
    }

    /// <summary>
    /// The machine as it runs this model's decode: a short calibration replay (16 tokens, LRU holding only top-k experts,
    /// so nearly every request misses) on seeded uniform synthetic routing — not the traces being predicted — gives the
    /// mean expert read and the expert FLOP/s while reads land in memory beside the compute.
    /// Why not the probe's own figures: on this project's virtual disk the runtime's reads ran at 2.0–2.7 GB/s while
    /// back-to-back reads at random offsets (the probe's, fio's, and the runtime's own store read in a loop) ran at
    /// 1.1–1.4 GB/s, so a bus taken from the latter predicted 20–40% below every measured cell; and experts computed
    /// 10–15% slower than the probe's isolated SwiGLU loop, the reads' DMA sharing the memory bandwidth. The cause of
    /// the read speed is the device's and is not known here; the model takes the machine as the runtime meets it.
    /// </summary>
    private static (Weights.LatencyPoint ExpertRead, double ExpertFlopsPerSecond) Calibrate(OffloadRuntime runtime)
    {
        const int tokens = 16;
        var routing = MoeLab.Offload.Synthetic.SyntheticRoutingGenerator.Generate(runtime.Shape, tokens,
            new MoeLab.Offload.Synthetic.SyntheticRoutingParameters(ZipfExponent: 0), seed: 20261204);
        var run = runtime.Replay(routing, tokens, new ReplayOptions(CachePolicySpec.Parse("lru"), CacheCapacity.InExperts(runtime.Shape.TopK)));
        var reads = (int)run.Counters.Misses;
        var expertFlops = run.Counters.Requests * runtime.ModelShape(0).ExpertFlopsPerToken / run.Measured.ExpertSeconds;
        return (new Weights.LatencyPoint(runtime.ExpertBytesRead, reads, run.Measured.ReadSeconds / Math.Max(1, reads)), expertFlops);
    }

    /// <summary>Token progress of one run mapped onto the whole grid's fraction done.</summary>
    private sealed class Progress(IProgress<double>? outer, double before, double total) : IProgress<int>
    {
        public void Report(int tokens) => outer?.Report((before + tokens) / total);
    }
}
