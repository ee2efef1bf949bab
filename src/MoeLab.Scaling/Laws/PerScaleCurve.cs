using MathNet.Numerics;
using MoeLab.Core.Validation;

namespace MoeLab.Scaling.Laws;

/// <summary>Seed 001's per-scale loss curves (loss at one compute scale as a function of one shape ratio).</summary>
public enum PerScaleCurveKind
{
    /// <summary>Loss vs x = M/N_a: <c>a/(x − 6) + b·x + c</c>, defined for x &gt; 6 (M ≥ 6·N_a by construction).</summary>
    FlopsRatio,

    /// <summary>Loss vs y = N/N_a: <c>a/(y − 1) + b/(y_max − y) + c</c>, 1 &lt; y &lt; y_max = (N_e+1)/(K+1).</summary>
    SparsityRatio,

    /// <summary>Loss vs hidden size d: <c>a·d² + b·d + c</c>.</summary>
    Quadratic,
}

/// <summary>The lowest point of a per-scale curve.</summary>
public sealed record CurveMinimum(double X, double Loss);

/// <summary>The near-optimal band <c>{x : f(x) ≤ (1+ε)·min f}</c>, an interval because every form is unimodal.</summary>
public sealed record NearOptimalBand(double Epsilon, double Lower, double Upper, CurveMinimum Minimum);

/// <summary>
/// One of seed 001's per-scale curve forms with fitted coefficients (a, b, c). All three are linear in
/// (a, b, c), so <see cref="Fit"/> is ordinary least squares; the minimiser is closed-form and the band
/// edges are found by bisection on each side of it. The paper's band uses ε = 0.001.
/// </summary>
/// <param name="Wall">y_max for <see cref="PerScaleCurveKind.SparsityRatio"/>; ignored otherwise.</param>
public sealed record PerScaleCurve(PerScaleCurveKind Kind, double A, double B, double C, double Wall = double.NaN)
{
    /// <summary>The offset of the M/N_a pole: M ≥ 6·N_a always, since 6·N_a is the non-attention FLOPs.</summary>
    public const double FlopsRatioPole = 6.0;

    /// <summary>Seed 001's near-optimal tolerance: loss within 0.1% of the minimum.</summary>
    public const double Seed001BandEpsilon = 0.001;

    /// <summary>y_max = (N_e + 1)/(K + 1) for a backbone with N_e routed experts and top-K routing (1 shared expert).</summary>
    public static double SparsityWall(int routedExperts, int activeExperts) => (routedExperts + 1.0) / (activeExperts + 1.0);

    public double Evaluate(double x) => Kind switch
    {
        PerScaleCurveKind.FlopsRatio => A / (x - FlopsRatioPole) + B * x + C,
        PerScaleCurveKind.SparsityRatio => A / (x - 1) + B / (Wall - x) + C,
        _ => A * x * x + B * x + C,
    };

    /// <summary>Open interval where the form is defined.</summary>
    public (double Lower, double Upper) Domain => Kind switch
    {
        PerScaleCurveKind.FlopsRatio => (FlopsRatioPole, double.PositiveInfinity),
        PerScaleCurveKind.SparsityRatio => (1.0, Wall),
        _ => (double.NegativeInfinity, double.PositiveInfinity),
    };

    /// <summary>
    /// The interior minimiser: x* = 6 + √(a/b); y* = (y_max + r)/(1 + r) with r = √(b/a); d* = −b/(2a).
    /// Needs a, b &gt; 0 for the two pole forms and a &gt; 0 for the quadratic, else there is no interior minimum.
    /// </summary>
    public CurveMinimum Minimum() => TryMinimum() ?? throw new InvalidInputException(
        $"the {Kind} curve (a={A}, b={B}, c={C}) has no interior minimum; it needs {ConvexityCondition}", field: "curve");

    /// <summary>The interior minimum, or null when the coefficients have none (a bootstrap resample may lose it).</summary>
    public CurveMinimum? TryMinimum()
    {
        double x;
        switch (Kind)
        {
            case PerScaleCurveKind.FlopsRatio:
                if (!(A > 0 && B > 0)) return null;
                x = FlopsRatioPole + Math.Sqrt(A / B);
                break;
            case PerScaleCurveKind.SparsityRatio:
                if (!(A > 0 && B > 0 && Wall > 1)) return null;
                var r = Math.Sqrt(B / A);
                x = (Wall + r) / (1 + r);
                break;
            default:
                if (!(A > 0)) return null;
                x = -B / (2 * A);
                break;
        }
        return new CurveMinimum(x, Evaluate(x));
    }

