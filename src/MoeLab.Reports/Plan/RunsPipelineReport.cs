using System.Text.Json.Nodes;
using MoeLab.Core.Units;
using MoeLab.Reports.Model;
using MoeLab.Scaling.Laws;
using MoeLab.Scaling.Planning.MultiScale;
using static MoeLab.Reports.Plan.PlanNumbers;

namespace MoeLab.Reports.Plan;

/// <summary>
/// Adds seed 001's runs pipeline to the plan report of its estimate: the per-scale fits, the power laws of the
/// optima with their intervals, the architecture at the interval ends, their charts, JSON and warnings.
/// </summary>
public sealed class RunsPipelineReport(RunsAnalysis analysis, RunsPlans plans)
{
    /// <summary>Above this share of failed resamples, or of resamples that took a best run, the intervals get a warning.</summary>
    public const double FailedResampleWarning = 0.05;

    /// <summary>Where an optimum at the target came from, for the summary: the law, the value and its interval.</summary>
    public string Source(OptimumQuantity q)
    {
        var law = analysis.Law(q);
        var at = law.AtTarget;
        return $"runs: {law.Law} → {Value(q, at.Estimate)} [{Value(q, at.Lower)}, {Value(q, at.Upper)}] ({Level} bootstrap interval)";
    }

    public Report Extend(Report plan)
    {
        var blocks = plan.Blocks.Select(b => b is KeyValues { Title: PlanReportBuilder.SummaryTitle } k ? Summary(k) : b).ToList();
        blocks.InsertRange(Math.Min(2, blocks.Count), [Method(), LawsTable(), IntervalTable(), FitsTable()]);
        blocks.AddRange(analysis.Laws.Select(l => RunsPipelineCharts.PowerLaw(l, analysis.TargetComputeFlops, analysis.Bootstrap.Level)));
        blocks.AddRange(analysis.Scales.SelectMany(s => CurveVariable.All.Select(k => RunsPipelineCharts.Fit(s, k))));
        var data = plan.Data?.DeepClone() as JsonObject ?? new JsonObject();
        data["runs_pipeline"] = RunsPipelineJson.Of(analysis, plans);
        return plan with { Blocks = blocks, Warnings = [.. plan.Warnings, .. Warnings()], Data = data };
    }

    private string Level => UnitFormat.Percent(analysis.Bootstrap.Level, 0);

    private static string Value(OptimumQuantity q, double v) => q switch
    {
        OptimumQuantity.HiddenSize => UnitFormat.Invariant(v, "0"),
        OptimumQuantity.MinimumLoss => UnitFormat.Invariant(v, "0.0000"),
        _ => UnitFormat.Invariant(v, "0.###"),
    };

    private KeyValues Summary(KeyValues summary)
    {
        var chosen = plans.Estimate.Plan!.Chosen.Shape;
        var items = summary.Items.ToList();
        var at = items.FindIndex(i => i.Key == "N/N_a from");
        items.InsertRange(at < 0 ? items.Count : at + 1,
        [
            new("d from", $"{Source(OptimumQuantity.HiddenSize)}; chosen d = {chosen.HiddenSize}"),
            new("L* from", Source(OptimumQuantity.MinimumLoss)),
            new("across intervals", Range()),
        ]);
        return summary with { Items = items };
    }

    /// <summary>The chosen shape's range over the lower ends, the estimate and the upper ends.</summary>
    private string Range()
    {
        var built = plans.All.Where(p => p.Plan is not null).Select(p => p.Plan!.Chosen.Shape).ToList();
        string Span(Func<Scaling.Planning.RealizedShape, double> f, Func<double, string> format)
        {
            var values = built.Select(f).ToList();
            return values.Min() == values.Max() ? format(values.Min()) : $"{format(values.Min())}..{format(values.Max())}";
        }
        var missing = plans.All.Count(p => p.Plan is null);
        return $"L {Span(s => s.Layers, v => $"{v:0}")}, d {Span(s => s.HiddenSize, v => $"{v:0}")}, d_m {Span(s => s.ExpertHiddenSize, v => $"{v:0}")}, " +
               $"N_a {Span(s => s.Triad.ActiveParams, v => Si(v))}, N {Span(s => s.Triad.TotalParams, v => Si(v))}" +
               (missing > 0 ? $" ({missing} interval end(s) not buildable)" : "");
    }

