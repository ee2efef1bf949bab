using System.Numerics;
using MathNet.Numerics;
using MathNet.Numerics.Optimization;
using MoeLab.Core.Validation;

namespace MoeLab.Sectional;

/// <summary>What to search over and what to call "diminishing returns".</summary>
/// <param name="MaxExpertCount">Largest E considered (E ranges over 1..this).</param>
/// <param name="DiminishingReturnsFraction">E is the diminishing-returns point when moving to the next buildable E
/// saves less than this fraction of the cost at E (0.01 = 1%).</param>
/// <param name="MemoryLimitBytes">Memory available to the costing (whole layer for total work, busiest device for
/// the critical path); null for no limit.</param>
public sealed record ExpertCountSearch(long MaxExpertCount = 256, double DiminishingReturnsFraction = 0.01, double? MemoryLimitBytes = null)
{
    public ExpertCountSearch Validate()
    {
        Preconditions.Positive(MaxExpertCount, "max-experts");
        Preconditions.InRange(DiminishingReturnsFraction, 0.0, 1.0, "diminishing");
        if (MemoryLimitBytes is double limit) Preconditions.Positive(limit, "memory-limit");
        return this;
    }
}

/// <summary>The real-valued minimiser of time(E) on [1, max], ignoring divisibility and memory.</summary>
/// <param name="ExpertCount">E* (real).</param>
/// <param name="Seconds">time(E*).</param>
/// <param name="AtBound">True when E* sits at 1 or at the search maximum (no interior stationary point wins).</param>
/// <param name="Method">How it was found, in words.</param>
/// <param name="Iterations">Iterations of the numeric method (0 for a closed form).</param>
/// <param name="ExitCondition">Why the numeric method stopped (or "exact" for a closed form).</param>
public sealed record ContinuousOptimum(double ExpertCount, double Seconds, bool AtBound, string Method, int Iterations, string ExitCondition);

/// <summary>A buildable E that the memory limit rejected, or one that fits.</summary>
public sealed record LadderPoint(SectionalPoint Point, bool FitsMemory);

/// <summary>The optimum of one costing: closed form (when the model admits one), numeric, integer, diminishing returns.</summary>
/// <param name="ClosedForm">The closed-form optimum, or null when the model has none.</param>
/// <param name="ClosedFormExplanation">Which equation was solved, or why there is no closed form.</param>
/// <param name="Numeric">Log-grid scan + golden-section refinement (always computed).</param>
/// <param name="Ladder">Every buildable E in 1..max (E | d, and the other divisibility rules), with its costs.</param>
/// <param name="IntegerOptimum">The cheapest buildable E that fits memory; null when none does.</param>
/// <param name="DiminishingReturns">The first buildable E beyond which the next step saves less than the fraction.</param>
/// <param name="DiminishingReturnsReached">False when every step up to the maximum still saves at least the fraction.</param>
public sealed record ExpertCountOptimum(
    Costing Costing,
    ExpertCountPolynomial SecondsPolynomial,
    ContinuousOptimum? ClosedForm,
    string ClosedFormExplanation,
    ContinuousOptimum Numeric,
    IReadOnlyList<LadderPoint> Ladder,
    SectionalPoint? IntegerOptimum,
    SectionalPoint? DiminishingReturns,
    bool DiminishingReturnsReached,
    double DiminishingReturnsFraction);

/// <summary>
/// Finds the cost-minimising number of sections E.
/// <para>
/// Closed form: time(E) = Σ c_k·E^k, so E^q·time'(E) with q = max(0, 1 − min k) is an ordinary polynomial.
/// When its degree is ≤ 3 its roots are exact (linear, quadratic formula, or Cardano's cubic formula via
/// MathNet <c>FindRoots</c>), and the optimum is the best of those roots in [1, max] and the two ends. The
/// commonest case: total work with n' independent of E gives time = a/E + c + γ1·E + γ2·E², and
/// E²·time' = 2γ2·E³ + γ1·E² − a = 0 — a cubic (E* = (a/2γ2)^(1/3) when γ1 = 0). The critical path divides
/// the section work by E again (a/E²): with the physical critical-path overhead (no E² term) that is still a
/// cubic, E³·time' = γ1·E³ − b·E − 2a; with a user γ2 ≠ 0 it is a quartic, and n' = n/E adds another power:
/// those are solved numerically, and the report says so.
/// </para>
/// <para>
/// Numeric: the time is scanned on a 512-point logarithmic grid over [1, max] and the best bracket refined by
/// golden-section search (MathNet). Integer: every E in 1..max that passes <see cref="SectionalSpec.DivisibilityProblem"/>
/// and the memory limit is evaluated exactly; the cheapest wins.
/// </para>
/// </summary>
public static class ExpertCountOptimizer
{
    private const int GridPoints = 512;

