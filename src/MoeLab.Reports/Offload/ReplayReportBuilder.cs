using System.Text.Json.Nodes;
using MoeLab.Core.Units;
using MoeLab.Engine.Offloading;
using MoeLab.Offload.Simulation;
using MoeLab.Reports.Model;

namespace MoeLab.Reports.Offload;

/// <summary>
/// Renders `moelab replay`: every real run of the disk-backed runtime (hit rate, tokens/s, where the time went,
/// token latency, bytes read, peak RSS beside the budget) and, with a hardware profile, the simulator's prediction
/// of the same run and the analytic models' beside it, with their errors; then the memory-mapped comparison.
/// </summary>
public static class ReplayReportBuilder
{
    public static Report Build(OffloadComparison result, string commandLine)
    {
        var blocks = new List<ReportBlock> { Setup(result), Runs(result) };
        if (result.Hardware is not null) blocks.AddRange([Verdict(result), Predictions(result)]);
        if (result.Cells.Any(c => c.Analytic is not null)) blocks.Add(Analytic(result));
        if (result.Mapped.Count > 0) blocks.Add(Mapped(result));
        blocks.Add(new Note("How the runtime works", HowItWorks));
        return new Report(
            $"{Path.GetFileName(Path.TrimEndingDirectorySeparator(result.Model))} — offloaded decoding, measured" + (result.Hardware is null ? "" : " and predicted"),
            new ReportContext(commandLine, Inputs(result), result.Request.Seed),
            blocks, Warnings(result), Data(result));
    }

    private static List<KeyValuePair<string, string>> Inputs(OffloadComparison r) =>
    [
        new("weights", r.Model),
        new("traces", string.Join(", ", r.Traces.Select(t => $"{t.Name} ({t.Tokens} tokens)"))),
        new("hardware", r.Hardware?.Name ?? "none (measure only)"),
    ];

    private static KeyValues Setup(OffloadComparison r) => new("Setup",
    [
        new("model", $"{r.Shape.Layers} MoE layers × {r.Shape.ExpertsPerLayer} experts, top-{r.Shape.TopK}; {UnitFormat.BytesDecimal(r.Shape.ExpertBytes)} per expert on disk, " +
            $"{UnitFormat.BytesDecimal(r.Shape.ExpertBytes * (double)r.Shape.Layers * r.Shape.ExpertsPerLayer)} of experts"),
        new("reads", $"{r.IoMode}, {r.IoThreads} I/O thread(s), demand before prefetch"),
        new("hardware", r.Hardware is { } h
            ? $"{h.Name}: device {UnitFormat.Bandwidth(h.BusBandwidthBytesPerSecond)} + {UnitFormat.Time(h.BusLatencySeconds)} per read, compute {UnitFormat.Flops(h.AcceleratorFlopsPerSecond)}/s, RAM {UnitFormat.Bandwidth(h.FastTierBandwidthBytesPerSecond)}"
            : "no profile given: nothing is predicted"),
        new("memory", Memory(r)),
        new("semantics", SimulationSemantics.Name + ": a (token, layer) step's experts are looked up together and never evicted for each other"),
    ]);

    // What a run's peak RSS holds beyond its expert budget and the dense weights: the runtime, KV cache, buffers.
    private static long Rest(OffloadComparison r, ReplayMeasurements m) => m.PeakResidentBytes - m.BudgetBytes - r.DenseWeightBytes;

    private static string Memory(OffloadComparison r)
    {
        var dense = $"dense weights held in RAM {UnitFormat.BytesDecimal(r.DenseWeightBytes)} (float32)";
        var measured = r.Cells.Select(c => c.Measured.Measured).Where(m => m.PeakResidentBytes > 0).ToList();
        if (measured.Count == 0) return dense;
        var (low, high) = (measured.Min(m => Rest(r, m)), measured.Max(m => Rest(r, m)));
        return $"{dense}; peak RSS − budget − dense weights: {UnitFormat.BytesDecimal(low)}" + (high > low ? $" to {UnitFormat.BytesDecimal(high)}" : "") + " (runtime, KV cache, buffers)";
    }