    private Note Method()
    {
        var runs = analysis.Runs;
        var slicing = runs.HasPhase
            ? "loss vs M/N_a on the phase-1 runs grouped by N/N_a, loss vs N/N_a on the phase-1 runs grouped by M/N_a, " +
              "loss vs d on the d sweep (phase-2 runs and the phase-1 run there) of Phase 1's choice, the swept configuration with the lowest phase-1 loss"
            : "each variable on the runs grouped by the other two";
        return new Note("Runs pipeline (seed 001)",
            $"{analysis.Scales.Count} scales from {runs.Source}. At each scale seed 001's curves are fitted by least squares: {slicing}. " +
            $"Groups with at least 2 distinct values of the variable share the curve's a and b, each with its own offset c; the curve reported is the group " +
            $"holding the lowest loss. Values within {CurveSlicer.SameValueTolerance:P0} count as equal. " +
            "Each scale's optimum is the curves' minimisers and the loss-vs-d curve's minimum loss; where a curve has no interior minimum, its best run stands in (exit BestRun, with a warning). " +
            "The optima are fitted as x*(C) = a·C^b in log–log space. " +
            $"Intervals: {analysis.Bootstrap.Resamples} bootstrap resamples (seed {analysis.Bootstrap.Seed}) redraw each fit's runs with replacement at every scale and refit everything " +
            "(a resample whose runs give no fitted minimum takes its best run, as the full data would); " +
            $"{Level} percentile intervals ({UnitFormat.Percent((1 - analysis.Bootstrap.Level) / 2, 1)}–{UnitFormat.Percent(1 - (1 - analysis.Bootstrap.Level) / 2, 1)}). " +
            "The plan holds M/N_a and N/N_a at the extrapolated optimum and takes the buildable width nearest d*; the interval ends are planned the same way, " +
            "each quantity at its own end (marginal ends combined, not a joint interval). M_opt comes from Phase 0's split, not from the runs: the table has no M column.");
    }

    private Table LawsTable()
    {
        var columns = new[]
        {
            new Column("optimum", Legend: "The per-scale optimum whose trend in C is fitted."),
            new Column("law", Legend: "a·C^b fitted by least squares of ln x* on ln C (C in FLOPs)."),
            new Column("b", Numeric: true, Legend: "Exponent of the law."),
            new Column($"b {Level}", Legend: "Bootstrap percentile interval of the exponent."),
            new Column("at target", Numeric: true, Legend: "The law at the target budget."),
            new Column($"target {Level}", Legend: "Bootstrap percentile interval of the value at the target."),
            new Column("rms ln resid", Numeric: true, Legend: "Root-mean-square of ln x* − ln law(C) over the scales (0 through 2 scales)."),
            new Column("unit"),
        };
        var rows = analysis.Laws.Select(l =>
        {
            var q = l.Quantity;
            return (IReadOnlyList<Cell>)
            [
                q.Symbol(), l.Law.ToString(), Cell.Number(l.Law.Exponent, "0.0000"),
                $"[{l.Exponent.Lower:0.0000}, {l.Exponent.Upper:0.0000}]",
                new Cell(Value(q, l.AtTarget.Estimate), l.AtTarget.Estimate), $"[{Value(q, l.AtTarget.Lower)}, {Value(q, l.AtTarget.Upper)}]",
                Cell.Number(l.RmsLogResidual, "0.0000"), q.Unit(),
            ];
        }).ToList();
        return new Table($"Power laws of the per-scale optima, extrapolated to C = {Sci(analysis.TargetComputeFlops)} FLOPs", columns, rows,
            $"{analysis.Bootstrap.Resamples - analysis.Bootstrap.Failed} of {analysis.Bootstrap.Resamples} resamples make the intervals; " +
            $"{analysis.Bootstrap.BestRun} of them took a best run where their runs gave no fitted minimum.");
    }

