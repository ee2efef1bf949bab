using System.Text.Json.Nodes;
using MoeLab.Reports.Model;
using MoeLab.Scaling.Fitting;
using MoeLab.Scaling.Laws;
using static MoeLab.Reports.Fit.FitNumbers;

namespace MoeLab.Reports.Fit;

/// <summary>
/// Builds the <c>moelab fit</c> report from a <see cref="FitOutcome"/>: how the fit ended, the parameters with
/// bootstrap intervals, the compute-optimal allocation, residuals, hold-out extrapolation error, Approach 2,
/// and the charts. <see cref="Report.Data"/> keeps every raw number (all residuals, all bootstrap samples).
/// </summary>
public static class FitReportBuilder
{
    /// <summary>How many of the largest residuals the table shows (all are in the JSON data).</summary>
    public const int ResidualRowsShown = 12;

    /// <summary>
    /// Residuals drawn in the charts and kept in the JSON data: all of them up to this many runs, else this many
    /// evenly spaced in file order (a million-point chart draws nothing a ten-thousand-point one does not, and
    /// building it took longer than the fit).
    /// </summary>
    public const int ResidualsKept = 10_000;

    public static Report Build(FitOutcome outcome, ReportContext context, string? lawFilePath = null)
    {
        var kept = Kept(outcome.Residuals);
        var blocks = new List<ReportBlock>
        {
            Summary(outcome, lawFilePath),
            Parameters(outcome),
        };
        if (outcome.Request.ComputeFlops is { } c && outcome.Law is IComputeOptimalLaw optimal) blocks.Add(Allocation(optimal, c, outcome.Bootstrap));
        blocks.Add(LargestResiduals(outcome));
        if (outcome.Holdout is not null) blocks.Add(HoldoutTable(outcome.Holdout));
        if (outcome.IsoFlop is not null) blocks.AddRange(IsoFlopBlocks(outcome.IsoFlop));
        blocks.Add(new Chart("Loss vs compute with the fitted frontier", FitCharts.LossVersusCompute(outcome, kept)));
        blocks.Add(new Chart("Residuals", FitCharts.Residuals(outcome, kept)));
        if (outcome.Bootstrap is not null) blocks.Add(new Chart("Bootstrap distributions", FitCharts.BootstrapDistribution(outcome.Bootstrap)));
        blocks.Add(MethodNote(outcome));
        var warnings = outcome.Warnings.Select(w => new ReportWarning(w, "fit")).ToList();
        return new Report($"Scaling-law fit — {outcome.Fit.FormName}", context, blocks, warnings, Data(outcome, kept, lawFilePath));
    }

    /// <summary>Every residual, or <see cref="ResidualsKept"/> of them evenly spaced in file order.</summary>
    internal static IReadOnlyList<RunResidual> Kept(IReadOnlyList<RunResidual> residuals) =>
        residuals.Count <= ResidualsKept
            ? residuals
            : [.. Enumerable.Range(0, ResidualsKept).Select(i => residuals[(int)((long)i * residuals.Count / ResidualsKept)])];

    private static KeyValues Summary(FitOutcome o, string? lawFilePath)
    {
        var fit = o.Fit;
        var items = new List<KeyValuePair<string, string>>
        {
            new("Form", $"{o.Request.Form.Name}: {o.Request.Form.Description}"),
            new("Runs fitted", $"{o.FittedRuns.Count} of {o.Request.Data.Runs.Count}"),
            new("Objective", $"{G(fit.Objective, 10)} ({(o.Request.Options.MeanObjective ? "mean" : "sum")} of Huber, δ = {G(o.Request.Options.HuberDelta)}, on log-loss residuals)"),
            new("Best start", $"{(fit.Converged ? "converged" : "NOT converged")} — {fit.ExitReason} after {fit.Iterations} iterations"),
            new("Starts", $"{fit.Starts} (L-BFGS, parallel); {fit.StartsInBestBasin} reached the best minimum; {fit.FailedStarts} failed"),
        };
        if (fit.Screening is { } screening)
            items.Add(new("Screening", $"starts minimised on a seeded sample of {screening.SampleRuns} of {screening.TotalRuns} runs; {screening.Refined} distinct minima within {Percent(o.Request.Options.RefineObjectiveMargin)} of the best refined on all runs (the start counts above are the sample's)"));
        if (lawFilePath is not null) items.Add(new("Law file", lawFilePath));
        return new KeyValues("Fit", items);
    }

