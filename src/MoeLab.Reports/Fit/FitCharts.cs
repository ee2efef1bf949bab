using System.Text.Json.Nodes;
using MoeLab.Reports.Charts;
using MoeLab.Scaling.Fitting;
using MoeLab.Scaling.Laws;

namespace MoeLab.Reports.Fit;

/// <summary>Vega-Lite specs for a fit report, with inline data.</summary>
internal static class FitCharts
{
        /// <summary>Observed loss against compute (log x), with the law's compute-optimal frontier as a line.</summary>
    /// <param name="kept">The runs to draw (all, or an even sample of a large fit's).</param>
    public static JsonObject LossVersusCompute(FitOutcome outcome, IReadOnlyList<RunResidual> kept)
    {
        var values = new JsonArray();
        foreach (var r in kept)
            values.Add(new JsonObject { ["compute_flops"] = r.ComputeFlops, ["loss"] = r.Loss, ["series"] = "run (fitted)", ["params_n"] = r.ParamsN });
        if (outcome.Holdout is not null)
            foreach (var p in outcome.Holdout.Predictions)
                values.Add(new JsonObject { ["compute_flops"] = p.ComputeFlops, ["loss"] = p.Loss, ["series"] = "run (held out)", ["params_n"] = p.ParamsN });
        var frontier = new JsonArray();
        if (outcome.Law is IComputeOptimalLaw optimal)
        {
            var all = outcome.Residuals.Select(r => r.ComputeFlops).Concat(outcome.Holdout?.Predictions.Select(p => p.ComputeFlops) ?? []).ToList();
            double lo = Math.Log10(all.Min()), hi = Math.Log10(all.Max()) + 1;
            for (var i = 0; i <= 60; i++)
            {
                var c = Math.Pow(10, lo + (hi - lo) * i / 60);
                var a = optimal.OptimalAllocation(c);
                frontier.Add(new JsonObject { ["compute_flops"] = c, ["loss"] = a.Loss, ["series"] = "fitted frontier (loss at N_opt, D_opt)" });
            }
        }
        return new JsonObject
        {
            ["$schema"] = VegaLite.SchemaUrl,
            ["description"] = "Final loss against training compute; the line is the fitted law's compute-optimal loss." + Sampled(outcome, kept),
            ["width"] = VegaLite.ContainerWidth,
            ["height"] = 340,
            ["layer"] = new JsonArray
            {
                new JsonObject
                {
                    ["data"] = new JsonObject { ["values"] = values },
                    ["mark"] = new JsonObject { ["type"] = "point", ["filled"] = true, ["opacity"] = 0.7 },
                    ["encoding"] = Encoding("compute_flops", "Training compute C (FLOPs)", "loss", "Loss (nats/token)", log: true),
                },
                new JsonObject
                {
                    ["data"] = new JsonObject { ["values"] = frontier },
                    ["mark"] = new JsonObject { ["type"] = "line", ["strokeWidth"] = 2 },
                    ["encoding"] = Encoding("compute_flops", "Training compute C (FLOPs)", "loss", "Loss (nats/token)", log: true),
                },
            },
        };
    }

    /// <summary>Log residuals against compute, so structure left in the residuals shows.</summary>
    public static JsonObject Residuals(FitOutcome outcome, IReadOnlyList<RunResidual> kept)
    {
        var values = new JsonArray();
        foreach (var r in kept)
            values.Add(new JsonObject { ["compute_flops"] = r.ComputeFlops, ["log_residual"] = r.LogResidual, ["row"] = r.Row, ["series"] = "run (fitted)" });
        return new JsonObject
        {
            ["$schema"] = VegaLite.SchemaUrl,
            ["description"] = "Residual log L − log L̂ per run against compute." + Sampled(outcome, kept),
            ["width"] = VegaLite.ContainerWidth,
            ["height"] = 240,
            ["data"] = new JsonObject { ["values"] = values },
            ["mark"] = new JsonObject { ["type"] = "point", ["filled"] = true, ["opacity"] = 0.7 },
            ["encoding"] = Encoding("compute_flops", "Training compute C (FLOPs)", "log_residual", "log L − log L̂ (nats, relative)", log: true),
        };
    }