    private Table IntervalTable()
    {
        var columns = new[]
        {
            new Column("point", Legend: "Each optimum at the lower ends of its interval, at the estimate, at the upper ends."),
            new Column("M/N_a*", "FLOPs/param", Numeric: true), new Column("N/N_a*", "ratio", Numeric: true), new Column("d*", "dims", Numeric: true),
            new Column("L", "layers", Numeric: true), new Column("L_d", "layers", Numeric: true), new Column("d", "dims", "Chosen buildable width.", true),
            new Column("d_m", "dims", Numeric: true), new Column("N_a", "params", "Active non-embedding parameters.", true),
            new Column("N", "params", "Total non-embedding parameters.", true),
            new Column("M/N_a", "FLOPs/param", "Realised by the rounded shape.", true), new Column("N/N_a", "ratio", "Realised by the rounded shape.", true),
        };
        var rows = plans.All.Select(p =>
        {
            var t = p.Target;
            var head = new List<Cell>
            {
                t.Name, new Cell(Value(OptimumQuantity.FlopsPerActiveParam, t.FlopsPerActiveParam), t.FlopsPerActiveParam),
                new Cell(Value(OptimumQuantity.TotalPerActive, t.TotalPerActive), t.TotalPerActive), new Cell(Value(OptimumQuantity.HiddenSize, t.HiddenSize), t.HiddenSize),
            };
            if (p.Plan is not { } plan) return (IReadOnlyList<Cell>)[.. head, $"not buildable: {p.Failure}", "", "", "", "", "", "", ""];
            var s = plan.Chosen.Shape; var tr = s.Triad;
            return
            [
                .. head, new Cell(s.Layers.ToString(), s.Layers), new Cell(s.DenseLayers.ToString(), s.DenseLayers), new Cell(s.HiddenSize.ToString(), s.HiddenSize),
                new Cell(s.ExpertHiddenSize.ToString(), s.ExpertHiddenSize), new Cell(Si(tr.ActiveParams), tr.ActiveParams), new Cell(Si(tr.TotalParams), tr.TotalParams),
                new Cell(UnitFormat.Invariant(tr.FlopsPerActiveParam, "0.000"), tr.FlopsPerActiveParam), new Cell(UnitFormat.Invariant(tr.TotalPerActiveParam, "0.00"), tr.TotalPerActiveParam),
            ];
        }).ToList();
        return new Table("Architecture across the intervals", columns, rows);
    }

    private Table FitsTable()
    {
        var columns = new[]
        {
            new Column("C", "FLOPs", "The scale's training budget.", true),
            new Column("curve", Legend: "Seed 001's form: a/(x−6)+b·x+c in M/N_a, a/(y−1)+b/((N_e+1)/(K+1)−y)+c in N/N_a, a·d²+b·d+c in d."),
            new Column("runs", Numeric: true, Legend: "Runs in the fit (its slice of the scale)."),
            new Column("a", Numeric: true), new Column("b", Numeric: true), new Column("c", Numeric: true),
            new Column("optimum", Numeric: true, Legend: "The curve's minimiser."),
            new Column("loss*", "nats/token", "The curve's minimum.", true),
            new Column("rms resid", "nats/token", "Root-mean-square residual of the fit.", true),
            new Column("groups", Numeric: true, Legend: "Groups of runs sharing the held variables, each with its own offset (c is the lowest-loss group's)."),
            new Column("exit", Legend: "Converged: minimum inside the runs' range; OptimumExtrapolated: outside it; BestRun: no interior minimum, the optimum is the best run (measured, not fitted)."),
        };
        var rows = new List<IReadOnlyList<Cell>>();
        foreach (var s in analysis.Scales)
            foreach (var k in CurveVariable.All)
            {
                var f = s.Fit(k);
                rows.Add(
                [
                    new Cell(Sci(s.ComputeFlops), s.ComputeFlops), $"loss vs {k.Symbol()}", new Cell(f.Points.Count.ToString(), f.Points.Count),
                    Cell.Number(f.Curve.A, "G4"), Cell.Number(f.Curve.B, "G4"), Cell.Number(f.Curve.C, "G4"),
                    Cell.Number(f.Optimum!.X, k == PerScaleCurveKind.Quadratic ? "0" : "0.###"), Cell.Number(f.Optimum.Loss, "0.0000"),
                    Cell.Number(f.RmsResidual, "0.00000"), new Cell(f.Groups.ToString(), f.Groups), f.Exit.ToString(),
                ]);
            }
        return new Table("Per-scale curve fits", columns, rows);
    }

