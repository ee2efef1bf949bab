namespace MoeLab.Core.Seed001;

/// <summary>
/// Seed 001's inverse: given the triad (M, N_a, N) in the paper's convention and a hidden size d, the fixed
/// backbone determines the whole shape (DESIGN.md). L does not depend on d, nor does X = 3·d·d_m·L_m; d only
/// trades attention and dense-layer parameters against each other, which bounds it:
/// L_d ≥ 0 gives d ≤ R/(P·L) and L_m ≥ 1 gives 3m(L−1)·d² + P·L·d − R ≥ 0, where P = 2·d_qkv·(N_q + N_kv),
/// R = N_a − (K + shared)·X and m = d_d/d.
/// </summary>
public static class Seed001ShapeSolver
{
    public static Seed001Shape Solve(ConstraintTriad triad, double hiddenSize, Seed001Backbone backbone)
    {
        var (layers, x, r, perD) = Invariants(triad, backbone);
        var interval = Interval(layers, r, perD, backbone);
        var d = hiddenSize;
        var (_, dense, moe, expertWidth) = Values(layers, x, r, perD, d, backbone);

        var reason =
            backbone.RoutedExperts <= backbone.TopK
                ? $"N_e = K = {backbone.TopK} (the dense limit): every expert is active, so N = N_a and the triad does not determine the expert width; fix d_m or L_d instead"
            : !(d > 0) ? "d must be positive"
            : !(layers >= 1) ? $"L = (M − 6·N_a)/(6·S·N_q·d_qkv) = {layers:G6} < 1: M leaves no room for attention"
            : !(x >= 0) ? "N < N_a: total parameters below active parameters"
            : dense < -1e-9 ? $"L_d = {dense:G6} < 0: d = {d:G6} is above the feasible maximum {interval.Max:G6}"
            : moe < 1 - 1e-9 ? $"L_m = {moe:G6} < 1: d = {d:G6} is below the feasible minimum {interval.Min:G6}"
            : "feasible";
        return new Seed001Shape(d, layers, dense, moe, expertWidth, interval, reason == "feasible", reason);
    }

    /// <summary>
    /// The same real-valued L, L_d, L_m and d_m as <see cref="Solve"/>, without the feasible interval or the
    /// reason: a value type and no string, so a search that solves millions of (triad, d) pairs allocates
    /// nothing. Feasibility is the caller's to judge from the values (L ≥ 1, L_d ≥ 0, L_m ≥ 1).
    /// </summary>
    public static Seed001ShapeValues SolveValues(ConstraintTriad triad, double hiddenSize, Seed001Backbone backbone)
    {
        var (layers, x, r, perD) = Invariants(triad, backbone);
        return Values(layers, x, r, perD, hiddenSize, backbone);
    }

    private static Seed001ShapeValues Values(double layers, double x, double r, double perD, double d, Seed001Backbone backbone)
    {
        var dense = (r - perD * d * layers) / (3.0 * backbone.DenseWidthMultiplier * d * d);
        var moe = layers - dense;
        return new Seed001ShapeValues(layers, dense, moe, x / (3.0 * d * moe));
    }

    /// <summary>The d for which the shape is feasible (L_d ≥ 0, L_m ≥ 1); empty when none is.</summary>
    public static HiddenSizeInterval FeasibleHiddenSize(ConstraintTriad triad, Seed001Backbone backbone)
    {
        var (layers, _, r, perD) = Invariants(triad, backbone);
        return Interval(layers, r, perD, backbone);
    }

    /// <summary>
    /// The one d at which the triad is met with exactly <paramref name="denseLayers"/> dense layers: the root of
    /// 3m·L_d·d² + P·L·d − R = 0 (d = R/(P·L) when L_d = 0). A whole L_d is what a buildable model needs, so these
    /// widths (one per L_d = 0 … L − 1) are where the triad is realised without rounding L_d; NaN when none exists.
    /// </summary>
    public static double HiddenSizeForDenseLayers(ConstraintTriad triad, int denseLayers, Seed001Backbone backbone)
    {
        var (layers, _, r, perD) = Invariants(triad, backbone);
        if (denseLayers < 0 || !(r > 0) || !(layers >= 1) || denseLayers > layers - 1 + 1e-9) return double.NaN;
        var a = 3.0 * backbone.DenseWidthMultiplier * denseLayers;
        var b = perD * layers;
        return denseLayers == 0 ? r / b : (-b + Math.Sqrt(b * b + 4.0 * a * r)) / (2.0 * a);
    }

    private static (double Layers, double X, double R, double PerD) Invariants(ConstraintTriad triad, Seed001Backbone b)
    {
        double m = triad.FlopsPerToken, na = triad.ActiveParams, n = triad.TotalParams;
        var layers = (m - 6.0 * na) / (6.0 * b.ContextLength * b.QueryHeads * b.HeadDim);
        var x = (n - na) / (b.RoutedExperts - b.TopK);
        var r = na - b.ActiveExpertsPerMoeLayer * x;
        var perD = 2.0 * b.HeadDim * (b.QueryHeads + b.KvHeads);
        return (layers, x, r, perD);
    }

    private static HiddenSizeInterval Interval(double layers, double r, double perD, Seed001Backbone b)
    {
        if (!(layers >= 1) || !(r > 0)) return new HiddenSizeInterval(double.NaN, double.NaN);
        var max = r / (perD * layers);
        if (layers - 1 < 1e-12) return new HiddenSizeInterval(max, max); // a single layer must be MoE: L_d = 0 exactly
        var a = 3.0 * b.DenseWidthMultiplier * (layers - 1);
        var bq = perD * layers;
        var min = (-bq + Math.Sqrt(bq * bq + 4.0 * a * r)) / (2.0 * a);
        return new HiddenSizeInterval(min, max);
    }
}
