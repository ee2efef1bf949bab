using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using MoeLab.Core.Hardware;
using MoeLab.Core.Units;
using MoeLab.Offload.Analytic;
using MoeLab.Offload.Caching;
using MoeLab.Offload.Simulation;
using MoeLab.Offload.Traces;
using MoeLab.Reports.Charts;
using MoeLab.Reports.Model;
using MoeLab.Reports.Rendering;
using static MoeLab.Reports.Offload.OffloadFormat;

namespace MoeLab.Reports.Offload;

/// <summary>
/// Builds the `moelab simulate` report: per policy and cache size the simulated decode speed, hit rate,
/// bytes moved and where the time went; beside it the seed-000 model and the corrected analytic models for
/// the same model, machine and cache; charts of hit rate and tokens/s against cache size.
/// </summary>
public sealed class SimulationReportBuilder(SimulationRequest request, string commandLine)
{
    /// <param name="progress">The fraction of the (cache size, policy) runs done.</param>
    public Report Build(IProgress<double>? progress = null)
    {
        foreach (var p in request.Policies) CachePolicyCatalog.Validate(p);
        var untimed = request.ResolveModel();
        var hardware = request.ResolveHardware();
        foreach (var capacity in request.Capacities(untimed.Layers)) capacity.RequireHoldsStep(untimed.TopK, untimed.ExpertBytes);
        var trace = request.ResolveTrace(untimed);
        var model = request.ResolveModel(trace);
        var runs = new List<(CacheCapacity Capacity, SimulationResult Result)>();
        var capacities = request.Capacities(model.Layers).ToList();
        foreach (var capacity in capacities)
            foreach (var policy in request.Policies)
            {
                runs.Add((capacity, OffloadSimulator.Run(trace, model, hardware, request.Options(policy, capacity))));
                progress?.Report((double)runs.Count / (capacities.Count * request.Policies.Count));
            }

        var blocks = new List<ReportBlock>
        {
            Setup(model, hardware, trace),
            Results(runs, model),
            Breakdown(runs),
        };
        var analytic = Analytic(model, hardware, trace, runs);
        if (analytic is not null) blocks.Add(analytic);
        if (request.CacheBytes is null && request.CacheExperts.Count > 1)
        {
            blocks.Add(VegaLite.Line("Hit rate against cache size", new ChartAxis("cached experts per layer"), new ChartAxis("hit rate", "%"),
                runs.GroupBy(r => r.Result.Policy).Select(g => new ChartSeries(g.Key, [.. g.Select(r => new ChartPoint(PerLayer(r.Capacity, model), 100 * r.Result.Counters.HitRate))]))));
            blocks.Add(VegaLite.Line("Decode speed against cache size", new ChartAxis("cached experts per layer"), new ChartAxis("decode speed", "tokens/s"),
                runs.GroupBy(r => r.Result.Policy).Select(g => new ChartSeries(g.Key, [.. g.Select(r => new ChartPoint(PerLayer(r.Capacity, model), r.Result.DecodeTokensPerSecond))]))));
        }
        blocks.Add(new Note("How the simulation works", HowItWorks));

        return new Report(
            $"{request.Model} on {hardware.Name} — offloaded decoding, simulated",
            new ReportContext(commandLine, Inputs(hardware, trace), request.Seed),
            blocks,
            Warnings(trace, runs),
            Data(model, hardware, trace, runs));
    }

    /// <summary>Cached experts per layer: a global pool's share, so per-layer and global runs chart on one axis.</summary>
    private static double PerLayer(CacheCapacity capacity, OffloadModelShape model) =>
        capacity.Scope == CacheScope.Global ? capacity.Experts!.Value / (double)model.Layers : capacity.Experts!.Value;

    private KeyValues Setup(OffloadModelShape model, HardwareProfile hardware, RoutingTrace trace) => new("Setup",
    [
        new("model", $"{request.Model}: {model.Layers} MoE layers × {model.ExpertsPerLayer} experts, top-{model.TopK}, {UnitFormat.BytesDecimal(model.ExpertBytes)} per expert"),
        new("hardware", $"{hardware.Name}: bus {UnitFormat.Bandwidth(hardware.BusBandwidthBytesPerSecond)} + {UnitFormat.Time(hardware.BusLatencySeconds)} per transfer, fast tier {UnitFormat.Bandwidth(hardware.FastTierBandwidthBytesPerSecond)}"),
        new("trace", $"{request.Trace ?? BuiltInTraces.Default}: {trace.TokenCount} tokens in {trace.SequenceCount} sequences, {trace.RequestCount:N0} expert requests" +
            (request.Tokens is { } n && n < trace.TokenCount ? $"; the first {n} tokens simulated" : "")),
        new("batch / prompt", $"{request.Batch} token(s) per decode step; prompt {request.PromptTokens} tokens"),
        new("prefetch / misses", $"{request.Prefetch}; misses: {request.Misses}{(request.EarlyPreemption ? ", early preemption" : "")}{(request.Chunks > 1 ? $", {request.Chunks} chunks per transfer" : "")}"),
    ]);

