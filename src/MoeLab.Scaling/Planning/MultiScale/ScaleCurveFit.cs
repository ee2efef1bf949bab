using MoeLab.Scaling.Laws;

namespace MoeLab.Scaling.Planning.MultiScale;

/// <summary>
/// How a per-scale curve fit ended. The fit itself is linear least squares and always solves; what can fail
/// is the optimum the pipeline needs from it.
/// </summary>
public enum CurveFitExit
{
    /// <summary>The curve has an interior minimum inside the range of the fitted runs.</summary>
    Converged,

    /// <summary>The minimum lies outside the fitted runs' range: the optimum is extrapolated from the curve's shape.</summary>
    OptimumExtrapolated,

    /// <summary>No interior minimum (a or b ≤ 0, or d* ≤ 0): the runs do not bracket an optimum.</summary>
    NoMinimum,

    /// <summary>Fewer than 3 distinct values for 3 coefficients (only a bootstrap resample can get here).</summary>
    Underdetermined,
}

/// <summary>One (x, loss) point of a curve fit and the file row it came from.</summary>
public readonly record struct CurvePoint(int Row, double X, double Loss);

/// <summary>One of seed 001's curves fitted at one scale: coefficients, optimum, residual and how the fit ended.</summary>
/// <param name="Optimum">The curve's minimum; null unless <see cref="Exit"/> is Converged or OptimumExtrapolated.</param>
/// <param name="RmsResidual">Root-mean-square of loss − fitted loss over the points (nats/token).</param>
public sealed record ScaleCurveFit(PerScaleCurve Curve, CurveMinimum? Optimum, double RmsResidual, IReadOnlyList<CurvePoint> Points, CurveFitExit Exit)
{
    public PerScaleCurveKind Kind => Curve.Kind;

    public bool HasOptimum => Optimum is not null;

    public int DistinctX => Points.Select(p => p.X).Distinct().Count();

    public static ScaleCurveFit Fit(PerScaleCurveKind kind, IReadOnlyList<CurvePoint> points, double wall)
    {
        var xs = points.Select(p => p.X).ToArray();
        var losses = points.Select(p => p.Loss).ToArray();
        if (xs.Distinct().Count() < 3)
            return new ScaleCurveFit(new PerScaleCurve(kind, double.NaN, double.NaN, double.NaN, wall), null, double.NaN, points, CurveFitExit.Underdetermined);
        var curve = PerScaleCurve.Fit(kind, xs, losses, wall);
        var rms = Math.Sqrt(points.Average(p => Math.Pow(curve.Evaluate(p.X) - p.Loss, 2)));
        var min = curve.TryMinimum();
        if (min is null || !double.IsFinite(min.X) || !double.IsFinite(min.Loss) || min.X <= 0)
            return new ScaleCurveFit(curve, null, rms, points, CurveFitExit.NoMinimum);
        var inside = min.X >= xs.Min() && min.X <= xs.Max();
        return new ScaleCurveFit(curve, min, rms, points, inside ? CurveFitExit.Converged : CurveFitExit.OptimumExtrapolated);
    }
}
