using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using MoeLab.Engine.Training.Seed001Ladder;
using MoeLab.Reports.Model;
using MoeLab.Reports.Rendering;
using static MoeLab.Reports.Engine.EngineReportParts;

namespace MoeLab.Reports.Engine;

/// <summary>
/// The report of `moelab ladder --design seed001-…`: the design, the estimate measured before training, and seed
/// 001's rank-preserving claim measured on the finished runs beside the paper's own figures. Without a pass (an
/// estimate-only invocation) it shows the design and the estimate.
/// </summary>
public sealed class Seed001LadderReportBuilder(LadderPlan plan, LadderPass? pass, LadderEstimate? estimate, string dataName, string commandLine)
{
    /// <summary>
    /// The design as JSON, with its compute budgets named for their unit (the record's <c>Budgets</c> would otherwise
    /// be a bare <c>budgets</c>).
    /// </summary>
    private static JsonNode DesignJson(LadderDesign design)
    {
        var node = ReportJson.ToNode(design)!.AsObject();
        var budgets = node["budgets"];
        node.Remove("budgets");
        node["budget_flops"] = budgets;
        return node;
    }

    /// <summary>
    /// One finished run in the JSON naming (units in names); the runs table keeps its short CSV column names
    /// (<see cref="LadderRow.Columns"/>), which are <c>moelab plan --runs</c>'s input contract.
    /// </summary>
    private static JsonNode RowJson(LadderRow r) => new JsonObject
    {
        ["run"] = r.Run, ["config"] = r.Config, ["scale"] = r.Scale, ["phase"] = r.Phase,
        ["compute_flops"] = r.C, ["m_over_na"] = r.MOverNa, ["n_over_na"] = r.NOverNa,
        ["width"] = r.D, ["layers"] = r.Layers, ["dense_layers"] = r.DenseLayers, ["expert_width"] = r.ExpertWidth,
        ["active_params"] = r.ActiveParams, ["total_params"] = r.TotalParams,
        ["flops_per_token"] = r.FlopsPerToken, ["engine_flops_per_token"] = r.EngineFlopsPerToken,
        ["tokens"] = r.Tokens, ["counted_compute_flops"] = r.CountedCompute,
        ["loss_nats"] = r.Loss, ["bits_per_byte"] = r.BitsPerByte,
        ["steps"] = r.Steps, ["learning_rate"] = r.LearningRate, ["time_s"] = r.Seconds,
    };

    public Report Build()
    {
        var design = plan.Design;
        var blocks = new List<ReportBlock> { DesignBlock() };
        var warnings = new List<ReportWarning>();
        var data = new JsonObject
        {
            ["design"] = DesignJson(design),
            ["scales"] = ReportJson.ToNode(plan.Scales),
            ["planned_runs"] = plan.Runs.Count,
        };
        if (estimate is not null)
        {
            blocks.Add(EstimateBlock(estimate));
            data["estimate"] = new JsonObject
            {
                ["pending_runs"] = estimate.Runs.Count,
                ["time_s"] = estimate.TotalSeconds,
                ["probe_steps"] = estimate.ProbeSteps,
                ["probe_s"] = estimate.ProbeSeconds,
                ["runs"] = new JsonArray(estimate.Runs.Select(r => (JsonNode)new JsonObject
                {
                    ["run"] = r.Run.Id, ["step_s"] = r.SecondsPerStep, ["eval_batch_s"] = r.SecondsPerEvalBatch,
                    ["steps"] = r.Run.Options.Steps, ["time_s"] = r.Seconds,
                }).ToArray()),
            };
        }
        if (pass is not null)
        {
            var agreement = ProxyRankAgreement.Measure(plan, pass.Finished);
            blocks.Add(PassBlock(pass));
            blocks.Add(AgreementTable(agreement));
            blocks.Add(ConfigTable(agreement));
            blocks.Add(new Note("Runs table",
                $"{Path.Combine(pass.Directory, LadderDirectory.RunsFile)} starts with the columns {string.Join(",", LadderRow.Columns.Take(7))} " +
                "(one row per run; a configuration's d-sweep is its phase-1 row plus its phase-2 rows); the manifest beside it lists every planned run. " +
                "Rerunning the same command trains only what is missing. To plan from it at a budget C, give plan the design's backbone and its M(C) as " +
                $"--tokens C/M(C); at C = {PlanExample:0.##e+0}: moelab {string.Join(' ', LadderPlanArguments.For(design, PlanExample, Path.Combine(pass.Directory, LadderDirectory.RunsFile)))}"));
            warnings.AddRange(Doubts(pass, agreement));
            data["agreement"] = ReportJson.ToNode(agreement.Select(a => new
            {
                scale = a.Scale, compute_flops = a.ComputeFlops, configs = a.Count,
                spearman = Finite(a.Spearman), kendall_tau_b = Finite(a.KendallTauB), pearson = Finite(a.Pearson), top_choice_agrees = a.TopChoiceAgrees,
                swept = a.Configs,
            }));
            data["paper"] = new JsonObject
            {
                ["source"] = "seed 001 Table 3 (the paper's figures, not measured here)",
                ["compute_flops"] = PaperRankAgreement.ComputeFlops, ["spearman"] = PaperRankAgreement.Spearman,
                ["kendall_tau_b"] = PaperRankAgreement.KendallTauB, ["pearson"] = PaperRankAgreement.Pearson,
            };
            data["runs"] = new JsonArray([.. pass.Finished.Select(RowJson)]);
            data["interrupted"] = pass.Interrupted;
        }
        var context = new ReportContext(commandLine, [new("design", design.Name), new("data", dataName),
            new("output", pass?.Directory ?? "(estimate only: nothing written)")], (long)design.Seed);
        var title = pass is null ? $"Seed 001 ladder {design.Name} — plan and time estimate" : $"Seed 001 ladder {design.Name} — is the median-d proxy rank-preserving?";
        return new Report(title, context, blocks, warnings, data);
    }