    private static Table Runs(OffloadComparison r) => new("Measured runs",
    [
        new("trace"), new("policy"), new("cache", Legend: "Cached experts per layer (a global pool holds that many × layers)."),
        new("prefetch"),
        new("hit rate", "%", "Demand requests whose expert was resident at the start of its step.", true),
        new("decode", "tokens/s", "Tokens over the wall time of their decoder steps (the median run with --repeat).", true),
        new("spread", "%", "(slowest − fastest) / median over the repeats: the measurement's own noise.", true),
        new("stall", "%", "Share of wall time blocked on expert reads.", true),
        new("overhead", "%", "Share of wall time that is neither I/O wait nor compute: the runtime's bookkeeping.", true),
        new("p50", "ms", "Median token latency.", true),
        new("p99", "ms", "99th-percentile token latency.", true),
        new("read", "MB/token", "Bytes read from the device per token (demand and prefetch).", true),
        new("device", "GB/s", "Bytes read over the time inside the reads (per I/O thread): the bandwidth the runtime got from the device.", true),
        new("peak RSS", "MB", "Peak resident memory of the process during the run (weights in RAM, slots, buffers).", true),
        new("budget", "MB", "Fast memory held for experts: the cache's slots plus top-k staging slots.", true),
    ],
    [.. r.Cells.Select(c => (IReadOnlyList<Cell>)[
        c.Trace, c.Measured.Policy, $"{c.CachedExperts}", c.Measured.Prefetch,
        Cell.Number(100 * c.Measured.Counters.HitRate, "0.00"),
        Cell.Number(c.Measured.Measured.TokensPerSecond, "0.00"),
        Cell.Number(100 * (c.RepeatTokensPerSecond.Max() - c.RepeatTokensPerSecond.Min()) / c.Measured.Measured.TokensPerSecond, "0.0"),
        Cell.Number(100 * Share(c.Measured.Measured.StallSeconds, c.Measured.Measured), "0.0"),
        Cell.Number(100 * Share(c.Measured.Measured.OverheadSeconds, c.Measured.Measured), "0.0"),
        Cell.Number(1e3 * c.Measured.Measured.LatencyQuantile(0.5), "0.0"),
        Cell.Number(1e3 * c.Measured.Measured.LatencyQuantile(0.99), "0.0"),
        Cell.Number(c.Measured.Measured.BytesRead / 1e6 / c.Measured.Measured.TokenCount, "0.0"),
        Cell.Number(c.Measured.Measured.ReadBytesPerSecond / 1e9, "0.00"),
        Cell.Number(c.Measured.Measured.PeakResidentBytes / 1e6, "0"),
        Cell.Number(c.Measured.Measured.BudgetBytes / 1e6, "0"),
    ])]);

    private static double Share(double seconds, ReplayMeasurements m) => m.WallSeconds > 0 ? seconds / m.WallSeconds : double.NaN;

    /// <summary>How close the predictions came, beside the two things that bound it: the runs' own repeat spread, and the
    /// error left when the simulator is given the rates each run actually got.</summary>
    private static KeyValues Verdict(OffloadComparison r)
    {
        var items = new List<KeyValuePair<string, string>>
        {
            new("prediction", ErrorSummary([.. r.Cells.Select(c => c.TokensPerSecondError)])),
            new("at the runs' own rates", ErrorSummary([.. r.Cells.Select(c => c.AtRunRatesError)]) + " (diagnostic: the device and expert FLOP/s each run measured)"),
        };
        var spreads = r.Cells.Where(c => c.RepeatTokensPerSecond.Count > 1)
            .Select(c => (c.RepeatTokensPerSecond.Max() - c.RepeatTokensPerSecond.Min()) / c.Measured.Measured.TokensPerSecond).ToList();
        if (spreads.Count > 0)
            items.Add(new("repeat spread", $"mean {100 * spreads.Average():0.0}%, largest {100 * spreads.Max():0.0}% (slowest − fastest over median of identical runs)"));
        return new("Verdict (decode tokens/s)", items);
    }

    private static string ErrorSummary(IReadOnlyList<double?> errors)
    {
        var known = errors.Where(e => e is not null).Select(e => Math.Abs(e!.Value)).ToList();
        if (known.Count == 0) return "no cell predicted";
        return $"within 15% in {known.Count(e => e <= 0.15)} of {known.Count} cells; mean |error| {100 * known.Average():0.0}%, largest {100 * known.Max():0.0}%";
    }

