using MoeLab.Core.Accounting;
using MoeLab.Core.Specs;

namespace MoeLab.Core.Seed001;

/// <summary>
/// The triad in seed 001's exact convention (Wan et al., arXiv 2603.21862): non-embedding, LM head not
/// counted, router not counted, weight matrices only (no biases, norms or gates);
/// <c>N_a = P_attn·L + 3·d·d_d·L_d + 3·d·d_m·(K+1)·L_m</c>, <c>N = N_a + 3·d·d_m·(N_e − K)·L_m</c>,
/// <c>M = 6·N_a + 6·S·N_q·d_qkv·L</c>. For specs outside the paper's family (MLA, other FFN shapes, sliding
/// windows) the same rules are applied to the actual matrices, and the attention term is 3 × the causal
/// score FLOPs, which equals <c>6·S·N_q·d_qkv·L</c> whenever d_k = d_v = d_qkv.
/// </summary>
public static class Seed001Triad
{
    /// <exception cref="Validation.InvalidInputException">A count exceeds 2⁶³ − 1 (the message names the spec fields).</exception>
    public static ConstraintTriad PaperConvention(MoeSpec spec)
    {
        try
        {
            return PaperConvention(spec, BlockShape.Of(spec));
        }
        catch (OverflowException)
        {
            throw AccountingLimits.Explain(spec);
        }
    }

    internal static ConstraintTriad PaperConvention(MoeSpec spec, in BlockShape shape)
    {
        checked
        {
            long moe = shape.MoeLayers, dense = shape.DenseLayers;
            var topK = spec.Experts?.TopK ?? 0;
            var count = spec.Experts?.Count ?? 0;
            var active = shape.AttentionLayers * shape.MatrixAttentionQo + shape.KvLayers * shape.MatrixAttentionKv + dense * shape.MatrixDenseFfn
                         + moe * (topK * shape.MatrixExpert + shape.MatrixSharedExperts) + shape.MambaLayers * shape.MambaMixer;
            var total = active + moe * (count - topK) * shape.MatrixExpert;
            var fullLayers = shape.AttentionLayers - shape.SlidingLayers;
            var causalScores = fullLayers * shape.ScoreFlopsFullCausal + shape.SlidingLayers * shape.ScoreFlopsSlidingCausal;
            return new ConstraintTriad(6.0 * active + 3.0 * causalScores, active, total);
        }
    }

    /// <summary>
    /// M as the paper's main text prints it, <c>6·N_a·L + 6·S·N_q·d_qkv·L</c> — a misprint (the appendix and
    /// the paper's own configuration tables use <c>6·N_a</c>). Shown only to make the discrepancy visible.
    /// </summary>
    public static double FlopsPerTokenAsPrintedInMainText(MoeSpec spec, in ConstraintTriad paper) =>
        paper.FlopsPerToken - 6.0 * paper.ActiveParams + 6.0 * paper.ActiveParams * spec.Layers;
}