    /// <summary>A budget just beyond the ladder's largest for the example plan command: the power laws are fitted inside the ladder, so the nearer the target, the surer the plan.</summary>
    private double PlanExample => 1.25 * plan.Scales[^1].ComputeFlops;

    private KeyValues DesignBlock()
    {
        var d = plan.Design;
        var b = d.Backbone;
        var perScale = plan.Runs.Count / plan.Scales.Count;
        return new KeyValues("Design", [
            new("Backbone", $"N_e = {b.RoutedExperts} routed experts, top-{b.TopK}, {b.SharedExperts} shared; S = {b.ContextLength}; " +
                            $"N_q/N_kv = {b.QueryHeads}/{b.KvHeads} heads × d_qkv = {b.HeadDim}; bytes (vocabulary {b.VocabSize}, untied); SwiGLU, d_d = {b.DenseWidthMultiplier}d, dense layers first"),
            new("Budgets C", string.Join(", ", plan.Scales.Select(s => $"{s.ComputeFlops:0.#e+0} (M = {Si(s.TargetFlopsPerToken)}FLOPs/token, LR {s.PeakLearningRate:0.###e+0})"))),
            d.Configurations is { } listed
                ? new("Phase 1", $"{listed.Count} listed configurations: " + string.Join("; ", plan.Scales.Select(s =>
                    $"C = {s.ComputeFlops:0.#e+0}: " + string.Join(", ", listed.Where(c => c.Budget == s.ComputeFlops).Select(c => $"L = {c.Layers}, y = {c.Expansion.ToString(CultureInfo.InvariantCulture)}")))) +
                    " (x = M/N_a where L is whole), d at the median of its feasible interval")
                : new("Phase 1", $"per budget {d.Depths.Count} × {d.Expansions.Count} configurations: L ∈ {string.Join(", ", plan.Scales.Select(s => $"{{{string.Join(", ", d.DepthsAt(s.ComputeFlops))}}}"))} " +
                           "at the budgets in turn (x = M/N_a where L is whole), " +
                           $"y = N/N_a ∈ {{{string.Join(", ", d.Expansions.Select(y => y.ToString(CultureInfo.InvariantCulture)))}}}, d at the median of its feasible interval"),
            new("Phase 2", d.Configurations is null
                ? $"every configuration swept over {d.SweepWidths} widths (the proxy width included) with whole L_d"
                : $"each configuration over its listed widths d (each at its nearest whole L_d) or, where none are listed, {d.SweepWidths} widths; the proxy width included"),
            new("Runs", $"{plan.Runs.Count} ({(d.Configurations is null ? $"{perScale} per budget" : string.Join(", ", plan.Scales.Select(s => plan.Runs.Count(r => r.Scale.Index == s.Index))) + " at the budgets in turn")}), {Si(plan.Runs.Sum(r => (double)r.Options.Steps * r.Options.TokensPerStep))}tokens in all; " +
                        $"batch {d.BatchSize} × {b.ContextLength} tokens, cosine schedule, {d.EvalBatches} validation batches, seed {d.Seed}"),
        ]);
    }

    private static KeyValues EstimateBlock(LadderEstimate e)
    {
        var byScale = e.Runs.GroupBy(r => r.Run.Scale.Index).Select(g => $"scale {g.Key}: {Minutes(g.Sum(r => r.Seconds))}");
        return new KeyValues("Time estimate (measured on this machine before training)", [
            new("Runs to train", e.Runs.Count.ToString(CultureInfo.InvariantCulture)),
            new("Estimated time", e.Runs.Count == 0 ? "nothing to train" : $"{Minutes(e.TotalSeconds)} ({string.Join(", ", byScale)})"),
            new("How", $"each run's model built and {e.ProbeSteps} optimiser steps (after one untimed) and one validation batch timed, × its steps and batches; the probe took {e.ProbeSeconds:F1} s"),
        ]);
    }