    private static string BestRunWarning(ScaleFit s, PerScaleCurveKind k, ScaleCurveFit f)
    {
        var (o, c) = (f.Optimum!, f.Curve);
        var row = f.Points.First(p => p.X == o.X && p.Loss == o.Loss).Row;
        var (low, high) = (f.Points.Min(p => p.X), f.Points.Max(p => p.X));
        var where = f.OptimumAtEdge
            ? $"at the edge of the runs ({low:0.###}..{high:0.###}), so it is a bound: the optimum may lie beyond it; runs further out would settle it"
            : $"inside the runs ({low:0.###}..{high:0.###}): they bracket a minimum the curve form does not fit";
        return $"{s.Scale.Label}: the fitted loss-vs-{k.Symbol()} curve (a = {c.A:G4}, b = {c.B:G4}) has no interior minimum; the optimum used is the best run, " +
               $"{k.Symbol()} = {o.X:0.###} (row {row}, loss {o.Loss:0.0000}), {where}.";
    }

    private List<ReportWarning> Warnings()
    {
        var warnings = new List<ReportWarning>();
        var b = analysis.Bootstrap;
        if (b.Failed > FailedResampleWarning * b.Resamples)
            warnings.Add(new($"{b.Failed} of {b.Resamples} bootstrap resamples ({UnitFormat.Percent((double)b.Failed / b.Resamples)}) lost an optimum at some scale and were left out: " +
                "the intervals describe the resamples that kept one and are likely too narrow. More runs per curve, or runs further either side of each optimum, would help.", "runs-bootstrap-failures"));
        if (b.BestRun > FailedResampleWarning * b.Resamples)
            warnings.Add(new($"{b.BestRun} of {b.Resamples} bootstrap resamples ({UnitFormat.Percent((double)b.BestRun / b.Resamples)}) had a curve without a fitted minimum at some scale " +
                "and took its best run there, as the full data would: the intervals include those runs' values. More runs per curve, or runs further either side of each optimum, would narrow them.",
                "runs-bootstrap-best-run"));
        foreach (var s in analysis.Scales)
            foreach (var k in CurveVariable.All)
                if (s.Fit(k) is { Exit: CurveFitExit.OptimumExtrapolated } f)
                    warnings.Add(new($"{s.Scale.Label}: the loss-vs-{k.Symbol()} optimum {f.Optimum!.X:0.###} lies outside the fitted runs ({f.Points.Min(p => p.X):0.###}..{f.Points.Max(p => p.X):0.###}); it is extrapolated from the curve's shape.", "runs-optimum-extrapolated"));
        foreach (var s in analysis.Scales)
            foreach (var k in CurveVariable.All)
                if (s.Fit(k) is { Exit: CurveFitExit.BestRun } f)
                    warnings.Add(new(BestRunWarning(s, k, f), "runs-optimum-best-run"));
        if (analysis.Scales.Count < 3)
            warnings.Add(new("Only 2 scales: each power law passes exactly through them, so nothing checks the power-law form.", "runs-two-scales"));
        var (first, last) = (analysis.Scales[0].ComputeFlops, analysis.Scales[^1].ComputeFlops);
        var target = analysis.TargetComputeFlops;
        if (target > last * (1 + MultiScaleRunsFile.ScaleTolerance) || target < first * (1 - MultiScaleRunsFile.ScaleTolerance))
        {
            var decades = Math.Log10(target > last ? target / last : first / target);
            warnings.Add(new($"The target C = {Sci(target)} FLOPs lies {decades:0.0} decade(s) outside the runs' scales ({Sci(first)}..{Sci(last)}): the power laws are extrapolated.", "runs-extrapolated"));
        }
        foreach (var p in plans.All.Where(p => p.Plan is not null))
        {
            var (d, best) = (p.Plan!.Chosen.Shape.HiddenSize, p.Target.HiddenSize);
            if (Math.Abs(d - best) > 0.05 * best)
                warnings.Add(new($"At the {p.Target.Name}, the chosen d = {d} is {UnitFormat.PercentChange((d - best) / best)} from d* = {best:0}: no buildable shape at " +
                    $"M/N_a = {p.Target.FlopsPerActiveParam:0.###}, N/N_a = {p.Target.TotalPerActive:0.###} comes nearer (feasible widths there: {p.Plan.Phase1Choice.Hidden.Min:0}..{p.Plan.Phase1Choice.Hidden.Max:0}).",
                    "runs-width-off-optimum"));
        }
        foreach (var p in plans.All.Where(p => p.Plan is null))
            warnings.Add(new($"No architecture at the {p.Target.Name} of the intervals: {p.Failure}", "runs-interval-end-not-buildable"));
        return warnings;
    }
}
