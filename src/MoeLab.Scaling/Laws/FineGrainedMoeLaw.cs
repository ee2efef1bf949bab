namespace MoeLab.Scaling.Laws;

/// <summary>
/// Krajewski et al. 2024 ("Scaling Laws for Fine-Grained Mixture of Experts", arXiv 2402.07871) law, its eq. 9:
/// <c>L(N, D, G) = c + (g/G^γ + a)/N^α + b/D^β</c>. Its variables as the paper defines them:
/// <list type="bullet">
/// <item>N the TOTAL number of non-embedding parameters (§5), router excluded; with d = 64·n_blocks (§6.1)
/// N = d²·(8E + 4)·n_blocks, while the active parameters are 12·d²·n_blocks (attention 4d², one dense-sized FFN 8d²).</item>
/// <item>G = d_ff/d_expert, the granularity (§4; G = 1: experts as wide as the dense FFN, d_ff = 4·d_model).</item>
/// <item>E = N_MoE/N_ff, the expansion rate (§4), held at <see cref="ExpansionRate"/> = 64 in every fitted run (§5):
/// the law has no E term, so it describes E = 64 MoEs only.</item>
/// </list>
/// Its FLOPs convention (eq. 10), embeddings excluded as in Hoffmann et al.:
/// <c>F = (12·d²·c_f + d·E·G·c_r)·D·n_blocks</c>, with c_f = 6 FLOPs per active parameter and c_r = 14 in the router
/// (its App. E, not reachable from here; c_r = 14 reproduces every row of its Table 2, whose F/D imply c_r = 13.2–14.3
/// after the printed rounding). At a fixed G the law is a Chinchilla law in N, but the FLOPs are not 6·N·D, so the
/// optimum is found numerically, as the paper does (§6.2, Brent's method).
/// </summary>
public sealed record FineGrainedMoeLaw(double C, double G, double Gamma, double A, double Alpha, double B, double Beta)
    : IComputeOptimalLaw
{
    public const string Form = "krajewski2024";

    /// <summary>FLOPs per active parameter per token outside the router, c_f (eq. 10).</summary>
    public const double DenseFlopsPerParam = 6.0;

    /// <summary>FLOPs per router parameter per token, c_r (eq. 10).</summary>
    public const double RouterFlopsPerParam = 14.0;

    /// <summary>d_model / n_blocks, the paper's depth-to-width assumption (§6.1).</summary>
    public const double WidthPerBlock = 64.0;

    /// <summary>The granularities the compute optimum searches: powers of two, as every G of the paper's Table 2 is.</summary>
    public static readonly IReadOnlyList<double> PowerOfTwoGranularities = [.. Enumerable.Range(0, 11).Select(k => Math.Pow(2, k))];

    /// <summary>E, the expansion rate the coefficients were fitted at (§5: E = 64 throughout).</summary>
    public double ExpansionRate { get; init; } = 64;

    public string FormName => Form;

    public IReadOnlyList<KeyValuePair<string, double>> Parameters =>
    [
        new("c", C), new("g", G), new("gamma", Gamma), new("a", A), new("alpha", Alpha), new("b", B), new("beta", Beta),
    ];

    public string ComputeConvention =>
        $"C = (12·d²·6 + d·E·G·14)·n_blocks·D, d = 64·n_blocks, N = d²·(8E+4)·n_blocks non-embedding, E = {ExpansionRate:0.##} (Krajewski et al. 2024 eq. 10, §6.1)";

    public double Loss(LawInput input) =>
        AtGranularity(input.Granularity).Loss(input.ParamsN, input.TokensD);

    /// <summary>The Chinchilla law this form reduces to at granularity <paramref name="granularity"/> (N still total non-embedding).</summary>
    public ChinchillaLaw AtGranularity(double granularity) =>
        new(C, G / Math.Pow(granularity, Gamma) + A, B, Alpha, Beta);

    /// <summary>d_model of the paper's model family with <paramref name="totalParams"/> non-embedding parameters: N = d³·(8E+4)/64.</summary>
    public double ModelWidth(double totalParams) => Math.Cbrt(WidthPerBlock * totalParams / (8 * ExpansionRate + 4));

    /// <summary>Active non-embedding parameters, 12·d²·n_blocks = 12·N/(8E+4), routing excluded (§4's N_act).</summary>
    public double ActiveParams(double totalParams) => 12 * totalParams / (8 * ExpansionRate + 4);

    /// <summary>Eq. 10 per token. <paramref name="experts"/> is ignored: the law's E is <see cref="ExpansionRate"/>.</summary>
    public double TrainingFlopsPerToken(double paramsN, double experts = 1, double granularity = 1)
    {
        var d = ModelWidth(paramsN);
        var blocks = d / WidthPerBlock;
        return (12 * d * d * DenseFlopsPerParam + d * ExpansionRate * granularity * RouterFlopsPerParam) * blocks;
    }

    /// <summary>The optimum at a fixed granularity (<paramref name="experts"/> ignored, as above); N is total non-embedding.</summary>
    public ComputeAllocation OptimalAllocation(double computeFlops, double experts = 1, double granularity = 1) =>
        NumericComputeOptimum.Find(this, computeFlops, ExpansionRate, granularity);

    /// <summary>
    /// The paper's compute-optimal (N, D, G) (§6.2): the best fixed-G optimum over <paramref name="granularities"/>
    /// (default powers of two, 1…1024).
    /// </summary>
    public FineGrainedOptimum OptimalConfiguration(double computeFlops, IReadOnlyList<double>? granularities = null)
    {
        var best = (granularities ?? PowerOfTwoGranularities)
            .Select(g => (G: g, Allocation: OptimalAllocation(computeFlops, granularity: g)))
            .MinBy(o => o.Allocation.Loss);
        var n = best.Allocation.ParamsN;
        return new FineGrainedOptimum(best.Allocation, best.G, ActiveParams(n), ModelWidth(n));
    }
}

/// <summary>Krajewski et al.'s compute optimum: the allocation (N total non-embedding, D), its granularity and model shape.</summary>
/// <param name="Allocation">N_opt (total non-embedding), D_opt and the predicted loss at the budget.</param>
/// <param name="Granularity">G_opt.</param>
/// <param name="ActiveParams">N_act = 12·d²·n_blocks, the "100M" of the paper's "64 × 100M".</param>
/// <param name="ModelWidth">d_model (n_blocks = d_model/64).</param>
public sealed record FineGrainedOptimum(ComputeAllocation Allocation, double Granularity, double ActiveParams, double ModelWidth);