    private static Table Predictions(OffloadComparison r) => new("Predicted (simulate, same requests and profile) vs measured",
    [
        new("trace"), new("policy"), new("cache"), new("prefetch"),
        new("hits measured", "requests", "Demand hits of the real run.", true),
        new("hits predicted", "requests", "Demand hits the simulator counts for the same requests.", true),
        new("measured", "tokens/s", null, true),
        new("reads measured", "reads", "Expert reads the runtime completed: demand misses and prefetches.", true),
        new("reads predicted", "reads", "Transfers the simulator put on the bus (withdrawn prefetches excluded).", true),
        new("predicted", "tokens/s", "The simulator's decode speed with the hardware profile.", true),
        new("error", "%", "(predicted − measured) / measured.", true),
        new("at run's rates", "tokens/s", "Diagnostic, not a prediction: the same simulation with the device and expert FLOP/s this run measured, so what remains is the simulator's own model of the decode.", true),
        new("error", "%", null, true),
    ],
    [.. r.Cells.Select(c => (IReadOnlyList<Cell>)[
        c.Trace, c.Measured.Policy, $"{c.CachedExperts}", c.Measured.Prefetch,
        Cell.Number(c.Measured.Counters.Hits, "0"),
        c.Predicted is null ? "n/a" : Cell.Number(c.Predicted.Counters.Hits, "0"),
        Cell.Number(c.Measured.Measured.TokensPerSecond, "0.00"),
        Cell.Number(c.Measured.Measured.ReadsIssued, "0"),
        c.Predicted is null ? "n/a" : Cell.Number(c.Predicted.Transfers, "0"),
        c.Predicted is null ? "n/a" : Cell.Number(c.Predicted.DecodeTokensPerSecond, "0.00"),
        c.TokensPerSecondError is { } e ? Cell.Number(100 * e, "+0.0;-0.0;0.0") : "n/a",
        c.AtRunRates is null ? "n/a" : Cell.Number(c.AtRunRates.DecodeTokensPerSecond, "0.00"),
        c.AtRunRatesError is { } d ? Cell.Number(100 * d, "+0.0;-0.0;0.0") : "n/a",
    ])]);

    private static Table Analytic(OffloadComparison r) => new("Analytic models vs measured (per-layer caches)",
    [
        new("trace"), new("policy"), new("cache"), new("prefetch"),
        new("measured", "tokens/s", null, true),
        new("seed 000", "tokens/s", "Seed 000's Throughput = N_active / (t_proc + x_miss), P_miss = (1 − K/N)^k, read as one layer's time per token: 1 / (L·(t_proc + x_miss)).", true),
        new("error", "%", null, true),
        new("uniform exact", "tokens/s", "Corrected model: exact miss distribution under uniform routing, demand transfers.", true),
        new("error", "%", null, true),
        new("measured hits", "tokens/s", "Corrected model fed the measured hit rate (independent misses), demand transfers.", true),
        new("error", "%", null, true),
    ],
    [.. r.Cells.Where(c => c.Analytic is not null).Select(c =>
    {
        var a = c.Analytic!;
        var measured = c.Measured.Measured.TokensPerSecond;
        var uniform = a.Corrected[0].Throughput.TokensPerSecond;
        var fromHits = a.Corrected[^1].Throughput.TokensPerSecond;
        return (IReadOnlyList<Cell>)[
            c.Trace, c.Measured.Policy, $"{c.CachedExperts}", c.Measured.Prefetch,
            Cell.Number(measured, "0.00"),
            Cell.Number(a.Seed.ImpliedTokensPerSecond, "G4"), Cell.Number(100 * (a.Seed.ImpliedTokensPerSecond / measured - 1), "+0;-0;0"),
            Cell.Number(uniform, "0.00"), Cell.Number(100 * (uniform / measured - 1), "+0.0;-0.0;0.0"),
            Cell.Number(fromHits, "0.00"), Cell.Number(100 * (fromHits / measured - 1), "+0.0;-0.0;0.0"),
        ];
    })]);