    /// <summary>f''(x): 2a/(x−6)³; 2a/(y−1)³ + 2b/(y_max−y)³; 2a. How sharply loss rises away from an optimum.</summary>
    public double Curvature(double x) => Kind switch
    {
        PerScaleCurveKind.FlopsRatio => 2 * A / Math.Pow(x - FlopsRatioPole, 3),
        PerScaleCurveKind.SparsityRatio => 2 * A / Math.Pow(x - 1, 3) + 2 * B / Math.Pow(Wall - x, 3),
        _ => 2 * A,
    };

    private string ConvexityCondition => Kind switch
    {
        PerScaleCurveKind.FlopsRatio => "a > 0 and b > 0",
        PerScaleCurveKind.SparsityRatio => "a > 0, b > 0 and y_max > 1",
        _ => "a > 0",
    };

    /// <summary>The band of x whose loss is within (1+ε) of the minimum (loss must be positive at the minimum).</summary>
    public NearOptimalBand Band(double epsilon = Seed001BandEpsilon)
    {
        Preconditions.Positive(epsilon, "epsilon");
        var min = Minimum();
        if (min.Loss <= 0)
            throw new InvalidInputException($"the curve's minimum loss is {min.Loss}; a relative band needs a positive minimum", field: "curve");
        var target = (1 + epsilon) * min.Loss;
        var (lo, hi) = Domain;
        var lower = Crossing(min.X, lo, target, towardsLower: true);
        var upper = Crossing(min.X, hi, target, towardsLower: false);
        return new NearOptimalBand(epsilon, lower, upper, min);
    }

    /// <summary>The functions a and b multiply (c multiplies 1): the form is linear in its coefficients.</summary>
    public static Func<double, double>[] Basis(PerScaleCurveKind kind, double wall = double.NaN) => kind switch
    {
        PerScaleCurveKind.FlopsRatio => [x => 1 / (x - FlopsRatioPole), x => x],
        PerScaleCurveKind.SparsityRatio => [x => 1 / (x - 1), x => 1 / (wall - x)],
        _ => [x => x * x, x => x],
    };

    /// <summary>Least-squares fit of the form's (a, b, c) to (x, loss) points at one scale.</summary>
    public static PerScaleCurve Fit(PerScaleCurveKind kind, IReadOnlyList<double> xs, IReadOnlyList<double> losses, double wall = double.NaN)
    {
        if (xs.Count != losses.Count) throw new InvalidInputException("x and loss lists differ in length", field: "points");
        if (xs.Count < 3) throw new InvalidInputException($"a per-scale curve has 3 coefficients; got {xs.Count} points", field: "points");
        Func<double, double>[] basis = [.. Basis(kind, wall), _ => 1.0];
        var probe = new PerScaleCurve(kind, 0, 0, 0, wall);
        var (lo, hi) = probe.Domain;
        for (var i = 0; i < xs.Count; i++)
            if (!(xs[i] > lo && xs[i] < hi))
                throw new InvalidInputException($"x = {xs[i]} is outside the form's domain ({lo}, {hi})", field: "x", row: i + 1);
        var p = MathNet.Numerics.Fit.LinearCombination(xs.ToArray(), losses.ToArray(), basis);
        return new PerScaleCurve(kind, p[0], p[1], p[2], wall);
    }

    private double Crossing(double inside, double edge, double target, bool towardsLower)
    {
        // Find an outside point where f > target; the poles and the quadratic's arms guarantee one exists.
        double outside;
        if (double.IsInfinity(edge))
        {
            var step = Math.Max(1.0, Math.Abs(inside));
            outside = towardsLower ? inside - step : inside + step;
            for (var i = 0; i < 200 && Evaluate(outside) <= target; i++)
            {
                step *= 2;
                outside = towardsLower ? inside - step : inside + step;
            }
        }
        else
        {
            outside = edge;
            // Step towards the pole geometrically so f(outside) is finite and large.
            var gap = Math.Abs(inside - edge);
            for (var i = 0; i < 200; i++)
            {
                gap /= 2;
                var candidate = towardsLower ? edge + gap : edge - gap;
                if (Evaluate(candidate) > target) { outside = candidate; break; }
            }
        }
        double a = inside, b = outside;
        for (var i = 0; i < 200 && Math.Abs(b - a) > 1e-12 * Math.Max(1, Math.Abs(a)); i++)
        {
            var mid = 0.5 * (a + b);
            if (Evaluate(mid) <= target) a = mid; else b = mid;
        }
        return 0.5 * (a + b);
    }
}
