using MoeLab.Scaling.Laws;

namespace MoeLab.Scaling.Planning;

/// <summary>Phase 0 from seed 001's own allocation law: D_opt = k·C^p, M_opt = C / D_opt (the default).</summary>
public sealed record Seed001ComputeSplit(Seed001ComputeLaw Law, string Source = "seed 001") : IComputeSplit
{
    public string Name => $"{Source} law D_opt = {Law.TokensCoefficient:0.####}·C^{Law.TokensExponent:0.####}, M_opt = C/D_opt";

    public double TokensFor(double computeFlops) => Law.OptimalTokens(computeFlops);
}

/// <summary>
/// Phase 0 from any loss law (e.g. one fitted by <c>moelab fit</c>): its compute-optimal D under the law's own FLOPs
/// convention (<see cref="IComputeOptimalLaw.ComputeConvention"/>: 6·N·D for the Chinchilla forms and Ludziejewski,
/// eq. 10 with routing for Krajewski, whose granularity is optimised too), then M_opt = C / D_opt. The law's N
/// convention need not match seed 001's triad; only its token budget is used. <paramref name="Experts"/> is the
/// expert count the law reads (Ludziejewski's E: total over active FFN parameters); laws without E ignore it.
/// </summary>
public sealed record LawComputeSplit(IScalingLaw Law, string Source, double Experts = 1) : IComputeSplit
{
    public string Name => $"D_opt of the {Law.FormName} law ({Source}) under {Convention}, M_opt = C/D_opt";

    private string Convention => Law is IComputeOptimalLaw own ? own.ComputeConvention : "C = 6·N·D";

    public double TokensFor(double computeFlops) => Law switch
    {
        FineGrainedMoeLaw krajewski => krajewski.OptimalConfiguration(computeFlops).Allocation.TokensD,
        IComputeOptimalLaw own => own.OptimalAllocation(computeFlops, Experts).TokensD,
        _ => NumericComputeOptimum.Find(Law, computeFlops, Experts).TokensD,
    };
}
