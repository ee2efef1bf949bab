using MathNet.Numerics.LinearAlgebra;
using MathNet.Numerics.LinearAlgebra.Factorization;
using MoeLab.Scaling.Laws;

namespace MoeLab.Scaling.Planning.MultiScale;

/// <summary>
/// How a per-scale curve fit ended. The fit itself is linear least squares and always solves when its design has
/// full rank; what can fail is the optimum the pipeline needs from it.
/// </summary>
public enum CurveFitExit
{
    /// <summary>The curve has an interior minimum inside the range of the fitted runs.</summary>
    Converged,

    /// <summary>The minimum lies outside the fitted runs' range: the optimum is extrapolated from the curve's shape.</summary>
    OptimumExtrapolated,

    /// <summary>No interior minimum (a or b ≤ 0, or d* ≤ 0): the runs do not bracket an optimum.</summary>
    NoMinimum,

    /// <summary>Too few distinct values to tell the coefficients and offsets apart (a bootstrap resample; the full data is refused).</summary>
    Underdetermined,

    /// <summary>
    /// The fitted curve has no interior minimum, so the optimum is the best run of the fit (the lowest loss observed):
    /// measured, not fitted. At the edge of the runs' range it is a bound, since the optimum may lie beyond.
    /// </summary>
    BestRun,
}

/// <summary>One (x, loss) point of a curve fit, the file row it came from and its group (runs sharing the held variables).</summary>
public readonly record struct CurvePoint(int Row, double X, double Loss, int Group);

/// <summary>
/// One of seed 001's curves fitted at one scale. The runs may come in several groups that differ in a variable the
/// curve holds (e.g. the rows of a Phase-1 grid at each N/N_a); every group shares a and b and has its own offset c,
/// so the whole grid informs the shape while no group's level leaks into another's. <see cref="Curve"/> carries the
/// reference group's c; <see cref="Offsets"/> says how far each group's curve sits from it.
/// </summary>
/// <param name="Optimum">The curve's minimum (the best run's x and loss when <see cref="Exit"/> is BestRun); null when NoMinimum or Underdetermined.</param>
/// <param name="RmsResidual">Root-mean-square of loss − fitted loss over the points (nats/token).</param>
/// <param name="Offsets">Per group, its c minus the reference group's c (nats/token).</param>
public sealed record ScaleCurveFit(PerScaleCurve Curve, CurveMinimum? Optimum, double RmsResidual, IReadOnlyList<CurvePoint> Points,
    IReadOnlyDictionary<int, double> Offsets, CurveFitExit Exit)
{
    /// <summary>Smallest |R_ii| relative to the largest, after column scaling, that counts as full rank.</summary>
    private const double RankTolerance = 1e-10;

    public PerScaleCurveKind Kind => Curve.Kind;

    public bool HasOptimum => Optimum is not null;

    public int Groups => Offsets.Count;

    /// <summary>Whether the optimum sits at the smallest or largest x of the runs fitted (for a best run: a bound, not a minimum).</summary>
    public bool OptimumAtEdge => Optimum is { } o && Points.Count > 0 && (o.X <= Points.Min(p => p.X) || o.X >= Points.Max(p => p.X));

    /// <summary>
    /// This fit, or, when its curve has no interior minimum, the same fit with the best run as its optimum
    /// (<see cref="CurveFitExit.BestRun"/>). The coefficients are kept for the report.
    /// </summary>
    public ScaleCurveFit OrBestRun() =>
        Exit == CurveFitExit.NoMinimum && Points.Count > 0 ? this with { Optimum = BestRun(Points), Exit = CurveFitExit.BestRun } : this;

    /// <summary>The x and loss of the lowest-loss point (the first of equals).</summary>
    public static CurveMinimum BestRun(IReadOnlyList<CurvePoint> points)
    {
        var best = points.MinBy(p => p.Loss);
        return new CurveMinimum(best.X, best.Loss);
    }

    /// <param name="referenceGroup">The group whose c the reported curve carries (the first group present if absent).</param>
    public static ScaleCurveFit Fit(PerScaleCurveKind kind, IReadOnlyList<CurvePoint> points, double wall, int referenceGroup)
    {
        // A group with one distinct x only fixes its own offset; leaving it out keeps the design full rank.
        var groups = points.GroupBy(p => p.Group).Where(g => g.Select(p => p.X).Distinct().Count() >= 2).Select(g => g.Key).Order().ToList();
        var used = points.Where(p => groups.Contains(p.Group)).ToList();
        var failed = new ScaleCurveFit(new PerScaleCurve(kind, double.NaN, double.NaN, double.NaN, wall), null, double.NaN, used,
            new Dictionary<int, double>(), CurveFitExit.Underdetermined);
        if (used.Select(p => p.X).Distinct().Count() < 3) return failed;

        var basis = PerScaleCurve.Basis(kind, wall);
        var design = Matrix<double>.Build.Dense(used.Count, basis.Length + groups.Count,
            (i, j) => j < basis.Length ? basis[j](used[i].X) : used[i].Group == groups[j - basis.Length] ? 1.0 : 0.0);
        // Columns scaled to a largest magnitude of 1, so the rank test and the solve do not depend on units (d² beside 1).
        var scale = design.EnumerateColumns().Select(c => c.AbsoluteMaximum()).ToArray();
        for (var j = 0; j < scale.Length; j++) design.SetColumn(j, design.Column(j) / scale[j]);
        var qr = design.QR(QRMethod.Thin);
        var diagonal = qr.R.Diagonal().Select(Math.Abs).ToList();
        if (!(diagonal.Min() > RankTolerance * diagonal.Max())) return failed;
        var beta = qr.Solve(Vector<double>.Build.Dense(used.Count, i => used[i].Loss)).PointwiseDivide(Vector<double>.Build.Dense(scale));

        var offset = groups.Select((g, i) => (g, beta[basis.Length + i])).ToDictionary(p => p.g, p => p.Item2);
        var reference = offset.ContainsKey(referenceGroup) ? referenceGroup : groups[0];
        var curve = new PerScaleCurve(kind, beta[0], beta[1], offset[reference], wall);
        var rms = Math.Sqrt(used.Average(p => Math.Pow(curve.Evaluate(p.X) - offset[reference] + offset[p.Group] - p.Loss, 2)));
        var relative = offset.ToDictionary(p => p.Key, p => p.Value - offset[reference]);
        var min = curve.TryMinimum();
        if (min is null || !double.IsFinite(min.X) || !double.IsFinite(min.Loss) || min.X <= 0)
            return new ScaleCurveFit(curve, null, rms, used, relative, CurveFitExit.NoMinimum);
        var inside = min.X >= used.Min(p => p.X) && min.X <= used.Max(p => p.X);
        return new ScaleCurveFit(curve, min, rms, used, relative, inside ? CurveFitExit.Converged : CurveFitExit.OptimumExtrapolated);
    }
}