    public static ExpertCountOptimum Optimize(SectionalCostModel model, Costing costing, ExpertCountSearch search)
    {
        search.Validate();
        var seconds = model.Seconds(costing);
        double max = search.MaxExpertCount;
        var (closedForm, explanation) = ClosedForm(seconds, max);
        var numeric = Numeric(seconds, max);

        var ladder = new List<LadderPoint>();
        for (long e = 1; e <= search.MaxExpertCount; e++)
        {
            // The width test first: it rejects most E without building DivisibilityProblem's message.
            if (model.Spec.ModelWidth % e != 0 || model.Spec.DivisibilityProblem(e) is not null) continue;
            var point = model.Evaluate(e);
            bool fits = search.MemoryLimitBytes is not double limit || point.MemoryBytes(costing) <= limit;
            ladder.Add(new LadderPoint(point, fits));
        }
        var fitting = ladder.Where(p => p.FitsMemory).Select(p => p.Point).ToList();
        var best = fitting.Count == 0 ? null : fitting.MinBy(p => p.Seconds(costing));
        var (diminishing, reached) = DiminishingReturns(fitting, costing, search.DiminishingReturnsFraction);
        return new ExpertCountOptimum(costing, seconds, closedForm, explanation, numeric, ladder, best, diminishing, reached,
            search.DiminishingReturnsFraction);
    }

    /// <summary>The exact minimiser when E^q·time'(E) has degree ≤ 3; otherwise null and the reason.</summary>
    public static (ContinuousOptimum? Optimum, string Explanation) ClosedForm(ExpertCountPolynomial seconds, double max)
    {
        var derivative = seconds.Derivative();
        if (derivative.IsZero)
            return (Best(seconds, [], max, "time does not depend on E"), "time does not depend on E");
        int q = Math.Max(0, -derivative.MinPower);
        var shifted = derivative.ShiftPower(q);
        int degree = shifted.MaxPower;
        var a = Enumerable.Range(0, degree + 1).Select(shifted.Coefficient).ToArray(); // ascending powers
        string equation = $"E^{q}·time'(E) = {shifted} = 0";
        if (degree > 3)
            return (null, $"no closed form: {equation} has degree {degree} (> 3); solved numerically");
        IEnumerable<Complex> roots = degree switch
        {
            0 => [],
            1 => [new Complex(-a[0] / a[1], 0)],
            2 => Pair(FindRoots.Quadratic(a[0], a[1], a[2])),
            _ => Triple(FindRoots.Cubic(a[0], a[1], a[2], a[3])),
        };
        string solver = degree switch { 0 => "no stationary point", 1 => "a linear solve", 2 => "the quadratic formula", _ => "Cardano's cubic formula" };
        var realRoots = roots.Where(r => Math.Abs(r.Imaginary) <= 1e-9 * Math.Max(1, Math.Abs(r.Real))).Select(r => r.Real);
        return (Best(seconds, realRoots, max, $"closed form: {equation} ({solver})"), $"closed form: {equation}, by {solver}");
    }

    /// <summary>Log-grid scan then golden-section refinement of time(E) on [1, max].</summary>
    public static ContinuousOptimum Numeric(ExpertCountPolynomial seconds, double max)
    {
        if (max <= 1) return new ContinuousOptimum(1, seconds.Evaluate(1), true, "single point", 0, "range is E = 1");
        double logMax = Math.Log(max);
        int bestIndex = 0;
        double bestValue = double.PositiveInfinity;
        for (int i = 0; i < GridPoints; i++)
        {
            double value = seconds.Evaluate(Math.Exp(logMax * i / (GridPoints - 1)));
            if (value < bestValue) { bestValue = value; bestIndex = i; }
        }
        string method = $"{GridPoints}-point log grid on [1, {max}], then golden-section search";
        if (bestIndex == 0 || bestIndex == GridPoints - 1)
        {
            // Time falls (or rises) all the way to an end of the range: the minimum is that end, nothing to refine.
            double end = bestIndex == 0 ? 1 : max;
            return new ContinuousOptimum(end, seconds.Evaluate(end), true, method, GridPoints, "minimum at an end of the range");
        }
        double lo = Math.Exp(logMax * Math.Max(0, bestIndex - 1) / (GridPoints - 1));
        double hi = Math.Exp(logMax * Math.Min(GridPoints - 1, bestIndex + 1) / (GridPoints - 1));
        var minimizer = new GoldenSectionMinimizer(xTolerance: 1e-12 * hi, maxIterations: 10_000);
        var result = minimizer.FindMinimum(ObjectiveFunction.ScalarValue(seconds.Evaluate), lo, hi);
        double e = result.MinimizingPoint;
        bool atBound = e <= 1 + 1e-9 || e >= max * (1 - 1e-9);
        return new ContinuousOptimum(e, seconds.Evaluate(e), atBound, method, result.Iterations, result.ReasonForExit.ToString());
    }

    private static ContinuousOptimum Best(ExpertCountPolynomial seconds, IEnumerable<double> roots, double max, string method)
    {
        var candidates = roots.Where(r => r > 1 && r < max).Append(1).Append(max);
        double e = candidates.MinBy(seconds.Evaluate);
        return new ContinuousOptimum(e, seconds.Evaluate(e), e == 1 || e == max, method, 0, "exact");
    }

    private static (SectionalPoint? Point, bool Reached) DiminishingReturns(IReadOnlyList<SectionalPoint> ladder, Costing costing, double fraction)
    {
        for (int i = 0; i + 1 < ladder.Count; i++)
        {
            double here = ladder[i].Seconds(costing), next = ladder[i + 1].Seconds(costing);
            if ((here - next) < fraction * here) return (ladder[i], true);
        }
        return (ladder.Count == 0 ? null : ladder[^1], false);
    }

    private static IEnumerable<Complex> Pair((Complex, Complex) t) => [t.Item1, t.Item2];
    private static IEnumerable<Complex> Triple((Complex, Complex, Complex) t) => [t.Item1, t.Item2, t.Item3];
}
