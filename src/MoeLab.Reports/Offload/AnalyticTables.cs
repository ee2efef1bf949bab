using System.Globalization;
using System.Text.Json.Nodes;
using MoeLab.Offload.Analytic;
using MoeLab.Reports.Model;
using static MoeLab.Core.Units.UnitFormat;

namespace MoeLab.Reports.Offload;

/// <summary>
/// Report sections for the analytic offloading models: the seed-000 prediction beside the corrected analytic
/// predictions for the same model, machine and cache (what <c>moelab simulate</c> shows next to its simulated
/// result), the granularity analysis, and the notebook's sweeps. Every seed number is labelled "seed 000 model".
/// </summary>
public static class AnalyticTables
{
    private const string SeedLabel = "seed 000 model (as written)";

    public static AnalyticSection Comparison(AnalyticComparison comparison)
    {
        var shape = comparison.Shape;
        var seed = comparison.Seed;
        var costs = comparison.Corrected[0].Throughput.Costs;

        var inputs = new KeyValues("Analytic model inputs",
        [
            new("Hardware", $"{comparison.Hardware.Name} — {comparison.Hardware.Description}"),
            new("Layers × experts, top-k", $"{shape.Layers} × {shape.ExpertsPerLayer}, top-{shape.TopK}"),
            new("Expert size", BytesFixed(shape.ExpertBytes)),
            new("Cached experts per layer", $"{comparison.CachedExpertsPerLayer} of {shape.ExpertsPerLayer}"),
            new("Attention / resident per layer-token", TimeFixed(costs.AttentionSeconds)),
            new("One expert on the accelerator", TimeFixed(costs.AcceleratorExpertSeconds)),
            new("One expert over the bus", TimeFixed(costs.TransferSeconds)),
            new("One expert on the CPU", TimeFixed(costs.CpuExpertSeconds)),
        ]);

        var columns = new List<Column>
        {
            new("Model", Legend: "Which prediction; seed rows use the seed's formulas as printed."),
            new("Misses / layer-token", "experts", "Expected experts missing per layer per token. For the seed row: its P_miss = (1 − c/N)^k, which is the chance that all k miss.", true),
            new("P(any miss)", "probability", "Chance a layer-token has at least one miss (the seed gives no such figure).", true),
            new("Moved / token", "bytes", "Expected bytes crossing the bus per token, all layers.", true),
            new("Stall / token", "s", "Time per token the accelerator waits for transfers (or for the CPU). Seed row: L·x_miss.", true),
            new("Decode speed", "tokens/s", "Tokens per second at batch 1. Seed row: 1 / (L·(t_proc + x_miss)), reading its per-pass time as per layer-token.", true),
        };
        var rows = new List<IReadOnlyList<Cell>>
        {
            new Cell[]
            {
                SeedLabel,
                Cell.Number(seed.MissProbability, "0.####"),
                new("—"),
                new(BytesFixed(seed.ImpliedBytesMovedPerToken), seed.ImpliedBytesMovedPerToken),
                new(TimeFixed(shape.Layers * seed.MissPenaltySeconds), shape.Layers * seed.MissPenaltySeconds),
                Cell.Number(seed.ImpliedTokensPerSecond, "0.###"),
            },
        };
        foreach (var c in comparison.Corrected)
        {
            var t = c.Throughput;
            var stall = t.TransferStallSeconds + t.CpuWaitSeconds;
            rows.Add(
            [
                $"corrected: {c.Label}",
                Cell.Number(c.Misses.ExpectedMisses, "0.####"),
                Cell.Number(c.Misses.ProbabilityAnyMiss, "0.####"),
                new(BytesFixed(t.ExpectedBytesMoved), t.ExpectedBytesMoved),
                new(TimeFixed(stall), stall),
                Cell.Number(t.TokensPerSecond, "0.###"),
            ]);
        }
        var table = new Table("Seed 000 model vs corrected analytic models", columns, rows,
            "Corrected rows: expected misses C·(1 − p) from the stated miss model; tokens/s = 1 / Σ_layers (t_attn + t_experts + stall) with demand transfers queued on the bus (latency per transfer) or run on the CPU where cheaper.");

        var constants = new KeyValues("Seed 000 model: scaling constants for this machine",
        [
            new("α = log2(t_miss / t_hit)", seed.Alpha.ToString("0.####", CultureInfo.InvariantCulture)),
            new("β = ln(bus) / ln(fast-tier bandwidth)", seed.Beta.ToString("0.####", CultureInfo.InvariantCulture)),
            new("Performance gain N^α / s^β", seed.PerformanceGain.ToString("0.####E+0", CultureInfo.InvariantCulture)),
            new("Throughput N_active / (t_proc + x_miss)", $"{seed.ThroughputExpertsPerSecond.ToString("0.##", CultureInfo.InvariantCulture)} (seed's unit: experts/s)"),
        ]);

        var note = new Note("How to read the seed row",
            "The seed's P_miss = (1 − P_cached)^C is the probability that all C needed experts miss, not a miss rate; " +
            "the expected number of misses is C·(1 − p). Its throughput divides a count of experts by a time, so it is " +
            "not tokens/s; the tokens/s shown for it reads (t_proc + x_miss) as one layer's time per token. MoeLab maps " +
            "P_cached = c/N, t_proc = attention + k experts on the accelerator, t_hit = expert bytes / fast-tier bandwidth, " +
            "t_miss = one bus transfer.");

        var warnings = new List<ReportWarning>();
        var uniform = comparison.Corrected[0];
        if (uniform.Throughput.ExpectedBytesMoved > 0)
        {
            var ratio = uniform.Throughput.ExpectedBytesMoved / Math.Max(seed.ImpliedBytesMovedPerToken, double.Epsilon);
            if (ratio > 1.5 || ratio < 1 / 1.5)
                warnings.Add(new ReportWarning(
                    $"seed 000 model predicts {BytesFixed(seed.ImpliedBytesMovedPerToken)} moved per token; exact uniform routing moves " +
                    $"{BytesFixed(uniform.Throughput.ExpectedBytesMoved)} ({ratio.ToString("0.##", CultureInfo.InvariantCulture)}×)", "seed-000-miss-formula"));
        }

        return new AnalyticSection([inputs, table, constants, note], warnings, ComparisonJson(comparison));
    }

    public static AnalyticSection Granularity(IReadOnlyList<GranularityRow> rows, string hardwareName)
    {
        var columns = new List<Column>
        {
            new("g", null, "Each expert split g ways (N·g experts of s/g bytes, top-k·g, c·g cached).", true),
            new("Experts", "experts", "Experts per layer.", true),
            new("Top-k", "experts", "Experts per token per layer.", true),
            new("Expert size", "bytes", "Bytes per expert.", true),
            new("Misses / layer-token", "experts", "Exact expected misses under uniform routing (hypergeometric): transfers per layer-token.", true),
            new("Moved / layer-token", "bytes", "Exact expected bytes moved: k·(1 − c/N)·s, the same for every g.", true),
            new("P(any miss)", "probability", "Exact chance of at least one miss in the layer-token.", true),
            new("Decode speed", "tokens/s", "Corrected tokens/s model (per-transfer latency and pipelining included).", true),
            new("Seed P_miss", "probability", "Seed 000 model: (1 − c/N)^(k·g).", true),
            new("Seed moved / layer-token", "bytes", "Seed 000 model: P_miss · s/g.", true),
            new("Seed gain", null, "Seed 000 model: N^α / s^β relative to g = 1.", true),
        };
        var baseGain = rows.Count > 0 ? rows[0].Seed.PerformanceGain : 1.0;
        var body = rows.Select(r => (IReadOnlyList<Cell>)
        [
            Cell.Number(r.Granularity, "0"),
            Cell.Number(r.ExpertsPerLayer, "0"),
            Cell.Number(r.TopK, "0"),
            new(BytesFixed(r.ExpertBytes), r.ExpertBytes),
            Cell.Number(r.ExpectedMissesPerLayerToken, "0.###"),
            new(BytesFixed(r.ExpectedBytesMovedPerLayerToken), r.ExpectedBytesMovedPerLayerToken),
            Cell.Number(r.ProbabilityAnyMiss, "0.####"),
            Cell.Number(r.Throughput.TokensPerSecond, "0.###"),
            Cell.Number(r.Seed.MissProbability, "0.####E+0"),
            new(BytesFixed(r.SeedBytesMovedPerLayerToken), r.SeedBytesMovedPerLayerToken),
            Cell.Number(r.Seed.PerformanceGain / baseGain, "0.###E+0"),
        ]).ToList();
        var table = new Table($"Expert granularity at fixed total, active and cached bytes — uniform routing, {hardwareName}", columns, body,
            "Under independent uniform routing the expected bytes moved do not depend on g; only the number of transfers (each paying the bus latency), " +
            "their overlap with compute, and the spread change. The seed 000 model's P_miss falls exponentially in g instead.");
        var data = new JsonObject
        {
            ["hardware"] = hardwareName,
            ["rows"] = new JsonArray([.. rows.Select(r => (JsonNode)new JsonObject
            {
                ["granularity"] = r.Granularity,
                ["experts_per_layer"] = r.ExpertsPerLayer,
                ["top_k"] = r.TopK,
                ["expert_bytes"] = r.ExpertBytes,
                ["cached_experts_per_layer"] = r.CachedExpertsPerLayer,
                ["expected_misses_per_layer_token"] = r.ExpectedMissesPerLayerToken,
                ["expected_bytes_moved_per_layer_token"] = r.ExpectedBytesMovedPerLayerToken,
                ["probability_any_miss"] = r.ProbabilityAnyMiss,
                ["throughput"] = ThroughputJson(r.Throughput),
                ["seed_000"] = SeedJson(r.Seed),
                ["seed_000_bytes_moved_per_layer_token"] = r.SeedBytesMovedPerLayerToken,
            })]),
        };
        return new AnalyticSection([table], [], data);
    }

    public static AnalyticSection NotebookSweep(IReadOnlyList<NotebookSweepRow> rows, INotebookSystemModel system)
    {
        var columns = new List<Column>
        {
            new("Experts", "experts", "num_experts.", true),
            new("Expert size", "bytes", "expert_size.", true),
            new("Cache probability", "probability", "The notebook's single_expert_cache_prob.", true),
            new("Forward miss probability", "probability", "The notebook's forward_experts_miss_prob = (1 − p)^k.", true),
            new("Performance gain", null, "The notebook's perf_gain = N^α / s^β.", true),
            new("Effective bandwidth", "bytes/s", "The notebook's eff_bandwidth.", true),
        };
        var body = rows.Select(r => (IReadOnlyList<Cell>)
        [
            Cell.Number(r.NumExperts, "0"),
            new(BytesFixed(r.ExpertBytes), r.ExpertBytes),
            Cell.Number(r.SingleExpertCacheProbability, "0.####"),
            Cell.Number(r.ForwardExpertsMissProbability, "0.####E+0"),
            Cell.Number(r.PerformanceGain, "0.###E+0"),
            new(BytesFixed(r.EffectiveBandwidthBytesPerSecond) + "/s", r.EffectiveBandwidthBytesPerSecond),
        ]).ToList();
        var table = new Table($"{system.Name}: sweep (α = {system.Alpha:0.####}, β = {system.Beta:0.####})", columns, body,
            "Reproduces the seed 000 notebook's ExperimentRunner on its own formulas; these are not cache predictions.");
        var data = new JsonObject
        {
            ["system"] = system.Name,
            ["alpha"] = system.Alpha,
            ["beta"] = system.Beta,
            ["rows"] = new JsonArray([.. rows.Select(r => (JsonNode)new JsonObject
            {
                ["num_experts"] = r.NumExperts,
                ["expert_size"] = r.ExpertBytes,
                ["single_expert_cache_prob"] = r.SingleExpertCacheProbability,
                ["forward_experts_miss_prob"] = r.ForwardExpertsMissProbability,
                ["perf_gain"] = r.PerformanceGain,
                ["eff_bandwidth"] = r.EffectiveBandwidthBytesPerSecond,
            })]),
        };
        return new AnalyticSection([table], [], data);
    }

    /// <summary>The raw numbers of a comparison, for <c>--json</c>.</summary>
    public static JsonObject ComparisonJson(AnalyticComparison comparison) => new()
    {
        ["hardware"] = comparison.Hardware.Name,
        ["shape"] = new JsonObject
        {
            ["layers"] = comparison.Shape.Layers,
            ["experts_per_layer"] = comparison.Shape.ExpertsPerLayer,
            ["top_k"] = comparison.Shape.TopK,
            ["expert_bytes"] = comparison.Shape.ExpertBytes,
            ["expert_flops_per_token"] = comparison.Shape.ExpertFlopsPerToken,
            ["attention_flops_per_token"] = comparison.Shape.AttentionFlopsPerToken,
            ["resident_bytes_per_layer"] = comparison.Shape.ResidentBytesPerLayer,
        },
        ["cached_experts_per_layer"] = comparison.CachedExpertsPerLayer,
        ["seed_000"] = SeedJson(comparison.Seed),
        ["corrected"] = new JsonArray([.. comparison.Corrected.Select(c => (JsonNode)new JsonObject
        {
            ["label"] = c.Label,
            ["miss_model"] = c.Misses.Model,
            ["miss_distribution"] = new JsonArray([.. c.Misses.Probabilities.Select(p => (JsonNode)JsonValue.Create(p))]),
            ["expected_misses_per_layer_token"] = c.Misses.ExpectedMisses,
            ["probability_any_miss"] = c.Misses.ProbabilityAnyMiss,
            ["throughput"] = ThroughputJson(c.Throughput),
        })]),
    };

    private static JsonObject SeedJson(Seed000Prediction s) => new()
    {
        ["label"] = SeedLabel,
        ["cached_fraction"] = s.CachedFraction,
        ["miss_probability"] = s.MissProbability,
        ["miss_penalty_s"] = s.MissPenaltySeconds,
        ["processing_s"] = s.ProcessingSeconds,
        ["throughput_experts_per_s"] = s.ThroughputExpertsPerSecond,
        ["implied_tokens_per_s"] = s.ImpliedTokensPerSecond,
        ["implied_bytes_moved_per_token"] = s.ImpliedBytesMovedPerToken,
        ["alpha"] = s.Alpha,
        ["beta"] = s.Beta,
        ["performance_gain"] = s.PerformanceGain,
    };

    private static JsonObject ThroughputJson(ThroughputPrediction t) => new()
    {
        ["handling"] = t.Handling.ToString(),
        ["tokens_per_s"] = t.TokensPerSecond,
        ["seconds_per_token"] = t.SecondsPerToken,
        ["attention_s"] = t.AttentionSeconds,
        ["accelerator_expert_s"] = t.AcceleratorExpertSeconds,
        ["transfer_stall_s"] = t.TransferStallSeconds,
        ["cpu_wait_s"] = t.CpuWaitSeconds,
        ["expected_misses"] = t.ExpectedMisses,
        ["expected_transfers"] = t.ExpectedTransfers,
        ["expected_cpu_experts"] = t.ExpectedCpuExperts,
        ["expected_bytes_moved"] = t.ExpectedBytesMoved,
    };
}
