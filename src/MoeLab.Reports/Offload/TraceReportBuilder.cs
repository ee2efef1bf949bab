using System.Text.Json;
using System.Text.Json.Nodes;
using MoeLab.Core.Presets;
using MoeLab.Core.Units;
using MoeLab.Offload.Simulation;
using MoeLab.Offload.Synthetic;
using MoeLab.Offload.Traces;
using MoeLab.Reports.Charts;
using MoeLab.Reports.Model;
using MoeLab.Reports.Rendering;
using static MoeLab.Reports.Offload.OffloadFormat;

namespace MoeLab.Reports.Offload;

/// <summary>Reports for `moelab trace convert`, `moelab trace generate` and `moelab trace calibrate`.</summary>
public static class TraceReportBuilder
{
    public static Report Convert(string input, string output, string? model, string commandLine)
    {
        var shape = model is null ? null : OffloadModels.FromSpec(MoeLab.Engine.Model.ModelResolver.Resolve(model).Spec).TraceShape();
        var trace = BuiltInTraces.Resolve(input, shape);
        var bytes = TraceFiles.Save(trace, output);
        var warnings = DroppedWarning(trace);
        // JSONL declares no shape: without a model it is read off the largest ids, so one corrupt id (99 in an 8-expert
        // trace) would silently make a 100-expert trace. Binary traces declare theirs; CSV requires the model.
        if (shape is null && !BuiltInTraces.Exists(input) && TraceFiles.FormatOf(input) == TraceFormat.Jsonl)
            warnings.Add(new($"No --model: the shape ({trace.Shape}) was inferred from the largest layer and expert ids in {input}, not checked; give --model to check the trace against a model.", "trace-shape-inferred"));
        return new Report($"Trace converted to {TraceFiles.OutputFormatOf(output)}",
            new ReportContext(commandLine, [new("input", input), new("output", output)]),
            [Summary(trace), new KeyValues("Written", [new("file", output), new("bytes", UnitFormat.BytesDecimal(bytes))])],
            warnings,
            new JsonObject { ["input"] = input, ["output"] = output, ["tokens"] = trace.TokenCount, ["bytes"] = bytes });
    }

    /// <summary>Streams the generator straight to <paramref name="output"/> (memory does not grow with <paramref name="tokens"/>), refusing first a file its filesystem cannot hold.</summary>
    public static Report Generate(string output, string model, int tokens, SyntheticRoutingParameters parameters, int seed, string commandLine, IProgress<double>? progress = null)
    {
        var shape = OffloadModels.FromSpec(MoeLab.Engine.Model.ModelResolver.Resolve(model).Spec).TraceShape();
        var written = SyntheticTraceFile.Write(output, shape, tokens, parameters, seed, progress);
        return new Report($"Synthetic trace: {parameters}",
            new ReportContext(commandLine, [new("model", model), new("output", output)], seed),
            [Summary(shape, written.Tokens, sequences: 1, gates: true), HitCurve("LRU hit rate of the generated trace", [("generated", written.LruHitRateCurve)])],
            [],
            new JsonObject { ["output"] = output, ["tokens"] = tokens, ["parameters"] = ReportJson.ToNode(parameters) });
    }

    public static Report Calibrate(string input, string? model, int seed, string commandLine)
    {
        var shape = model is null ? null : OffloadModels.FromSpec(MoeLab.Engine.Model.ModelResolver.Resolve(model).Spec).TraceShape();
        var trace = BuiltInTraces.Resolve(input, shape);
        var fit = RoutingCalibrator.Fit(trace, seed);
        var columns = new List<Column>
        {
            new("cached experts", "experts", "Per-layer LRU capacity.", true),
            new("real", "%", "LRU hit rate on the real trace.", true),
            new("synthetic", "%", "LRU hit rate on the calibrated synthetic trace.", true),
            new("gap", "pp", "Synthetic minus real, percentage points.", true),
        };
        var rows = fit.RealHitRateCurve.Select((r, i) => (IReadOnlyList<Cell>)
            [Integer(i + 1), Percent(r), Percent(fit.SyntheticHitRateCurve[i]), Number(100 * (fit.SyntheticHitRateCurve[i] - r), 2)]).ToList();
        var warnings = DroppedWarning(trace);
        if (fit.HitRateRmse > 0.03) warnings.Add(new($"Hit-rate RMSE {UnitFormat.Percent(fit.HitRateRmse, 1)}: the generator family does not reproduce this trace closely.", "calibration-poor"));
        return new Report($"Calibrated synthetic routing for {input}",
            new ReportContext(commandLine, [new("trace", input)], seed),
            [
                Summary(trace),
                new KeyValues("Fit",
                [
                    new("parameters", fit.Parameters.ToString()),
                    new("hit-rate RMSE", UnitFormat.Percent(fit.HitRateRmse, 2)),
                    new("reuse-interval TV distance", fit.ReuseTotalVariation.ToString("0.000", System.Globalization.CultureInfo.InvariantCulture)),
                    new("evaluations", fit.Evaluations.ToString(System.Globalization.CultureInfo.InvariantCulture)),
                    new("how it ended", fit.ExitReason),
                    new("not fitted", "cross-layer correlation (per-layer statistics cannot see it; left at 0)"),
                ]),
                new Table("LRU hit-rate curve, real against calibrated", columns, rows),
                HitCurve("LRU hit rate against cache size", [("real", fit.RealHitRateCurve), ("calibrated synthetic", fit.SyntheticHitRateCurve)]),
            ],
            warnings,
            ReportJson.ToNode(fit));
    }

    private static KeyValues Summary(RoutingTrace trace) => Summary(trace.Shape, trace.TokenCount, trace.SequenceCount, trace.HasGateProbabilities);

    private static KeyValues Summary(TraceShape shape, long tokens, int sequences, bool gates) => new("Trace",
    [
        new("shape", shape.ToString()),
        new("tokens", $"{tokens} in {sequences} sequence(s)"),
        new("gate probabilities", gates ? "yes" : "no"),
    ]);

    private static Chart HitCurve(string title, IEnumerable<(string Name, IReadOnlyList<double> Curve)> curves) =>
        VegaLite.Line(title, new ChartAxis("cached experts per layer"), new ChartAxis("hit rate", "%"),
            curves.Select(c => new ChartSeries(c.Name, [.. c.Curve.Select((h, i) => new ChartPoint(i + 1, 100 * h))])));

    private static List<ReportWarning> DroppedWarning(RoutingTrace trace) => trace.DroppedIncompleteTokens > 0
        ? [new($"{trace.DroppedIncompleteTokens} token(s) with routing missing for some layers were left out.", "trace-incomplete-tokens")]
        : [];
}
