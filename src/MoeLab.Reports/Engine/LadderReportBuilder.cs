using System.Text.Json;
using System.Text.Json.Nodes;
using MoeLab.Engine.Training;
using MoeLab.Reports.Model;
using MoeLab.Reports.Rendering;
using static MoeLab.Reports.Engine.EngineReportParts;

namespace MoeLab.Reports.Engine;

/// <summary>Builds the report of `moelab ladder`: every run measured, the law fitted to them, fit against measurement.</summary>
public sealed class LadderReportBuilder(LadderOutcome outcome, string commandLine)
{
    public Report Build()
    {
        var fit = outcome.Fit;
        var rows = outcome.Runs.Select((r, i) =>
        {
            var row = r.Row;
            var predicted = fit?.Residuals.FirstOrDefault(x => x.Row == i + 1)?.PredictedLoss;
            return (IReadOnlyList<Cell>)[
                new Cell(r.Rung.Name), new Cell(r.Rung.Family),
                new Cell(Si(row.NActive), row.NActive), new Cell(Si(row.NTotal), row.NTotal), new Cell(Si(row.D), row.D), new Cell(Si(row.C), row.C),
                new Cell(F(row.Loss), row.Loss), new Cell(predicted is { } p && double.IsFinite(p) ? F(p) : "—", predicted is { } q && double.IsFinite(q) ? q : null),
                new Cell(F(outcome.UnigramLoss), outcome.UnigramLoss),
                r.TokensPerSecond is { } speed ? new Cell(Si(speed), speed) : new Cell("—")];
        }).ToList();
        var blocks = new List<ReportBlock>
        {
            new Table("Runs", [
                new Column("run"), new Column("family"),
                new Column("N_active", "params", "Active non-embedding parameters per token (the fit's N).", true),
                new Column("N_total", "params", "Every parameter, embeddings included.", true),
                new Column("D", "tokens", "Training tokens.", true),
                new Column("C", "FLOPs", "Training FLOPs the engine counted.", true),
                new Column("val loss", "nats/byte", "Measured validation cross-entropy.", true),
                new Column("fitted", "nats/byte", "The fitted law's prediction for this run.", true),
                new Column("unigram", "nats/byte", "Unigram baseline on the same validation text.", true),
                new Column("speed", "tokens/s", "Training throughput measured on this machine (runs already in the table were not retrained).", true),
            ], rows),
        };
        var warnings = new List<ReportWarning>();
        if (fit is not null)
        {
            blocks.Add(new KeyValues("Fitted law: L = E + A/N^α + B/D^β (N = active non-embedding params)",
                fit.Fit.ParameterNames.Select((name, i) => new KeyValuePair<string, string>(name, F(fit.Fit.Theta[i], "G5")))
                    .Concat([
                        new("Objective", $"{fit.Fit.Objective:G6} (sum of Huber on log residuals)"),
                        new("Converged", $"{fit.Fit.Converged} ({fit.Fit.ExitReason}, {fit.Fit.Iterations} iterations, {fit.Fit.StartsInBestBasin}/{fit.Fit.Starts} starts in the best basin)"),
                    ]).ToList()));
            warnings.AddRange(fit.Warnings.Select(w => new ReportWarning(w, "fit")));
            if (!fit.Fit.Converged) warnings.Add(new ReportWarning("the law fit did not converge", "fit-not-converged"));
        }
        else
        {
            warnings.Add(new ReportWarning($"no law was fitted: {outcome.FitError}", "fit-failed"));
        }
        warnings.Add(new ReportWarning($"{outcome.Runs.Count} tiny runs: the fitted exponents show the pipeline works on real runs, not a scaling law to plan with", "small-ladder"));
        blocks.Add(LineChart("Validation loss by training compute", "compute", "training compute (FLOPs, counted)",
            outcome.Runs.Select(r => (r.Rung.Family + " measured", r.Row.C, r.Row.Loss))
                .Concat(outcome.Runs.Select((r, i) => ("fitted law", r.Row.C, fit?.Residuals.FirstOrDefault(x => x.Row == i + 1)?.PredictedLoss ?? double.NaN)))
                .OrderBy(p => p.Item1).ThenBy(p => p.Item2),
            "validation loss (nats/byte)"));
        if (outcome.RunsTable is { } table)
            blocks.Add(new Note("Runs table", $"Every run is recorded in {table} ({outcome.TrainedNow} trained now, {outcome.Runs.Count - outcome.TrainedNow} found there from an earlier pass and not retrained); refit with `moelab fit {table}`."));

        var data = new JsonObject
        {
            ["runs"] = new JsonArray([.. outcome.Runs.Select(r => (JsonNode)RunRowJson(r.Row))]),
            ["trained_now"] = outcome.TrainedNow,
            ["fit"] = fit is null ? null : new JsonObject
            {
                ["form"] = fit.Fit.FormName,
                ["parameters"] = new JsonObject(fit.Fit.ParameterNames.Select((n, i) => new KeyValuePair<string, JsonNode?>(n, fit.Fit.Theta[i]))),
                ["objective"] = fit.Fit.Objective,
                ["converged"] = fit.Fit.Converged,
                ["exit_reason"] = fit.Fit.ExitReason,
            },
            ["fit_error"] = outcome.FitError,
        };
        var context = new ReportContext(commandLine, [new("runs", outcome.Runs.Count.ToString()), new("runs table", outcome.RunsTable ?? "(none)")]);
        return new Report("Scaling ladder — dense and MoE byte-level models trained on this machine", context, blocks, warnings, data);
    }
}
