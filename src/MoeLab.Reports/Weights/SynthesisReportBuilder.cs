using System.Text.Json.Nodes;
using MoeLab.Core.Units;
using MoeLab.Engine.Weights;
using MoeLab.Reports.Model;

namespace MoeLab.Reports.Weights;

/// <summary>The report of `moelab weights synth`: the files written, their bytes and tensors, and the expert sizes.</summary>
public sealed class SynthesisReportBuilder(SynthesisRequest request, SynthesisResult result, double seconds, string commandLine)
{
    public Report Build()
    {
        var s = result.Model.Spec;
        var w = result.Weights;
        var files = new Table("Files",
            [new Column("File"), new Column("Bytes", "bytes", "Size of the file on disk.", Numeric: true), new Column("Tensors", "tensors", "Tensors in the file.", Numeric: true)],
            [.. w.Shards.Select(f => (IReadOnlyList<Cell>)[Path.GetFileName(f.Path), Cell.Number(f.Bytes, "N0"), Cell.Number(f.Tensors, "N0")])]);
        var summary = new KeyValues("Written", [
            new("Directory", result.Directory),
            new("Model", $"{s.Name} ({result.Model.ModelType}), d = {s.HiddenSize}, {s.Layers} layers, {s.Attention.QueryHeads} heads × {s.Attention.HeadDim}"),
            new("Shrink", request.Shrink == 1 ? "none" : $"{request.Shrink}× (widths divided; heads, vocab, layers, experts, top-k kept)"),
            new("Dtype", SynthesisOptions.ParseDType(request.DType)),
            new("Tensors", UnitFormat.Exact(w.Tensors)),
            new("Tensor bytes", $"{UnitFormat.BytesDecimal(w.TensorBytes)} ({UnitFormat.Exact(w.TensorBytes)} B)"),
            new("Routed experts", $"{UnitFormat.Exact(result.RoutedExperts)} × {UnitFormat.BytesDecimal(result.BytesPerExpert)} = {UnitFormat.BytesDecimal(result.ExpertBytes)} ({100.0 * result.ExpertBytes / Math.Max(1, w.TensorBytes):F1}% of the weights)"),
            new("Index", w.IndexPath is null ? "none (one file)" : Path.GetFileName(w.IndexPath)),
            new("Config", Path.GetFileName(result.ConfigPath)),
            new("Time", UnitFormat.Time(seconds)),
        ]);
        var data = new JsonObject
        {
            ["directory"] = result.Directory,
            ["model"] = s.Name,
            ["model_type"] = result.Model.ModelType,
            ["shrink"] = request.Shrink,
            ["dtype"] = SynthesisOptions.ParseDType(request.DType),
            ["seed"] = request.Seed,
            ["tensors"] = w.Tensors,
            ["tensor_bytes"] = w.TensorBytes,
            ["routed_experts"] = result.RoutedExperts,
            ["bytes_per_expert"] = result.BytesPerExpert,
            ["all_experts_bytes"] = result.ExpertBytes,
            ["index"] = w.IndexPath,
            ["files"] = new JsonArray([.. w.Shards.Select(f => (JsonNode)new JsonObject { ["path"] = f.Path, ["bytes"] = f.Bytes, ["tensors"] = f.Tensors })]),
            ["time_s"] = seconds,
        };
        var context = new ReportContext(commandLine, [new("model", request.Model), new("out", request.Out)], request.Seed);
        return new Report($"Synthetic weights — {s.Name}", context, [summary, files], [], data);
    }
}