    private static Table Mapped(OffloadComparison r) => new("Memory-mapped experts (llama.cpp's approach), cold page cache",
    [
        new("trace"), new("source"),
        new("decode", "tokens/s", null, true),
        new("read", "MB", "Bytes read from the device: the slots' reads, or major page faults × 4 KiB for the mapping (readahead may read more).", true),
        new("page cache after", "MB", "Bytes of the weight files the page cache holds when the run ends: memory the mapping uses that no budget bounds.", true),
        new("peak RSS", "MB", null, true),
    ],
    [.. r.Mapped.SelectMany(m =>
    {
        var first = r.Cells.First(c => c.Trace == m.Trace);
        return new IReadOnlyList<Cell>[]
        {
            [m.Trace, $"slots: {first.Measured.Policy}, {first.CachedExperts} per layer, {first.Measured.Prefetch}",
                Cell.Number(first.Measured.Measured.TokensPerSecond, "0.00"), Cell.Number(first.Measured.Measured.BytesRead / 1e6, "0"),
                "n/a", Cell.Number(first.Measured.Measured.PeakResidentBytes / 1e6, "0")],
            [m.Trace, $"mmap ({m.Mapped.Access}), {m.Mapped.MajorFaults:N0} major faults",
                Cell.Number(m.Mapped.Measured.TokensPerSecond, "0.00"), Cell.Number(m.Mapped.MajorFaults * 4096 / 1e6, "0"),
                Cell.Number(m.Mapped.PageCacheBytesAfter / 1e6, "0"), Cell.Number(m.Mapped.Measured.PeakResidentBytes / 1e6, "0")],
        };
    })]);

    private static List<ReportWarning> Warnings(OffloadComparison r)
    {
        var warnings = new List<ReportWarning>();
        if (!r.IoMode.Contains("O_DIRECT", StringComparison.Ordinal))
            warnings.Add(new($"expert reads are not O_DIRECT ({r.IoMode}): the page cache may serve them, so read times measure RAM", "io-mode"));
        foreach (var c in r.Cells.Where(c => c.Predicted is not null && c.Predicted.Counters.Hits != c.Measured.Counters.Hits))
            warnings.Add(new($"{c.Trace} {c.Measured.Policy} K={c.CachedExperts} {c.Measured.Prefetch}: the simulator counts {c.Predicted!.Counters.Hits} hits, the runtime {c.Measured.Counters.Hits}", "hit-mismatch"));
        foreach (var c in r.Cells.Where(c => c.TokensPerSecondError is { } e && Math.Abs(e) > 0.15))
            warnings.Add(new($"{c.Trace} {c.Measured.Policy} K={c.CachedExperts} {c.Measured.Prefetch}: prediction off by {100 * c.TokensPerSecondError!.Value:+0.0;-0.0;0.0}% (> 15%){AtRunRatesNote(c)}", "prediction-error"));
        return warnings;
    }

    private static string AtRunRatesNote(OffloadComparisonCell c) => c.AtRunRatesError is { } e
        ? $"; {100 * e:+0.0;-0.0;0.0}% at the run's own device and compute rates"
        : "";

