namespace MoeLab.Scaling.Laws;

/// <summary>
/// Hoffmann et al. 2022 ("Chinchilla") parametric law <c>L(N, D) = E + A/N^α + B/D^β</c>.
/// Under C = 6·N·D the optimum is closed-form (Hoffmann eq. 4):
/// <c>N_opt = G·(C/6)^a</c>, <c>D_opt = G⁻¹·(C/6)^b</c>, with <c>a = β/(α+β)</c>, <c>b = α/(α+β)</c> and
/// <c>G = (α·A / (β·B))^(1/(α+β))</c>. N counts all parameters with embeddings, as Hoffmann et al. do (their §2 and
/// App. F count embeddings in parameters and FLOPs), and C = 6·N·D is their FLOPs approximation (§3.3; App. F shows
/// it against their exact count). Laws refitted in this form (Besiroglu et al. 2024) keep both.
/// </summary>
public sealed record ChinchillaLaw(double E, double A, double B, double Alpha, double Beta) : IComputeOptimalLaw
{
    public const string Form = "chinchilla";

    public string FormName => Form;

    public IReadOnlyList<KeyValuePair<string, double>> Parameters =>
    [
        new("E", E), new("A", A), new("B", B), new("alpha", Alpha), new("beta", Beta),
    ];

    /// <summary>Exponent of N_opt in C: a = β/(α+β).</summary>
    public double ParamsExponent => Beta / (Alpha + Beta);

    /// <summary>Exponent of D_opt in C: b = α/(α+β).</summary>
    public double TokensExponent => Alpha / (Alpha + Beta);

    public string ComputeConvention => "C = 6·N·D, N with embeddings (Hoffmann et al. 2022 §3.3, eq. 4)";

    public double TrainingFlopsPerToken(double paramsN, double experts = 1, double granularity = 1) =>
        TrainingCompute.FlopsPerParamToken * paramsN;

    public double Loss(LawInput input) => Loss(input.ParamsN, input.TokensD);

    public double Loss(double paramsN, double tokensD) =>
        E + A / Math.Pow(paramsN, Alpha) + B / Math.Pow(tokensD, Beta);

    public ComputeAllocation OptimalAllocation(double computeFlops, double experts = 1, double granularity = 1)
    {
        var g = Math.Pow(Alpha * A / (Beta * B), 1.0 / (Alpha + Beta));
        var perSix = computeFlops / TrainingCompute.FlopsPerParamToken;
        var n = g * Math.Pow(perSix, ParamsExponent);
        var d = Math.Pow(perSix, TokensExponent) / g;
        return new ComputeAllocation(computeFlops, n, d, Loss(n, d));
    }
}