    private static Table Results(List<(CacheCapacity Capacity, SimulationResult Result)> runs, OffloadModelShape model)
    {
        var columns = new List<Column>
        {
            new("policy", Legend: "Eviction policy as run, parameters included."),
            new("cache", Legend: "Cache capacity: experts per layer, or a global pool."),
            new("hit rate", "%", "Demand requests found in fast memory.", true),
            new("moved / token", "B", "Bytes over the bus per decoded token (demand, prefetch, pre-empted waste).", true),
            new("transfers / token", "transfers", "Expert transfers per decoded token; each pays the bus latency.", true),
            new("decode", "tokens/s", "Simulated decode speed (prompt excluded).", true),
            new("stall", "%", "Share of decode time the accelerator waited for the bus.", true),
            new("bus busy", "%", "Share of wall time the bus was transferring.", true),
            new("prefill", "s", "Wall time of the prompt step (0 without --prompt).", true),
            new("simulator", "requests/s", "How fast this run simulated: demand requests per second of real time (trace, policy and timing model).", true),
        };
        var rows = runs.Select(r =>
        {
            var s = r.Result;
            var perToken = s.DecodeTokens + s.PromptTokens;
            return (IReadOnlyList<Cell>)
            [
                s.Policy, r.Capacity.ToString(), Percent(s.Counters.HitRate), Bytes(s.BytesMoved / (double)perToken),
                Number(s.Transfers / (double)perToken), Number(s.DecodeTokensPerSecond),
                Percent(s.Decode.TransferStallSeconds / s.DecodeSeconds), Percent(s.BusUtilisation), Seconds(s.PrefillSeconds),
                Number(s.RequestsPerSecond),
            ];
        }).ToList();
        return new Table("Simulated decoding, per policy and cache size", columns, rows,
            $"Expert size {UnitFormat.BytesDecimal(model.ExpertBytes)}; per-token figures divide by all trace tokens (prompt included).");
    }

    private static Table Breakdown(List<(CacheCapacity Capacity, SimulationResult Result)> runs)
    {
        var columns = new List<Column>
        {
            new("policy"), new("cache"),
            new("dense", "s/token", "Attention, router and other resident weights on the accelerator.", true),
            new("experts", "s/token", "Routed experts computing on the accelerator.", true),
            new("stall", "s/token", "Accelerator idle, waiting for transfers.", true),
            new("CPU wait", "s/token", "Accelerator idle, waiting for experts run on the CPU.", true),
            new("CPU experts", "experts", "Misses run on the CPU in place of a transfer.", true),
            new("routing changed", "%", "Choices swapped by cache-aware routing (its quality cost).", true),
        };
        var rows = runs.Select(r =>
        {
            var s = r.Result;
            var n = Math.Max(1, s.DecodeTokens);
            return (IReadOnlyList<Cell>)
            [
                s.Policy, r.Capacity.ToString(), Seconds(s.Decode.DenseSeconds / n), Seconds(s.Decode.ExpertComputeSeconds / n),
                Seconds(s.Decode.TransferStallSeconds / n), Seconds(s.Decode.CpuWaitSeconds / n), Integer(s.CpuExecutions), Percent(s.RoutingChangeRate),
            ];
        }).ToList();
        return new Table("Where decode time goes", columns, rows);
    }

    /// <summary>Analytic predictions for the first per-layer cache size, next to the simulated LRU (or first policy).</summary>
    private Table? Analytic(OffloadModelShape model, HardwareProfile hardware, RoutingTrace trace, List<(CacheCapacity Capacity, SimulationResult Result)> runs)
    {
        if (request.CacheBytes is not null || request.GlobalCache) return null;
        var columns = new List<Column>
        {
            new("cache", Legend: "Cached experts per layer."),
            new("model", Legend: "Which prediction: the seed's formulas as written, a corrected analytic model, or the simulator."),
            new("hit rate", "%", "Per-expert hit rate the model assumes or measures.", true),
            new("moved / token", "B", "Bytes over the bus per token.", true),
            new("decode", "tokens/s", "Predicted or simulated decode speed.", true),
        };
        var inclusion = InclusionProbabilities(trace);
        var rows = new List<IReadOnlyList<Cell>>();
        foreach (var c in request.CacheExperts.Where(c => c <= model.ExpertsPerLayer).Distinct())
        {
            var simulated = runs.Where(r => r.Capacity.Experts == c).ToList();
            var lru = simulated.FirstOrDefault(r => r.Result.Policy == "lru");
            var comparison = AnalyticComparison.Compute(model, hardware, c, inclusion, lru.Result?.Counters.HitRate, "simulated LRU hit rate, misses independent");
            var seed = comparison.Seed;
            rows.Add([$"{c}", "seed 000 model (as written)", Percent(1 - seed.MissProbability), Bytes(seed.ImpliedBytesMovedPerToken), Number(seed.ImpliedTokensPerSecond)]);
            foreach (var p in comparison.Corrected)
                rows.Add([$"{c}", p.Label, Percent(p.Misses.HitRate), Bytes(p.Throughput.ExpectedBytesMoved), Number(p.Throughput.TokensPerSecond)]);
            foreach (var (_, s) in simulated)
                rows.Add([$"{c}", $"simulated: {s.Policy}, prefetch {s.Prefetcher}", Percent(s.Counters.HitRate), Bytes(s.BytesMoved / (double)(s.DecodeTokens + s.PromptTokens)), Number(s.DecodeTokensPerSecond)]);
        }
        return new Table("Analytic predictions beside the simulation", columns, rows,
            "Seed 000's 'hit rate' is its 1 − (1 − c/N)^k, the chance that not all k experts miss; its bytes moved are L·P_miss·s. Che's approximation is solved per layer with that layer's per-expert popularity measured on this trace, a token's k experts as one step (independent-reference assumption), and averaged over layers.");
    }