    private static KeyValues PassBlock(LadderPass pass) => new("This pass", [
        new("Finished", $"{pass.Finished.Count} of {pass.Plan.Runs.Count} runs" + (pass.Interrupted ? " (interrupted; rerun to continue)" : "")),
        new("Trained now", $"{pass.TrainedNow} runs in {Minutes(pass.WallSeconds)}; {pass.Finished.Count - pass.TrainedNow} were already finished and not redone"),
        new("Training compute counted", $"{Si(pass.Finished.Sum(r => r.CountedCompute))}FLOPs"),
    ]);

    private static Table AgreementTable(IReadOnlyList<ScaleAgreement> agreement)
    {
        var rows = agreement.Select(a => (IReadOnlyList<Cell>)[
            new Cell($"scale {a.Scale} (measured)"), Cell.Number(a.ComputeFlops, "0.#e+0"), Cell.Number(a.Count, "0"),
            Cell.Number(a.Spearman, "F3"), Cell.Number(a.KendallTauB, "F3"), Cell.Number(a.Pearson, "F3"),
            new Cell(a.TopChoiceAgrees switch { true => "yes", false => "no", null => "—" })]).ToList();
        rows.Add([new Cell("seed 001, its Table 3 (paper's figure)"), Cell.Number(PaperRankAgreement.ComputeFlops, "0.#e+0"), new Cell("—"),
            Cell.Number(PaperRankAgreement.Spearman, "F3"), Cell.Number(PaperRankAgreement.KendallTauB, "F3"), Cell.Number(PaperRankAgreement.Pearson, "F3"), new Cell("—")]);
        return new Table("Rank agreement: proxy loss (d at the median) vs best loss over d", [
            new Column("source"),
            new Column("C", "FLOPs", "Training budget of every run at this scale (engine-counted FLOPs; the paper's budget is in its own FLOPs).", true),
            new Column("configs", "1", "Phase-1 configurations whose whole d-sweep has finished.", true),
            new Column("Spearman ρ", "1", "Rank correlation between proxy loss and best loss over d (ties get average ranks).", true),
            new Column("Kendall τ-b", "1", "Pairwise rank agreement, corrected for ties.", true),
            new Column("Pearson r", "1", "Linear correlation of the losses themselves.", true),
            new Column("same pick", null, "Whether the proxy and the sweep choose the same configuration as best."),
        ], rows, "The paper's row is its own figure at its own scale (1e18 FLOPs, M = 0.2672 GFLOPs/token by its Table 2), shown for comparison, not measured here.");
    }

    private static Table ConfigTable(IReadOnlyList<ScaleAgreement> agreement) => new("Configurations: proxy and best width", [
            new Column("config"), new Column("x = M/N_a", "1", "FLOPs per token over active parameters (target).", true),
            new Column("y = N/N_a", "1", "Total over active parameters (target).", true), new Column("L", "layers", "Depth.", true),
            new Column("proxy d", "1", "Width nearest the median of the feasible interval (whole L_d).", true),
            new Column("proxy loss", "nats/byte", "Validation loss of the Phase-1 run.", true),
            new Column("best d", "1", "Width with the lowest loss in the sweep.", true),
            new Column("best loss", "nats/byte", "Lowest validation loss over the sweep.", true),
            new Column("widths", "runs", "Finished runs in the sweep.", true)],
        agreement.SelectMany(a => a.Configs).Select(c => (IReadOnlyList<Cell>)[
            new Cell(c.Config), Cell.Number(c.FlopsPerActiveParam, "F3"), Cell.Number(c.TotalPerActiveParam, "G4"), Cell.Number(c.Layers, "0"),
            Cell.Number(c.ProxyWidth, "0"), Cell.Number(c.ProxyLoss, "F4"), Cell.Number(c.BestWidth, "0"), Cell.Number(c.BestLoss, "F4"), Cell.Number(c.Widths, "0")]).ToList());

    private static IEnumerable<ReportWarning> Doubts(LadderPass pass, IReadOnlyList<ScaleAgreement> agreement)
    {
        if (!pass.Complete)
            yield return new ReportWarning($"{pass.Plan.Runs.Count - pass.Finished.Count} runs not finished: correlations use the complete sweeps only", "incomplete");
        foreach (var a in agreement.Where(a => a.Count < 3))
            yield return new ReportWarning($"scale {a.Scale}: {a.Count} complete sweeps, too few for a correlation", "too-few-configs");
        if (agreement.Where(a => a.Count >= 3).MinBy(a => a.Count) is { } fewest)
        {
            var n = (double)fewest.Count;
            yield return new ReportWarning(
                $"{fewest.Count} configurations per scale: swapping two neighbours in one ranking moves Spearman's ρ by 12/(n(n²−1)) = {12 / (n * (n * n - 1)):F3}. " +
                "Each shape is trained once with one seed, and two seeds of one shape differed by 0.005–0.05 nats/byte in a check (docs/seed001-ladder.md), " +
                "as much as neighbouring widths differ", "one-seed-per-shape");
        }
    }

    private static double? Finite(double x) => double.IsFinite(x) ? x : null;

    private static string Minutes(double seconds) => seconds < 90 ? $"{seconds:F0} s" : $"{seconds / 60:F1} min";
}
