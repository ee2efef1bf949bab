using MathNet.Numerics;
using MoeLab.Core.Validation;
using MoeLab.Scaling.Data;

namespace MoeLab.Scaling.Fitting;

/// <summary>One compute budget's IsoFLOP parabola and its minimum.</summary>
/// <param name="Curvature">The x² coefficient of loss vs x = ln N; must be positive for a minimum.</param>
/// <param name="Used">False when the budget was skipped (fewer than 3 distinct N, or no interior minimum).</param>
/// <param name="Reason">Why it was skipped, or null.</param>
public sealed record IsoFlopBudget(double ComputeFlops, int Points, double OptimalParams, double OptimalTokens, double MinimumLoss,
    double Curvature, bool Used, string? Reason);

/// <summary>
/// Approach 2 result: N_opt = k_N·C^a and D_opt = k_D·C^b, fitted by least squares on ln N_opt vs ln C over the
/// usable budgets. With D = C/(6N), b = 1 − a exactly.
/// </summary>
public sealed record IsoFlopResult(IReadOnlyList<IsoFlopBudget> Budgets, double ParamsExponent, double ParamsCoefficient,
    double TokensExponent, double TokensCoefficient, double RSquared)
{
    public double OptimalParams(double computeFlops) => ParamsCoefficient * Math.Pow(computeFlops, ParamsExponent);
    public double OptimalTokens(double computeFlops) => TokensCoefficient * Math.Pow(computeFlops, TokensExponent);
}

/// <summary>
/// Hoffmann et al.'s Approach 2 (IsoFLOP profiles): group runs by compute budget, fit a parabola to loss
/// against ln N within each budget, take its vertex as N_opt(C), then fit a power law to the vertices.
/// Runs whose compute agrees within <see cref="BudgetTolerance"/> share a budget.
/// </summary>
public static class IsoFlopApproach2
{
    public const double BudgetTolerance = 0.01;

    /// <param name="neighbours">
    /// Fit each parabola only to the lowest-loss run and this many runs on each side of it (in N order); null
    /// fits all of a budget's runs. Grids that reach far from the optimum are not parabolic in ln N there, and
    /// a global parabola is pulled towards the far side; a window keeps the fit local to the minimum.
    /// </param>
    public static IsoFlopResult Fit(IReadOnlyList<RunPoint> runs, int? neighbours = null)
    {
        if (neighbours is { } w) Preconditions.InRange(w, 1, 1000, "isoflop-window");
        var budgets = new List<IsoFlopBudget>();
        foreach (var all in GroupByBudget(runs))
        {
            var group = neighbours is { } k ? Window(all, k) : all;
            var c = group.Average(r => r.ComputeFlops);
            var distinct = group.Select(r => r.ParamsN).Distinct().Count();
            if (distinct < 3)
            {
                budgets.Add(new IsoFlopBudget(c, group.Count, double.NaN, double.NaN, double.NaN, double.NaN, false, $"only {distinct} distinct N; a parabola needs 3"));
                continue;
            }
            var x = group.Select(r => Math.Log(r.ParamsN)).ToArray();
            var y = group.Select(r => r.Loss).ToArray();
            var p = Polynomial(x, y);
            if (!(p[2] > 0))
            {
                budgets.Add(new IsoFlopBudget(c, group.Count, double.NaN, double.NaN, double.NaN, p[2], false, "the parabola opens downward (no minimum)"));
                continue;
            }
            var xStar = -p[1] / (2 * p[2]);
            var lossStar = p[0] + p[1] * xStar + p[2] * xStar * xStar;
            var reason = xStar < x.Min() || xStar > x.Max() ? "vertex outside the sampled N range (extrapolated)" : null;
            var n = Math.Exp(xStar);
            budgets.Add(new IsoFlopBudget(c, group.Count, n, c / (Laws.TrainingCompute.FlopsPerParamToken * n), lossStar, p[2], true, reason));
        }
        var used = budgets.Where(b => b.Used).ToList();
        if (used.Count < 2)
            throw new InvalidInputException($"Approach 2 needs at least 2 compute budgets with an IsoFLOP minimum; found {used.Count} (of {budgets.Count} budgets)", field: "isoflop");
        var logC = used.Select(b => Math.Log(b.ComputeFlops)).ToArray();
        var (interceptN, slopeN) = MathNet.Numerics.Fit.Line(logC, used.Select(b => Math.Log(b.OptimalParams)).ToArray());
        var (interceptD, slopeD) = MathNet.Numerics.Fit.Line(logC, used.Select(b => Math.Log(b.OptimalTokens)).ToArray());
        var r2 = GoodnessOfFit.RSquared(logC.Select(v => interceptN + slopeN * v), used.Select(b => Math.Log(b.OptimalParams)));
        return new IsoFlopResult(budgets, slopeN, Math.Exp(interceptN), slopeD, Math.Exp(interceptD), r2);
    }

    private static List<RunPoint> Window(List<RunPoint> budget, int each)
    {
        var ordered = budget.OrderBy(r => r.ParamsN).ToList();
        var best = ordered.IndexOf(ordered.MinBy(r => r.Loss)!);
        var from = Math.Max(0, best - each);
        var to = Math.Min(ordered.Count - 1, best + each);
        return ordered.GetRange(from, to - from + 1);
    }

    /// <summary>Budgets in increasing compute; consecutive runs within the tolerance share one.</summary>
    public static List<List<RunPoint>> GroupByBudget(IReadOnlyList<RunPoint> runs)
    {
        var groups = new List<List<RunPoint>>();
        foreach (var run in runs.OrderBy(r => r.ComputeFlops))
        {
            if (groups.Count > 0 && run.ComputeFlops <= groups[^1][0].ComputeFlops * (1 + BudgetTolerance)) groups[^1].Add(run);
            else groups.Add([run]);
        }
        return groups;
    }

    private static double[] Polynomial(double[] x, double[] y)
    {
        // Centre x before fitting so the normal equations stay well conditioned at ln N ≈ 20.
        var mean = x.Average();
        var p = MathNet.Numerics.Fit.Polynomial(x.Select(v => v - mean).ToArray(), y, 2);
        // Undo the shift: c0 + c1(x−m) + c2(x−m)² in powers of x.
        return [p[0] - p[1] * mean + p[2] * mean * mean, p[1] - 2 * p[2] * mean, p[2]];
    }
}
