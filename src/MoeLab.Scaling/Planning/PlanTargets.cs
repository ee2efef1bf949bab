using MoeLab.Core.Seed001;

namespace MoeLab.Scaling.Planning;

/// <summary>Targets of the Phase-1 rectangle as triads.</summary>
public static class PlanTargets
{
    /// <summary>
    /// The triad with ratios x = M/N_a and y = N/N_a at FLOPs per token M (parameter counts rounded to whole
    /// parameters; the solver's algebra is insensitive to that at any realistic size).
    /// </summary>
    public static ConstraintTriad FromRatios(double flopsPerToken, double flopsPerActiveParam, double totalPerActiveParam)
    {
        var active = flopsPerToken / flopsPerActiveParam;
        return new ConstraintTriad(flopsPerToken, (long)Math.Round(active), (long)Math.Round(active * totalPerActiveParam));
    }
}
