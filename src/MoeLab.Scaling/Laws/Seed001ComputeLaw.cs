namespace MoeLab.Scaling.Laws;

/// <summary>
/// Seed 001 (Wan et al., arXiv 2603.21862) compute-allocation power laws, with M the training FLOPs per token:
/// <c>D_opt = k·C^p</c> and <c>M_opt = C / D_opt</c> (so M_opt = C^(1−p)/k). The paper's fit is
/// k = 22.8929, p = 0.4563 (its Table 2: 1e18 FLOPs → 3.7420 B tokens, 0.2672 GFLOPs/token).
/// It allocates compute only; it predicts no loss.
/// </summary>
public sealed record Seed001ComputeLaw(double TokensCoefficient, double TokensExponent)
{
    public const string Form = "seed001-compute";

    /// <summary>Seed 001's FLOPs count: C = M·D with M the training FLOPs per token (its App.; the main text prints 6·N_a·L).</summary>
    public const string ComputeConvention = "C = M·D, M = 6·N_a + 6·S·N_q·d_qkv·L FLOPs per token (seed 001, non-embedding)";

    public IReadOnlyList<KeyValuePair<string, double>> Parameters => [new("k", TokensCoefficient), new("p", TokensExponent)];

    /// <summary>D_opt(C), training tokens.</summary>
    public double OptimalTokens(double computeFlops) => TokensCoefficient * Math.Pow(computeFlops, TokensExponent);

    /// <summary>M_opt(C) = C / D_opt(C), training FLOPs per token.</summary>
    public double OptimalFlopsPerToken(double computeFlops) => computeFlops / OptimalTokens(computeFlops);
}