    private static JsonNode Data(OffloadComparison r) => new JsonObject
    {
        ["semantics"] = SimulationSemantics.Name,
        ["weights"] = r.Model,
        ["io_mode"] = r.IoMode,
        ["io_threads"] = r.IoThreads,
        ["hardware"] = r.Hardware?.Name,
        ["model"] = new JsonObject
        {
            ["moe_layers"] = r.Shape.Layers, ["experts_per_layer"] = r.Shape.ExpertsPerLayer, ["top_k"] = r.Shape.TopK,
            ["expert_bytes"] = r.Shape.ExpertBytes, ["expert_flops_per_token"] = r.Shape.ExpertFlopsPerToken,
            ["resident_flops_per_layer_token"] = r.Shape.AttentionFlopsPerToken, ["resident_bytes_per_layer"] = r.Shape.ResidentBytesPerLayer,
            ["dense_weight_bytes"] = r.DenseWeightBytes,
        },
        ["runs"] = new JsonArray([.. r.Cells.Select(c => (JsonNode)new JsonObject
        {
            ["trace"] = c.Trace, ["policy"] = c.Measured.Policy, ["cache_experts_per_layer"] = c.CachedExperts,
            ["cache_scope"] = OffloadFormat.ScopeName(c.Measured.Capacity.Scope), ["prefetch"] = c.Measured.Prefetch,
            ["tokens"] = c.Measured.Measured.TokenCount, ["requests"] = c.Measured.Counters.Requests, ["hits"] = c.Measured.Counters.Hits,
            ["hit_rate"] = c.Measured.Counters.HitRate, ["decode_tokens_per_s"] = c.Measured.Measured.TokensPerSecond,
            ["repeat_decode_tokens_per_s"] = new JsonArray([.. c.RepeatTokensPerSecond.Select(v => (JsonNode)v)]),
            ["wall_s"] = c.Measured.Measured.WallSeconds, ["stall_s"] = c.Measured.Measured.StallSeconds,
            ["dense_s"] = c.Measured.Measured.DenseSeconds, ["expert_compute_s"] = c.Measured.Measured.ExpertSeconds,
            ["overhead_s"] = c.Measured.Measured.OverheadSeconds,
            ["latency_p50_s"] = c.Measured.Measured.LatencyQuantile(0.5), ["latency_p99_s"] = c.Measured.Measured.LatencyQuantile(0.99),
            ["bytes_read"] = c.Measured.Measured.BytesRead, ["reads_issued"] = c.Measured.Measured.ReadsIssued,
            ["read_s"] = c.Measured.Measured.ReadSeconds, ["read_bytes_per_s"] = c.Measured.Measured.ReadBytesPerSecond,
            ["peak_rss_bytes"] = c.Measured.Measured.PeakResidentBytes, ["budget_bytes"] = c.Measured.Measured.BudgetBytes,
            ["rss_beyond_budget_and_dense_bytes"] = Rest(r, c.Measured.Measured),
            ["bypassed_reads"] = c.Measured.BypassedReads,
            ["predicted"] = c.Predicted is null ? null : new JsonObject
            {
                ["hits"] = c.Predicted.Counters.Hits, ["hit_rate"] = c.Predicted.Counters.HitRate,
                ["decode_tokens_per_s"] = c.Predicted.DecodeTokensPerSecond, ["relative_error"] = c.TokensPerSecondError,
                ["transfers"] = c.Predicted.Transfers, ["bytes_moved"] = c.Predicted.BytesMoved,
                ["bus_busy_s"] = c.Predicted.BusBusySeconds, ["stall_s"] = c.Predicted.Decode.TransferStallSeconds,
                ["dense_s"] = c.Predicted.Decode.DenseSeconds, ["expert_compute_s"] = c.Predicted.Decode.ExpertComputeSeconds,
            },
            ["at_run_rates"] = c.AtRunRates is null ? null : new JsonObject
            {
                ["decode_tokens_per_s"] = c.AtRunRates.DecodeTokensPerSecond, ["relative_error"] = c.AtRunRatesError,
                ["transfers"] = c.AtRunRates.Transfers, ["stall_s"] = c.AtRunRates.Decode.TransferStallSeconds,
            },
            ["analytic"] = c.Analytic is null ? null : new JsonObject
            {
                ["seed000_implied_tokens_per_s"] = c.Analytic.Seed.ImpliedTokensPerSecond,
                ["uniform_exact_tokens_per_s"] = c.Analytic.Corrected[0].Throughput.TokensPerSecond,
                ["measured_hits_tokens_per_s"] = c.Analytic.Corrected[^1].Throughput.TokensPerSecond,
            },
        })]),
        ["mmap"] = new JsonArray([.. r.Mapped.Select(m => (JsonNode)new JsonObject
        {
            ["trace"] = m.Trace, ["access"] = m.Mapped.Access, ["decode_tokens_per_s"] = m.Mapped.Measured.TokensPerSecond,
            ["major_faults"] = m.Mapped.MajorFaults, ["minor_faults"] = m.Mapped.MinorFaults,
            ["page_cache_bytes_after"] = m.Mapped.PageCacheBytesAfter, ["mapped_bytes"] = m.Mapped.MappedBytes,
            ["peak_rss_bytes"] = m.Mapped.Measured.PeakResidentBytes,
        })]),
    };

    private const string HowItWorks =
        "Each token runs the model's dense part (attention with a KV cache, routers, norms, LM head) in RAM. Its routing is forced " +
        "from the trace, so the runtime requests exactly the experts the simulator sees. For each (token, layer) the whole top-k set " +
        "goes to the same ExpertCache and policy objects the simulator uses: hits are the experts resident at the start of the step, " +
        "each miss takes its victim's slot and is read from the weight file with pread into 4 KiB-aligned memory opened with O_DIRECT, " +
        "so the page cache is bypassed and the device's own bandwidth and latency are measured. Demand reads go before queued " +
        "prefetches; a prefetcher queues the next layer's experts behind them on background I/O threads while the decoder computes. " +
        "Each expert's SwiGLU runs from its slot with the engine's BLAS GEMV.";
}
