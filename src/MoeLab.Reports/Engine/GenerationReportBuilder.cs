using System.Text.Json.Nodes;
using MoeLab.Engine.Inference;
using MoeLab.Engine.Offloading;
using MoeLab.Engine.Model;
using MoeLab.Reports.Model;
using static MoeLab.Reports.Engine.EngineReportParts;

namespace MoeLab.Reports.Engine;

/// <summary>Builds the report of `moelab generate`: the sampled text, how it was sampled, and the trace written.</summary>
public sealed class GenerationReportBuilder(
    string checkpoint, ParameterLayout layout, string prompt, string completion, SamplingOptions sampling,
    double seconds, string? tracePath, long traceRecords, GenerationOffload? offload, string commandLine)
{
    public Report Build()
    {
        var blocks = new List<ReportBlock>
        {
            new Note("Sample", prompt + completion),
            new KeyValues("Sampling", [
                new("Prompt", $"{System.Text.Encoding.UTF8.GetByteCount(prompt)} bytes"),
                new("Generated", $"{sampling.MaxNewTokens} bytes in {F(seconds, "F2")} s ({Si(sampling.MaxNewTokens / Math.Max(seconds, 1e-9))} tokens/s)"),
                new("Temperature", sampling.Temperature <= 0 ? "0 (greedy)" : F(sampling.Temperature, "G3")),
                new("Top-k", sampling.TopK == 0 ? "off" : sampling.TopK.ToString()),
            ]),
            ModelBlock(layout),
        };
        if (offload is not null)
            blocks.Add(new KeyValues("Experts streamed from disk", [
                new("Cache", $"{offload.Policy}, {offload.Capacity}; {Si(offload.BudgetBytes)}B of slots"),
                new("Hit rate", $"{F(100 * offload.HitRate, "F1")}% of {offload.Requests:N0} expert requests"),
                new("Read", $"{Si(offload.BytesRead)}B in {offload.Reads:N0} reads ({offload.IoMode})"),
                new("I/O stall", $"{F(offload.StallSeconds, "F3")} s"),
            ]));
        if (tracePath is not null)
            blocks.Add(new KeyValues("Products", [new("Routing trace (JSONL)", $"{tracePath} ({traceRecords:N0} records)")]));
        var data = new JsonObject
        {
            ["checkpoint"] = checkpoint,
            ["prompt"] = prompt,
            ["completion"] = completion,
            ["max_new_tokens"] = sampling.MaxNewTokens,
            ["temperature"] = sampling.Temperature,
            ["top_k"] = sampling.TopK,
            ["time_s"] = seconds,
            ["trace"] = tracePath,
            ["trace_records"] = traceRecords,
            ["config"] = ConfigJson(layout.Config),
            ["offload"] = offload is null ? null : new JsonObject
            {
                ["policy"] = offload.Policy,
                ["capacity_experts"] = offload.Capacity.Experts, ["capacity_bytes"] = offload.Capacity.Bytes,
                ["capacity_scope"] = offload.Capacity.Scope == MoeLab.Offload.Caching.CacheScope.PerLayer ? "per_layer" : "global",
                ["budget_bytes"] = offload.BudgetBytes,
                ["requests"] = offload.Requests, ["hits"] = offload.Hits, ["hit_rate"] = offload.HitRate,
                ["bytes_read"] = offload.BytesRead, ["reads_issued"] = offload.Reads, ["stall_s"] = offload.StallSeconds, ["io_mode"] = offload.IoMode,
            },
        };
        var context = new ReportContext(commandLine, [new("checkpoint", checkpoint)], (long)sampling.Seed);
        return new Report($"Generated text — {checkpoint}", context, blocks, [], data);
    }
}
