using MoeLab.Core.Seed001;

namespace MoeLab.Scaling.Planning.Defaults;

/// <summary>
/// The default M/N_a when nothing can rank it (a loss law has no attention-share term; no runs; none given).
/// Seed 001 reports the optimum falling with C (its Fig. 5b) but prints no coefficients, and gives one
/// configuration: 3e20, M/N_a ≈ 8.2, d/L = 1928/16 = 120.5. This rule holds that configuration's aspect: the
/// M/N_a at which the continuous shape with its width ratio at the band's centre has d/L = 120.5. At 3e20 that
/// lands near the paper's 8.2 (the anchor), and it falls with C as the paper says; it is a rule of thumb, not a fit.
/// </summary>
public static class AspectAnchoredFlopsRatio
{
    /// <summary>d/L of seed 001's Table 21 configuration (d = 1928, L = 16).</summary>
    public const double PaperAspect = 1928.0 / 16.0;

    /// <summary>The M/N_a for budget M at expansion y, or null when no M/N_a in (6.001, 40) reaches the aspect.</summary>
    public static double? Solve(Seed001Backbone backbone, double flopsPerToken, double totalPerActive, double widthRatio, double aspect = PaperAspect)
    {
        double? Aspect(double x)
        {
            var target = PlanTargets.FromRatios(flopsPerToken, x, totalPerActive);
            var interval = Seed001ShapeSolver.FeasibleHiddenSize(target, backbone);
            if (interval.IsEmpty) return null;
            // (K+1)·d_m/d falls as d grows (X = 3·d·d_m·L_m is fixed and L_m grows with d), so bisect d for the ratio.
            double lo = interval.Min, hi = interval.Max;
            double Ratio(double d) => backbone.ActiveExpertsPerMoeLayer * Seed001ShapeSolver.SolveValues(target, d, backbone).ExpertWidth / d;
            if (Ratio(lo) < widthRatio || Ratio(hi) > widthRatio) return null;
            for (var i = 0; i < 60; i++)
            {
                var mid = (lo + hi) / 2;
                if (Ratio(mid) > widthRatio) lo = mid; else hi = mid;
            }
            var d = (lo + hi) / 2;
            var layers = Seed001ShapeSolver.SolveValues(target, d, backbone).Layers;
            return d / layers;
        }

        // More attention share means more layers for the same M, so d/L falls as x grows; the shape exists only on
        // part of the x range, so scan ln(x − 6) for the first bracket around the aspect, then bisect inside it.
        const int steps = 96;
        double lnLo = Math.Log(0.01), lnHi = Math.Log(34);
        double? a = null, b = null;
        double? previous = null, previousLn = null;
        for (var i = 0; i <= steps && a is null; i++)
        {
            var ln = lnLo + (lnHi - lnLo) * i / steps;
            var value = Aspect(6 + Math.Exp(ln));
            if (value is { } v && previous is { } p && p >= aspect && v <= aspect) (a, b) = (previousLn, ln);
            (previous, previousLn) = (value, ln);
        }
        if (a is not { } lo || b is not { } hi) return null;
        for (var i = 0; i < 50; i++)
        {
            var mid = (lo + hi) / 2;
            if (Aspect(6 + Math.Exp(mid)) is not { } m) break;
            if (m > aspect) lo = mid; else hi = mid;
        }
        return 6 + Math.Exp((lo + hi) / 2);
    }
}