    /// <summary>
    /// One histogram per bootstrapped quantity, binned here over that quantity's own range. Vega-Lite's own
    /// <c>bin</c> would bin all quantities over one shared extent (an exponent near 0.3 and a constant near 1e3 in
    /// the same 30 bins), leaving every facet one or two bars; pre-binned, each facet shows its distribution.
    /// </summary>
    public static JsonObject BootstrapDistribution(BootstrapResult bootstrap)
    {
        var values = new JsonArray();
        for (var q = 0; q < bootstrap.Names.Count; q++)
        {
            var column = bootstrap.Samples.Select(sample => sample[q]).Where(double.IsFinite).ToList();
            foreach (var bin in BootstrapBins.Of(column))
                values.Add(new JsonObject { ["quantity"] = bootstrap.Names[q], ["bin_start"] = bin.Start, ["bin_end"] = bin.End, ["resamples"] = bin.Count });
        }
        return new JsonObject
        {
            ["$schema"] = VegaLite.SchemaUrl,
            ["description"] = $"Bootstrap distribution of each quantity over {bootstrap.Samples.Count} resamples (seed {bootstrap.Seed}), each binned over its own range.",
            ["data"] = new JsonObject { ["values"] = values },
            ["facet"] = new JsonObject { ["field"] = "quantity", ["type"] = "nominal", ["title"] = null, ["sort"] = new JsonArray([.. bootstrap.Names.Select(n => (JsonNode)n)]) },
            ["columns"] = 3,
            ["spec"] = new JsonObject
            {
                // A facet cannot take the container's width; three of these fill the report's column.
                ["width"] = 270,
                ["height"] = 130,
                ["mark"] = new JsonObject { ["type"] = "bar", ["tooltip"] = true },
                ["encoding"] = new JsonObject
                {
                    ["x"] = new JsonObject
                    {
                        ["field"] = "bin_start", ["type"] = "quantitative", ["bin"] = "binned", ["title"] = "value",
                        // Plain decimals for ordinary values, SI beyond 10⁴ ("100k", not "1e+5").
                        ["axis"] = new JsonObject
                        {
                            ["labelExpr"] = "abs(datum.value) >= 1e4 ? format(datum.value, '.3~s') : format(datum.value, '.3~r')",
                            ["labelOverlap"] = true, ["tickCount"] = 4,
                        },
                    },
                    ["x2"] = new JsonObject { ["field"] = "bin_end" },
                    ["y"] = new JsonObject { ["field"] = "resamples", ["type"] = "quantitative", ["title"] = "resamples" },
                },
            },
            ["resolve"] = new JsonObject { ["scale"] = new JsonObject { ["x"] = "independent", ["y"] = "independent" } },
        };
    }

    private static string Sampled(FitOutcome outcome, IReadOnlyList<RunResidual> kept) =>
        kept.Count < outcome.Residuals.Count ? $" {kept.Count} of the {outcome.Residuals.Count} runs are drawn, evenly spaced in file order." : "";

    private static JsonObject Encoding(string x, string xTitle, string y, string yTitle, bool log) => new()
    {
        ["x"] = new JsonObject
        {
            ["field"] = x, ["type"] = "quantitative", ["title"] = xTitle,
            ["scale"] = log ? new JsonObject { ["type"] = "log" } : null,
            // Compute spans a few decades or less: SI labels ("20P") with few ticks stay apart where the default
            // exponent labels ran together ("1e+162e+16").
            ["axis"] = new JsonObject { ["format"] = "~s", ["labelOverlap"] = "greedy", ["labelSeparation"] = 6, ["tickCount"] = 6 },
        },
        ["y"] = new JsonObject { ["field"] = y, ["type"] = "quantitative", ["title"] = yTitle, ["scale"] = new JsonObject { ["zero"] = false } },
        ["color"] = new JsonObject { ["field"] = "series", ["type"] = "nominal", ["title"] = null },
    };
}
