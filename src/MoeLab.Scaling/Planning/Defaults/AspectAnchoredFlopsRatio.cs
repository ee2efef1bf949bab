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

        // More attention share means more layers for the same M: d/L falls as x grows; bisect on ln(x − 6).
        double a = Math.Log(0.001), b = Math.Log(34);
        if (Aspect(6 + Math.Exp(a)) is not { } high || Aspect(6 + Math.Exp(b)) is not { } low || high < aspect || low > aspect)
            return null;
        for (var i = 0; i < 60; i++)
        {
            var mid = (a + b) / 2;
            if (Aspect(6 + Math.Exp(mid)) is not { } m) return null;
            if (m > aspect) a = mid; else b = mid;
        }
        return 6 + Math.Exp((a + b) / 2);
    }
}
