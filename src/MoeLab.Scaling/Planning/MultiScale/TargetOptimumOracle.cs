using MoeLab.Scaling.Laws;

namespace MoeLab.Scaling.Planning.MultiScale;

/// <summary>
/// The loss oracle at the target budget of the runs pipeline: L*·(1 + Σ κ_v·((v − v*)/v*)²) over v = M/N_a, N/N_a
/// and d, centred on the optima the power laws extrapolate to (<see cref="Centre"/>). Only the centre is
/// measured; the curvatures κ_v are the largest scale's fitted curves expanded to second order at their minima, in
/// relative units (κ = f''(v*)·v*²/(2·L*)), on the assumption that the curves keep their shape in v/v* (<see cref="For"/>
/// says what stands in where a curve has no fitted minimum).
/// Seed 001 reports the near-optimal band widening with compute, so κ likely shrinks: the band this oracle gives
/// at a larger budget is narrower than the truth. Its ranking picks the buildable shape nearest the optimum.
/// </summary>
/// <param name="Curvatures">κ for M/N_a, N/N_a and d (<see cref="CurveVariable.All"/> order).</param>
public sealed record TargetOptimumOracle(TargetOptimum Centre, IReadOnlyList<double> Curvatures) : ILossOracle
{
    public string Name => $"runs power laws at the target ({Centre.Name})";

    public string Description =>
        "seed 001's per-scale optima (M/N_a*, N/N_a*, d*, L*) extrapolated to this budget by their power laws in C; the loss rises " +
        "quadratically away from them with the relative curvature of the curves fitted at the largest scale";

    public bool SeesHiddenSize => true;

    public double PredictLoss(in OracleQuery query) =>
        PredictLoss(query.Triad.FlopsPerActiveParam, query.Triad.TotalPerActiveParam, query.HiddenSize);

    public double PredictLoss(double x, double y, double d)
    {
        static double Rel(double v, double centre) => (v - centre) / centre;
        var c = Centre;
        return c.Loss * (1 + Curvatures[0] * Math.Pow(Rel(x, c.FlopsPerActiveParam), 2)
                           + Curvatures[1] * Math.Pow(Rel(y, c.TotalPerActive), 2)
                           + Curvatures[2] * Math.Pow(Rel(d, c.HiddenSize), 2));
    }

    /// <summary>
    /// The oracle centred on <paramref name="centre"/>, with each curvature from the largest scale whose curve has a
    /// fitted minimum. A best run (no fitted minimum) has no curvature to give: a concave fit's would turn the
    /// oracle's ranking upside down. Where no scale has a fitted minimum, the size of the curvature at the largest
    /// scale's best run is taken, so the oracle still prefers the shape nearest the centre.
    /// </summary>
    public static TargetOptimumOracle For(RunsAnalysis analysis, TargetOptimum centre)
    {
        double Kappa(PerScaleCurveKind kind)
        {
            var scale = analysis.Scales.LastOrDefault(s => s.Fit(kind).Exit != CurveFitExit.BestRun) ?? analysis.Scales[^1];
            var fit = scale.Fit(kind);
            var v = fit.Optimum!.X;
            return Math.Abs(fit.Curve.Curvature(v)) * v * v / (2 * scale.MinimumLoss);
        }
        return new TargetOptimumOracle(centre, [.. CurveVariable.All.Select(Kappa)]);
    }
}