    /// <summary>Per layer, the probability that a token needs each expert (Σ = k per layer), for Che's approximation.
    /// Kept per layer: expert i of one layer has nothing to do with expert i of another.</summary>
    private static IReadOnlyList<double>[] InclusionProbabilities(RoutingTrace trace)
    {
        var shape = trace.Shape;
        var byLayer = new IReadOnlyList<double>[shape.Layers];
        for (var l = 0; l < shape.Layers; l++)
        {
            var counts = new double[shape.ExpertsPerLayer];
            for (var t = 0; t < trace.TokenCount; t++)
                foreach (var x in trace.Experts(t, l)) counts[x]++;
            var pi = counts.Select(c => c / trace.TokenCount).ToArray();
            // Fix rounding so Σ π = k exactly, as Che's solver requires.
            var scale = shape.TopK / pi.Sum();
            byLayer[l] = [.. pi.Select(p => Math.Min(1, p * scale))];
        }
        return byLayer;
    }

    private List<KeyValuePair<string, string>> Inputs(HardwareProfile hardware, RoutingTrace trace) =>
    [
        new("model", request.Model),
        new("hardware", hardware.Name),
        new("trace", request.Trace ?? $"{BuiltInTraces.Default} (built in)"),
        new("policies", string.Join(", ", request.Policies.Select(p => p.Name))),
        new("cache", request.CacheBytes is { } b ? $"{b} bytes (global)" : string.Join(", ", request.CacheExperts) + (request.GlobalCache ? " experts per layer, pooled globally (× layers)" : " experts per layer")),
    ];

    private static List<ReportWarning> Warnings(RoutingTrace trace, List<(CacheCapacity Capacity, SimulationResult Result)> runs)
    {
        var warnings = new List<ReportWarning>();
        if (trace.DroppedIncompleteTokens > 0)
            warnings.Add(new($"{trace.DroppedIncompleteTokens} token(s) ending their sequences had routing for only some layers ({trace.DroppedIncompleteRecords} records) and were left out: a runtime runs every layer of a token, so a partly recorded token cannot be replayed.", "trace-incomplete-tokens"));
        if (trace.TokenCount < 500)
            warnings.Add(new($"The trace has only {trace.TokenCount} tokens: cold misses weigh heavily and results are a small sample.", "trace-short"));
        return warnings;
    }

    private static JsonNode Data(OffloadModelShape model, HardwareProfile hardware, RoutingTrace trace, List<(CacheCapacity Capacity, SimulationResult Result)> runs)
    {
        return new JsonObject
        {
            ["semantics"] = SimulationSemantics.Name,
            ["definitions"] = SemanticsJson(),
            ["model"] = ReportJson.ToNode(model),
            ["hardware"] = hardware.Name,
            ["trace"] = new JsonObject { ["tokens"] = trace.TokenCount, ["sequences"] = trace.SequenceCount, ["dropped_incomplete_tokens"] = trace.DroppedIncompleteTokens, ["dropped_incomplete_records"] = trace.DroppedIncompleteRecords },
            ["runs"] = new JsonArray([.. runs.Select(r => new JsonObject
            {
                ["capacity_experts"] = r.Capacity.Experts,
                ["capacity_bytes"] = r.Capacity.Bytes,
                ["capacity_scope"] = OffloadFormat.ScopeName(r.Capacity.Scope),
                ["result"] = ReportJson.ToNode(r.Result),
                ["hit_rate"] = r.Result.Counters.HitRate,
                ["misses"] = r.Result.Counters.Misses,
            })]),
        };
    }

    internal static JsonObject SemanticsJson() => new([.. SimulationSemantics.Definitions.Select(d => new KeyValuePair<string, JsonNode?>(d.Key, d.Value))]);

    private const string HowItWorks =
        "A discrete-event simulation per decode step and layer on a virtual clock: the accelerator runs the layer's dense part; " +
        "when routing is known, the layer's experts are looked up in the cache as one step (none of them is evicted for another: step-atomic); a miss is queued on the bus (FIFO, latency per transfer, " +
        "overlapping compute) or run on the CPU; the accelerator runs experts as they arrive. Stall is accelerator time spent waiting " +
        "for the bus. The cache policy sees only expert ids and sizes — the same policy code serves the engine's real offloading runtime.";

    /// <summary>The one-screen terminal view: the setup and the per-policy results.</summary>
    public static Report Concise(Report full) => ConciseView.Keep(full, b => b.Title is "Setup" or "Simulated decoding, per policy and cache size");
}