    private static Table Parameters(FitOutcome o)
    {
        var columns = new List<Column>
        {
            new("quantity", Legend: "Fitted parameter, or a quantity derived from the parameters."),
            new("estimate", "1", "Value at the best fit on all fitted runs (N_opt in params, D_opt in tokens).", true),
        };
        var ci = o.Bootstrap?.Intervals.ToDictionary(i => i.Name);
        if (o.Bootstrap is not null)
        {
            var level = Percent(o.Bootstrap.Level);
            columns.Add(new("median", "1", "Median over bootstrap resamples.", true));
            columns.Add(new($"{level} CI low", "1", $"Lower end of the {level} percentile bootstrap interval.", true));
            columns.Add(new($"{level} CI high", "1", $"Upper end of the {level} percentile bootstrap interval.", true));
        }
        var rows = new List<IReadOnlyList<Cell>>();
        foreach (var (name, value) in o.Quantities)
        {
            var row = new List<Cell> { name, Num(name, value) };
            if (ci is not null && ci.TryGetValue(name, out var interval))
            {
                row.Add(Num(name, interval.Median));
                row.Add(Num(name, interval.Lower));
                row.Add(Num(name, interval.Upper));
            }
            else if (ci is not null)
            {
                row.AddRange(["—", "—", "—"]);
            }
            rows.Add(row);
        }
        var note = o.Bootstrap is null ? "No bootstrap (pass --bootstrap N for intervals)."
            : $"{o.Bootstrap.Samples.Count} of {o.Bootstrap.Resamples} resamples (seed {o.Bootstrap.Seed}), each refitted from {o.Bootstrap.StartsPerResample} start(s).";
        return new Table("Parameters", columns, rows, note);
    }

    private static Table Allocation(IComputeOptimalLaw law, double computeFlops, BootstrapResult? bootstrap)
    {
        var a = law.OptimalAllocation(computeFlops);
        return new Table($"Compute-optimal allocation at C = {Sci(computeFlops)} FLOPs (C = 6·N·D)",
        [
            new("C", "FLOPs", "Training compute budget.", true),
            new("N_opt", "params", "Loss-minimising parameter count at this budget.", true),
            new("D_opt", "tokens", "Loss-minimising training tokens at this budget.", true),
            new("D/N", "tokens/param", "Tokens per parameter at the optimum.", true),
            new("loss", "nats/token", "Loss the law predicts at the optimum.", true),
        ],
        [[new Cell(Sci(computeFlops), computeFlops), new Cell(Si(a.ParamsN), a.ParamsN), new Cell(Si(a.TokensD), a.TokensD),
          new Cell(F(a.TokensPerParam, 1), a.TokensPerParam), new Cell(F(a.Loss, 4), a.Loss)]],
            bootstrap is null ? null : "Bootstrap intervals for N_opt and D_opt are in the parameter table.");
    }

    private static Table LargestResiduals(FitOutcome o)
    {
        var rows = o.Residuals.OrderByDescending(r => Math.Abs(r.LogResidual)).Take(ResidualRowsShown)
            .Select(r => (IReadOnlyList<Cell>)
            [
                new Cell(r.Row.ToString(System.Globalization.CultureInfo.InvariantCulture), r.Row),
                new Cell(Si(r.ParamsN), r.ParamsN), new Cell(Si(r.TokensD), r.TokensD), new Cell(Sci(r.ComputeFlops), r.ComputeFlops),
                new Cell(F(r.Loss, 4), r.Loss), new Cell(F(r.PredictedLoss, 4), r.PredictedLoss), new Cell(G(r.LogResidual, 4), r.LogResidual),
            ]).ToList();
        var rms = Math.Sqrt(o.Residuals.Average(r => r.LogResidual * r.LogResidual));
        return new Table($"Largest residuals ({Math.Min(ResidualRowsShown, o.Residuals.Count)} of {o.Residuals.Count}; RMS log residual {G(rms, 4)})",
        [
            new("row", Legend: "1-based data row in the input file."),
            new("N", "params", "Parameters (active parameters for MoE laws).", true),
            new("D", "tokens", "Training tokens.", true),
            new("C", "FLOPs", "Training compute.", true),
            new("loss", "nats/token", "Observed final loss.", true),
            new("predicted", "nats/token", "Loss the fitted law predicts.", true),
            new("log residual", "nats (relative)", "log(observed) − log(predicted); |r| > δ counts as an outlier in the Huber objective.", true),
        ], rows);
    }

