namespace MoeLab.Scaling.Laws;

/// <summary>
/// Krajewski et al. 2024 ("Scaling Laws for Fine-Grained Mixture of Experts", arXiv 2402.07871) law
/// <c>L(N, D, G) = c + (g/G^γ + a)/N^α + b/D^β</c>, G the expert granularity (G = 1: experts as wide as the
/// dense FFN). At a fixed G it is a Chinchilla law with <c>A = g/G^γ + a</c> and <c>E = c</c>, so the compute
/// optimum under C = 6·N·D is the Chinchilla closed form (the paper's own FLOPs count adds a router term
/// that this allocation leaves out; N is the parameter count as the paper defines it).
/// </summary>
public sealed record FineGrainedMoeLaw(double C, double G, double Gamma, double A, double Alpha, double B, double Beta)
    : IComputeOptimalLaw
{
    public const string Form = "krajewski2024";

    public string FormName => Form;

    public IReadOnlyList<KeyValuePair<string, double>> Parameters =>
    [
        new("c", C), new("g", G), new("gamma", Gamma), new("a", A), new("alpha", Alpha), new("b", B), new("beta", Beta),
    ];

    public double Loss(LawInput input) =>
        AtGranularity(input.Granularity).Loss(input.ParamsN, input.TokensD);

    /// <summary>The Chinchilla law this form reduces to at granularity <paramref name="granularity"/>.</summary>
    public ChinchillaLaw AtGranularity(double granularity) =>
        new(C, G / Math.Pow(granularity, Gamma) + A, B, Alpha, Beta);

    public ComputeAllocation OptimalAllocation(double computeFlops, double experts = 1, double granularity = 1) =>
        AtGranularity(granularity).OptimalAllocation(computeFlops);
}
