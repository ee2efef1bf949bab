namespace MoeLab.Scaling.Laws;

/// <summary>
/// Ludziejewski et al. 2025 ("Joint MoE Scaling Laws: Mixture of Experts Can Be Memory Efficient",
/// arXiv 2502.05172) joint dense/MoE law
/// <c>L(N_act, D, Ê) = a·Ê^δ·N_act^(α + γ·ln Ê) + b·Ê^ω·D^(β + ζ·ln Ê) + c</c>, with Ê Clark's saturating
/// expert count (<see cref="ClarkExpertSaturation"/>). In this form the exponents α, β are negative (the
/// paper writes N^α, not 1/N^α). Its variables as the paper defines them (App. A.1, eqs. 9–10): N_act the active
/// parameters INCLUDING embedding and unembedding, N_act = 2·d·V + 13·n_blocks·d²; E the number of experts, each as
/// wide as the dense FFN (granularity 1) with top-1 routing, so E = total over active FFN parameters. Its FLOPs
/// convention (App. A.2, after Sardana et al. 2024): C = 6·N_act·D, routing neglected (E ≤ 32, granularity 1).
/// At a fixed E the law is a Chinchilla law in (N_act, D), so the optimum is the closed form of its eq. 7.
/// </summary>
public sealed record JointMoeLaw(
    double A, double Alpha, double Delta, double Gamma,
    double B, double Beta, double Omega, double Zeta,
    double C, ClarkExpertSaturation Saturation) : IComputeOptimalLaw
{
    public const string Form = "ludziejewski2025";

    public string FormName => Form;

    public IReadOnlyList<KeyValuePair<string, double>> Parameters =>
    [
        new("a", A), new("alpha", Alpha), new("delta", Delta), new("gamma", Gamma),
        new("b", B), new("beta", Beta), new("omega", Omega), new("zeta", Zeta), new("c", C),
        new("E_start", Saturation.ExpertsStart), new("E_max", Saturation.ExpertsMax),
    ];

    public string ComputeConvention => "C = 6·N_act·D, N_act with embeddings, routing neglected (Ludziejewski et al. 2025 App. A.2)";

    public double TrainingFlopsPerToken(double paramsN, double experts = 1, double granularity = 1) =>
        TrainingCompute.FlopsPerParamToken * paramsN;

    public double Loss(LawInput input) => AtExperts(input.Experts).Loss(input.ParamsN, input.TokensD);

    /// <summary>The Chinchilla law (N = active params) this form reduces to with <paramref name="experts"/> experts.</summary>
    public ChinchillaLaw AtExperts(double experts)
    {
        var eHat = Saturation.Transform(experts);
        var lnE = Math.Log(eHat);
        return new ChinchillaLaw(
            E: C,
            A: A * Math.Pow(eHat, Delta),
            B: B * Math.Pow(eHat, Omega),
            Alpha: -(Alpha + Gamma * lnE),
            Beta: -(Beta + Zeta * lnE));
    }

    public ComputeAllocation OptimalAllocation(double computeFlops, double experts = 1, double granularity = 1) =>
        AtExperts(experts).OptimalAllocation(computeFlops);
}