    private static Table HoldoutTable(HoldoutEvaluation h)
    {
        var rows = h.Predictions.OrderBy(p => p.ComputeFlops).Select(p => (IReadOnlyList<Cell>)
        [
            new Cell(p.Row.ToString(System.Globalization.CultureInfo.InvariantCulture), p.Row), new Cell(Sci(p.ComputeFlops), p.ComputeFlops),
            new Cell(Si(p.ParamsN), p.ParamsN), new Cell(F(p.Loss, 4), p.Loss), new Cell(F(p.PredictedLoss, 4), p.PredictedLoss),
            new Cell(Percent(p.RelativeError), p.RelativeError),
        ]).ToList();
        return new Table(
            $"Hold-out extrapolation ({h.HeldOut} largest-compute runs): mean |error| {Percent(h.MeanAbsoluteRelativeError)}, max {Percent(h.MaxAbsoluteRelativeError)}, RMS log error {G(h.RootMeanSquareLogError, 4)}",
        [
            new("row", Legend: "1-based data row in the input file."),
            new("C", "FLOPs", "Training compute of the held-out run.", true),
            new("N", "params", "Parameters.", true),
            new("loss", "nats/token", "Observed loss.", true),
            new("predicted", "nats/token", "Loss predicted by the law fitted without the held-out runs.", true),
            new("error", "%", "(predicted − observed) / observed.", true),
        ], rows);
    }

    private static IEnumerable<ReportBlock> IsoFlopBlocks(IsoFlopResult iso)
    {
        var skipped = iso.Budgets.Count(b => !b.Used);
        var rows = iso.Budgets.Where(b => b.Used).Select(b => (IReadOnlyList<Cell>)
        [
            new Cell(Sci(b.ComputeFlops), b.ComputeFlops), new Cell(b.Points.ToString(System.Globalization.CultureInfo.InvariantCulture), b.Points),
            new Cell(Si(b.OptimalParams), b.OptimalParams),
            new Cell(Si(b.OptimalTokens), b.OptimalTokens),
            new Cell(F(b.MinimumLoss, 4), b.MinimumLoss),
            b.Reason ?? "",
        ]).ToList();
        yield return new Table($"Approach 2 (IsoFLOP): N_opt ∝ C^{F(iso.ParamsExponent, 4)}, D_opt ∝ C^{F(iso.TokensExponent, 4)} (R² {F(iso.RSquared, 4)})",
        [
            new("C", "FLOPs", "Compute budget (runs within 1% grouped).", true),
            new("runs", "count", "Runs the parabola was fitted to.", true),
            new("N_opt", "params", "Vertex of the parabola of loss in ln N.", true),
            new("D_opt", "tokens", "C / (6·N_opt).", true),
            new("min loss", "nats/token", "Loss at the vertex.", true),
            new("note", Legend: "Flags a vertex outside the sampled N range."),
        ], rows, skipped == 0 ? null : $"{skipped} of {iso.Budgets.Count} budgets skipped (fewer than 3 distinct N, or no minimum); they are listed in the JSON data.");
    }

    private static Note MethodNote(FitOutcome o)
    {
        var text = "Residuals are log L − log L̂; the objective is the " + (o.Request.Options.MeanObjective ? "mean" : "sum")
            + $" of Huber losses (δ = {G(o.Request.Options.HuberDelta)}), minimised by L-BFGS ({o.Request.Options.Minimiser.Name}: MathNet's algorithm and stopping rules) from every start in parallel; the best start is kept."
            + (o.Fit.Screening is { } screening
                ? $" With {screening.TotalRuns} runs, every start was first minimised on a seeded random sample of {screening.SampleRuns} runs, and the {screening.Refined} best distinct minima (up to {o.Request.Options.RefinedBasins}, within {Percent(o.Request.Options.RefineObjectiveMargin)} of the best objective on the sample) were then minimised again on all runs; the best of those is the fit."
                : "")
            + (o.Request.Form.Name == ChinchillaLaw.Form ? " Chinchilla is fitted in Hoffmann et al.'s log-sum-exp form (A = eᵃ, B = eᵇ, E = eᵉ)." : "");
        if (o.Bootstrap is not null)
            text += $" Bootstrap: runs resampled with replacement (seeded, SplitMix64 stream per resample); each resample is refitted from {o.Bootstrap.StartsPerResample} start(s) — the best fit and the best distinct basins of the full grid — not the whole grid; percentile intervals (R-7).";
        return new Note("Method", text);
    }

    private static Cell Num(string name, double value) => name switch
    {
        LawQuantities.OptimalParams or LawQuantities.OptimalTokens => new Cell(Si(value), value),
        _ => new Cell(G(value, 6), value),
    };

