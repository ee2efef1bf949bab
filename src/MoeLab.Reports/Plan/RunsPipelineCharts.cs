using MoeLab.Reports.Charts;
using MoeLab.Reports.Model;
using MoeLab.Scaling.Laws;
using MoeLab.Scaling.Planning.MultiScale;

namespace MoeLab.Reports.Plan;

/// <summary>The runs pipeline's charts: each per-scale curve fit, and each optimum's power law across the scales.</summary>
internal static class RunsPipelineCharts
{
    /// <summary>
    /// The runs of one fit, the fitted curve across them (and out to its optimum), and the optimum marked. Runs of
    /// other groups than the reference are drawn shifted by their fitted offset, so they line up on the one curve.
    /// </summary>
    public static Chart Fit(ScaleFit scale, PerScaleCurveKind kind)
    {
        var fit = scale.Fit(kind);
        var optimum = fit.Optimum!;
        var reference = scale.Slice(kind).ReferenceGroup;
        var points = fit.Points.Select(p => p.Group == reference
            ? new ScatterPoint(p.X, p.Loss, "run", $"row {p.Row}")
            : new ScatterPoint(p.X, p.Loss - fit.Offsets[p.Group], "run of another group, shifted by its offset", $"row {p.Row}")).ToList();
        var label = fit.Exit == CurveFitExit.BestRun ? "best run (no fitted minimum)" : "fitted optimum";
        points.Add(new ScatterPoint(optimum.X, optimum.Loss, label, $"{kind.Symbol()}* = {optimum.X:0.###}"));
        var lo = Math.Min(fit.Points.Min(p => p.X), optimum.X);
        var hi = Math.Max(fit.Points.Max(p => p.X), optimum.X);
        var curve = Enumerable.Range(0, 81).Select(i => lo + (hi - lo) * i / 80).Select(x => new ChartPoint(x, fit.Curve.Evaluate(x))).ToList();
        var unit = kind == PerScaleCurveKind.Quadratic ? "dims" : null;
        return VegaLite.Scatter($"{scale.Scale.Label}: loss vs {kind.Symbol()} ({fit.Points.Count} runs, {fit.Exit})",
            new ChartAxis(kind.Symbol(), unit), new ChartAxis("Loss", "nats/token"), points,
            [new ReferenceLineOverlay($"fit {kind.Form()}", curve), new RuleOverlay(OverlayAxis.X, optimum.X, $"{kind.Symbol()}* = {optimum.X:0.###}")]);
    }

    /// <summary>The scales' optima and the fitted law on log–log axes, extended to the target with its interval.</summary>
    public static Chart PowerLaw(OptimumLaw law, double targetComputeFlops, double level)
    {
        var points = law.Optima.Select(o => new ScatterPoint(o.ComputeFlops, o.Value, "per-scale optimum", $"C = {PlanNumbers.Sci(o.ComputeFlops)}")).ToList();
        var at = law.AtTarget;
        var band = $"at the target ({level:P0} interval)";
        points.Add(new ScatterPoint(targetComputeFlops, at.Estimate, band, "estimate"));
        points.Add(new ScatterPoint(targetComputeFlops, at.Lower, band, "lower end"));
        points.Add(new ScatterPoint(targetComputeFlops, at.Upper, band, "upper end"));
        var cs = law.Optima.Select(o => o.ComputeFlops).Append(targetComputeFlops).ToList();
        double lo = Math.Log(cs.Min()), hi = Math.Log(cs.Max());
        var line = Enumerable.Range(0, 41).Select(i => Math.Exp(lo + (hi - lo) * i / 40)).Select(c => new ChartPoint(c, law.Law.At(c))).ToList();
        var q = law.Quantity;
        return VegaLite.Scatter($"{q.Symbol()} against compute: {law.Law}",
            new ChartAxis("Training compute C", "FLOPs", Log: true), new ChartAxis(q.Symbol(), q.Unit(), Log: true), points,
            [new ReferenceLineOverlay($"power law {law.Law}", line), new RuleOverlay(OverlayAxis.X, targetComputeFlops, "target budget")]);
    }
}
