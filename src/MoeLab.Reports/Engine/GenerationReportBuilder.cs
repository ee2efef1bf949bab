using System.Text.Json.Nodes;
using MoeLab.Engine.Inference;
using MoeLab.Engine.Model;
using MoeLab.Reports.Model;
using static MoeLab.Reports.Engine.EngineReportParts;

namespace MoeLab.Reports.Engine;

/// <summary>Builds the report of `moelab generate`: the sampled text, how it was sampled, and the trace written.</summary>
public sealed class GenerationReportBuilder(
    string checkpoint, ParameterLayout layout, string prompt, string completion, SamplingOptions sampling,
    double seconds, string? tracePath, long traceRecords, string commandLine)
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
            ["seconds"] = seconds,
            ["trace"] = tracePath,
            ["trace_records"] = traceRecords,
            ["config"] = ConfigJson(layout.Config),
        };
        var context = new ReportContext(commandLine, [new("checkpoint", checkpoint)], (long)sampling.Seed);
        return new Report($"Generated text — {checkpoint}", context, blocks, [], data);
    }
}