    private static JsonObject Data(FitOutcome o, IReadOnlyList<RunResidual> kept, string? lawFilePath)
    {
        var fit = o.Fit;
        var data = new JsonObject
        {
            ["form"] = fit.FormName,
            ["data"] = o.Request.Data.Source,
            ["runs_total"] = o.Request.Data.Runs.Count,
            ["runs_fitted"] = o.FittedRuns.Count,
            ["law_file"] = lawFilePath,
            ["law"] = o.ToLawFile().ToJson(),
            ["fit"] = new JsonObject
            {
                ["objective"] = fit.Objective,
                ["huber_delta"] = o.Request.Options.HuberDelta,
                ["mean_objective"] = o.Request.Options.MeanObjective,
                ["converged"] = fit.Converged,
                ["exit_reason"] = fit.ExitReason,
                ["iterations"] = fit.Iterations,
                ["starts"] = fit.Starts,
                ["starts_in_best_basin"] = fit.StartsInBestBasin,
                ["failed_starts"] = fit.FailedStarts,
                ["theta"] = new JsonArray(fit.Theta.Select(v => (JsonNode)v).ToArray()),
                ["theta_names"] = new JsonArray(fit.ParameterNames.Select(v => (JsonNode)v).ToArray()),
            },
            ["quantities"] = Object(o.Quantities),
            ["residuals"] = new JsonArray(kept.Select(r => (JsonNode)new JsonObject
            {
                ["row"] = r.Row, ["params_n"] = r.ParamsN, ["tokens_d"] = r.TokensD, ["compute_flops"] = r.ComputeFlops,
                ["loss"] = r.Loss, ["predicted_loss"] = r.PredictedLoss, ["log_residual"] = r.LogResidual,
            }).ToArray()),
            ["warnings"] = new JsonArray(o.Warnings.Select(w => (JsonNode)w).ToArray()),
        };
        if (kept.Count < o.Residuals.Count) data["residuals_total"] = o.Residuals.Count;
        if (fit.Screening is { } screening)
            ((JsonObject)data["fit"]!)["screening"] = new JsonObject
            {
                ["sample_runs"] = screening.SampleRuns, ["total_runs"] = screening.TotalRuns, ["refined"] = screening.Refined, ["seed"] = screening.Seed,
            };
        if (o.Request.ComputeFlops is { } c && o.Law is IComputeOptimalLaw optimal)
        {
            var a = optimal.OptimalAllocation(c);
            data["allocation"] = new JsonObject { ["compute_flops"] = c, ["params_n"] = a.ParamsN, ["tokens_d"] = a.TokensD, ["loss"] = a.Loss };
        }
        if (o.Bootstrap is { } b)
        {
            data["bootstrap"] = new JsonObject
            {
                ["resamples"] = b.Resamples, ["seed"] = b.Seed, ["starts_per_resample"] = b.StartsPerResample, ["level"] = b.Level,
                ["failed_resamples"] = b.FailedResamples,
                ["intervals"] = new JsonArray(b.Intervals.Select(i => (JsonNode)new JsonObject
                {
                    ["name"] = i.Name, ["estimate"] = i.Estimate, ["median"] = i.Median, ["lower"] = i.Lower, ["upper"] = i.Upper,
                }).ToArray()),
                ["names"] = new JsonArray(b.Names.Select(n => (JsonNode)n).ToArray()),
                ["samples"] = new JsonArray(b.Samples.Select(s => (JsonNode)new JsonArray(s.Select(v => (JsonNode)v).ToArray())).ToArray()),
            };
        }
        if (o.Holdout is { } h)
        {
            data["holdout"] = new JsonObject
            {
                ["held_out"] = h.HeldOut,
                ["mean_abs_relative_error"] = h.MeanAbsoluteRelativeError,
                ["max_abs_relative_error"] = h.MaxAbsoluteRelativeError,
                ["rms_log_error"] = h.RootMeanSquareLogError,
                ["predictions"] = new JsonArray(h.Predictions.Select(p => (JsonNode)new JsonObject
                {
                    ["row"] = p.Row, ["compute_flops"] = p.ComputeFlops, ["params_n"] = p.ParamsN, ["tokens_d"] = p.TokensD,
                    ["loss"] = p.Loss, ["predicted_loss"] = p.PredictedLoss, ["relative_error"] = p.RelativeError,
                }).ToArray()),
            };
        }
        if (o.IsoFlop is { } iso)
        {
            data["isoflop"] = new JsonObject
            {
                ["params_exponent"] = iso.ParamsExponent, ["params_coefficient"] = iso.ParamsCoefficient,
                ["tokens_exponent"] = iso.TokensExponent, ["tokens_coefficient"] = iso.TokensCoefficient, ["r_squared"] = iso.RSquared,
                ["budgets"] = new JsonArray(iso.Budgets.Select(b => (JsonNode)new JsonObject
                {
                    ["compute_flops"] = b.ComputeFlops, ["points"] = b.Points, ["used"] = b.Used, ["reason"] = b.Reason,
                    ["params_n"] = Finite(b.OptimalParams), ["tokens_d"] = Finite(b.OptimalTokens), ["min_loss"] = Finite(b.MinimumLoss),
                }).ToArray()),
            };
        }
        return data;
    }

    private static JsonNode? Finite(double v) => double.IsFinite(v) ? v : null;

    private static JsonObject Object(IEnumerable<KeyValuePair<string, double>> items)
    {
        var obj = new JsonObject();
        foreach (var (k, v) in items) obj[k] = v;
        return obj;
    }
}
