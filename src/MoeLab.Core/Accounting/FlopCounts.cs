namespace MoeLab.Core.Accounting;

/// <summary>
/// FLOPs per token. A weight used once per token costs 2 FLOPs (multiply + add); the input embedding is a
/// lookup (0 FLOPs); norms and elementwise work are not counted. The LM head costs 2·V·d even when tied.
/// The attention-score term (QKᵀ and attention·V) at context S costs 2·N_q·(d_qk + d_v)·S per layer for a
/// token that sees all S positions; the causal version averages over positions (S/2, or W − W²/2S for a
/// sliding window W &lt; S). Training = 3 × forward (backward ≈ 2 × forward). MTP modules are reported apart.
/// </summary>
/// <param name="MatmulFlopsPerToken">2 × the weights a token multiplies by (main model, LM head included).</param>
/// <param name="AttentionScoreFlopsPerToken">Score term summed over layers, every token seeing all S positions (no causal halving).</param>
/// <param name="AttentionScoreFlopsPerTokenCausal">Score term averaged over positions of a causal sequence of length S.</param>
/// <param name="MtpForwardFlopsPerToken">Forward FLOPs of all MTP modules per token (matmuls + causal scores).</param>
/// <param name="AttentionBlock">One full-attention block (q/k/v/o and the causal score term at S).</param>
/// <param name="DenseFfnBlock">One dense FFN.</param>
/// <param name="MoeFfnBlock">One MoE FFN: routed experts (K active), shared experts and router.</param>
/// <param name="DenseLayer">One dense layer (attention + dense FFN + norms).</param>
/// <param name="MoeLayer">One MoE layer (attention + MoE FFN + norms).</param>
/// <param name="LmHead">The output projection.</param>
public readonly record struct FlopCounts(
    double MatmulFlopsPerToken,
    double AttentionScoreFlopsPerToken,
    double AttentionScoreFlopsPerTokenCausal,
    double MtpForwardFlopsPerToken,
    LayerTypeCost AttentionBlock,
    LayerTypeCost DenseFfnBlock,
    LayerTypeCost MoeFfnBlock,
    LayerTypeCost DenseLayer,
    LayerTypeCost MoeLayer,
    LayerTypeCost LmHead)
{
    /// <summary>Forward FLOPs per token with causal attention at context S (the usual training/prefill figure).</summary>
    public double ForwardFlopsPerToken => MatmulFlopsPerToken + AttentionScoreFlopsPerTokenCausal;

    /// <summary>Forward FLOPs per token when every token sees all S positions (decode at context S).</summary>
    public double ForwardFlopsPerTokenNoCausalHalving => MatmulFlopsPerToken + AttentionScoreFlopsPerToken;

    /// <summary>Training FLOPs per token = 3 × forward (causal), main model only.</summary>
    public double TrainingFlopsPerToken => 3.0 * ForwardFlopsPerToken;

    /// <summary>Training FLOPs per token including MTP modules (3 × their forward).</summary>
    public double TrainingFlopsPerTokenIncludingMtp => 3.0 * (ForwardFlopsPerToken + MtpForwardFlopsPerToken);

    /// <summary>The common 6·N_active shortcut (non-embedding active params), for comparison with the exact figure.</summary>
    public double SixNApproximation(in ParameterCounts p) => 6.0 * p.ActiveParamsPerTokenExcludingEmbeddingsLmHeadAndMtp;
}
