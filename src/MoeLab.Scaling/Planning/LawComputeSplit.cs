using MoeLab.Scaling.Laws;

namespace MoeLab.Scaling.Planning;

/// <summary>Phase 0 from seed 001's own allocation law: D_opt = k·C^p, M_opt = C / D_opt (the default).</summary>
public sealed record Seed001ComputeSplit(Seed001ComputeLaw Law, string Source = "seed 001") : IComputeSplit
{
    public string Name => $"{Source} law D_opt = {Law.TokensCoefficient:0.####}·C^{Law.TokensExponent:0.####}, M_opt = C/D_opt";

    public double TokensFor(double computeFlops) => Law.OptimalTokens(computeFlops);
}

/// <summary>
/// Phase 0 from any loss law (e.g. one fitted by <c>moelab fit</c>): its compute-optimal D under C = 6·N·D, then
/// M_opt = C / D_opt. The law's N convention need not match seed 001's triad; only its token budget is used.
/// </summary>
public sealed record LawComputeSplit(IScalingLaw Law, string Source) : IComputeSplit
{
    public string Name => $"D_opt of the {Law.FormName} law ({Source}) under C = 6·N·D, M_opt = C/D_opt";

    public double TokensFor(double computeFlops) =>
        (Law is IComputeOptimalLaw closed ? closed.OptimalAllocation(computeFlops) : NumericComputeOptimum.Find(Law, computeFlops)).TokensD;
}
