namespace MoeLab.Core.Specs;

/// <summary>
/// A Mamba (selective state-space) sequence mixer, used in place of attention in hybrid models (Jamba).
/// Inner width d_inner = <see cref="Expand"/> · d. Weights: in_proj d → 2·d_inner, a depthwise conv of
/// <see cref="ConvKernel"/> taps, x_proj d_inner → dt_rank + 2·d_state, dt_proj dt_rank → d_inner (with bias),
/// A (d_inner × d_state), D (d_inner), out_proj d_inner → d; Jamba adds RMSNorms on dt, B and C.
/// It keeps a fixed-size recurrent state per sequence instead of a KV cache.
/// </summary>
/// <param name="StateSize">d_state (16 in Jamba).</param>
/// <param name="ConvKernel">d_conv (4).</param>
/// <param name="Expand">d_inner / d (2).</param>
/// <param name="DtRank">Rank of the Δ projection (default ⌈d/16⌉).</param>
/// <param name="ConvBias">Bias on the depthwise conv.</param>
/// <param name="ProjBias">Biases on in_proj and out_proj.</param>
/// <param name="InnerNorms">RMSNorms on Δ (dt_rank), B and C (d_state each), as in Jamba.</param>
public sealed record MambaSpec(int StateSize, int ConvKernel, int Expand, int DtRank, bool ConvBias = true, bool ProjBias = false, bool InnerNorms = true);
