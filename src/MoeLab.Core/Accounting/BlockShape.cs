using System.Runtime.CompilerServices;
using MoeLab.Core.Specs;

namespace MoeLab.Core.Accounting;

/// <summary>
/// Per-block quantities of a spec, computed once and shared by the parameter, FLOP, byte and triad
/// accounting. "Matrix" fields count weight matrices only (no biases, sinks, gates or norms) for
/// conventions that count that way (seed 001).
/// </summary>
/// <remarks>
/// Fields, not properties, so the constructor and its helpers can write each one through <c>out</c> the moment
/// it is known. Holding every value in a local until the end spilled about a hundred of them to the stack, and
/// accounting is bound by stores, not arithmetic: the spills cost more than the sums.
/// </remarks>
[SkipLocalsInit]
internal readonly struct BlockShape
{
    public readonly long AttentionLayers;
    public readonly long MambaLayers;
    public readonly long DenseLayers;
    public readonly long MoeLayers;
    public readonly long KvLayers;
    public readonly long SlidingLayers;
    public readonly int SlidingKvLayers;

    /// <summary>Attention parameters every layer owns: q (with its low-rank path), o, their biases, sinks.</summary>
    public readonly long AttentionQo;

    /// <summary>Attention parameters only KV-owning layers have: k and v projections (MLA: the kv_a/kv_b path).</summary>
    public readonly long AttentionKv;

    /// <summary>Norm parameters of one attention block: the block norms plus QK-norms and MLA's low-rank norms.</summary>
    public readonly long NormsPerLayer;

    /// <summary>Norm parameters of one Mamba block: the block norms plus the mixer's inner norms.</summary>
    public readonly long MambaNormsPerLayer;

    /// <summary>Weights of one Mamba mixer (projections, conv, A, D, biases).</summary>
    public readonly long MambaMixer;

    /// <summary>Selective-scan FLOPs per token of one Mamba mixer beyond its 2-per-weight cost.</summary>
    public readonly double MambaScanFlops;

    /// <summary>Recurrent state elements one sequence keeps in one Mamba layer (SSM state + conv window).</summary>
    public readonly long MambaStateElements;

    public readonly long DenseFfn;
    public readonly long Expert;
    public readonly long RoutedExperts;
    public readonly long TopK;

    /// <summary>All shared experts of one MoE layer, with their scalar gate.</summary>
    public readonly long Shared;
    public readonly long Router;
    public readonly long MtpFfn;
    public readonly long MtpFfnActive;

    public readonly double ScoreFlopsFull;
    public readonly double ScoreFlopsFullCausal;
    public readonly double ScoreFlopsSliding;
    public readonly double ScoreFlopsSlidingCausal;

    /// <summary>Weight matrices of q and o (with q's low-rank path).</summary>
    public readonly long MatrixAttentionQo;

    /// <summary>Weight matrices of k and v (MLA: the kv_a/kv_b path).</summary>
    public readonly long MatrixAttentionKv;

    public readonly long MatrixDenseFfn;
    public readonly long MatrixExpert;

    /// <summary>All shared experts of one MoE layer, matrices only.</summary>
    public readonly long MatrixSharedExperts;

    public static BlockShape Of(MoeSpec spec) => new(spec);

    internal BlockShape(MoeSpec spec)
    {
        // Checked throughout: a count that does not fit in 64 bits throws instead of wrapping to a wrong or
        // negative figure, and ModelAccountant turns the throw into an error naming the spec fields.
        checked
        {
            var a = spec.Attention;
            var norms = spec.Norms;
            long d = spec.HiddenSize, layers = spec.Layers;
            long moeLayers = spec.MoeLayerCount, attentionLayers = spec.AttentionLayerCount;
            AttentionLayers = attentionLayers;
            MambaLayers = layers - attentionLayers;
            DenseLayers = layers - moeLayers;
            MoeLayers = moeLayers;
            var blockNorms = norms.PerLayer * norms.ParamsOf(spec.HiddenSize);

            Attention(a, norms, d, out AttentionQo, out AttentionKv, out MatrixAttentionQo, out MatrixAttentionKv, out var attentionNorms);
            NormsPerLayer = blockNorms + attentionNorms;
            var share = a.KvShareFactor;
            // Sharing is rare; a 64-bit division costs ~40 cycles, a noticeable slice of one accounting.
            KvLayers = share == 1 ? attentionLayers : (attentionLayers + share - 1) / share;
            var slidingLayers = a.SlidingWindow == 0 ? 0 : spec.Mamba is null ? a.SlidingWindowLayers.Count(spec.Layers) : CountSlidingAttentionLayers(spec, 1);
            SlidingLayers = slidingLayers;
            SlidingKvLayers = slidingLayers == 0 ? 0 : share == 1 ? slidingLayers : CountSlidingAttentionLayers(spec, share);

            if (spec.Experts is { } e && moeLayers > 0)
            {
                Expert = e.Expert.ParamsAt(spec.HiddenSize);
                MatrixExpert = (long)e.Expert.Matrices * d * e.Expert.Width;
                RoutedExperts = e.Count;
                TopK = e.TopK;
                Router = d * e.Count + (spec.Router.Bias ? e.Count : 0);
            }
            else
            {
                Expert = MatrixExpert = RoutedExperts = TopK = Router = 0;
            }
            var se = spec.SharedExperts;
            if (se.Count > 0 && moeLayers > 0)
            {
                Shared = se.Count * se.Expert.ParamsAt(spec.HiddenSize) + (se.ScalarGate ? d : 0);
                MatrixSharedExperts = (long)se.Count * se.Expert.Matrices * d * se.Expert.Width;
            }
            else
            {
                Shared = MatrixSharedExperts = 0;
            }
            var denseFfn = spec.DenseFfn;
            if (denseFfn is not null && layers - moeLayers > 0)
            {
                DenseFfn = denseFfn.ParamsAt(spec.HiddenSize);
                MatrixDenseFfn = (long)denseFfn.Matrices * d * denseFfn.Width;
            }
            else
            {
                DenseFfn = MatrixDenseFfn = 0;
            }
            // An MTP block is shaped like the model's MoE layers, or its dense layers when it has none.
            if (moeLayers > 0)
            {
                MtpFfn = RoutedExperts * Expert + Shared + Router;
                MtpFfnActive = TopK * Expert + Shared + Router;
            }
            else
            {
                MtpFfn = MtpFfnActive = denseFfn?.ParamsAt(spec.HiddenSize) ?? 0;
            }

            if (spec.Mamba is { } mb && MambaLayers > 0)
            {
                Mamba(mb, norms, d, out MambaMixer, out var mambaNorms, out MambaScanFlops, out MambaStateElements);
                MambaNormsPerLayer = blockNorms + mambaNorms;
            }
            else
            {
                MambaMixer = MambaStateElements = 0;
                MambaScanFlops = 0;
                MambaNormsPerLayer = blockNorms;
            }

            // Score term per layer for a token seeing t positions: QKᵀ costs 2·N_q·d_qk·t, attention·V 2·N_q·d_v·t.
            double s = spec.ContextLength, w = a.SlidingWindow;
            var perPosition = 2.0 * a.QueryHeads * ((long)a.HeadDim + a.EffectiveValueHeadDim);
            var seen = w > 0 ? Math.Min(w, s) : s;
            var seenCausal = w > 0 && w < s ? w - w * w / (2.0 * s) : s / 2.0;
            ScoreFlopsFull = perPosition * s;
            ScoreFlopsFullCausal = perPosition * s / 2.0;
            ScoreFlopsSliding = perPosition * seen;
            ScoreFlopsSlidingCausal = perPosition * seenCausal;
        }
    }

    private static void Attention(AttentionSpec a, NormSpec norms, long d, out long qo, out long kv, out long matrixQo, out long matrixKv, out long attentionNorms)
    {
        checked
        {
            long nq = a.QueryHeads, nkv = a.KvHeads, hd = a.HeadDim, vd = a.EffectiveValueHeadDim;
            long qMatrix, qBias = 0, kvBias = 0;
            if (a.Mla is { } mla)
            {
                long rq = mla.QueryLoraRank, rkv = mla.KvLoraRank, rope = mla.RopeHeadDim, nope = hd - rope;
                qMatrix = rq > 0 ? d * rq + rq * nq * hd : d * nq * hd;
                matrixKv = d * (rkv + rope) + rkv * nq * (nope + vd);
                attentionNorms = (rq > 0 ? norms.ParamsOf(mla.QueryLoraRank) : 0) + norms.ParamsOf(mla.KvLoraRank);
                if (a.QkvBias) { qBias = nq * hd; kvBias = rkv + rope + nq * (nope + vd); }
            }
            else
            {
                qMatrix = d * nq * hd;
                matrixKv = d * nkv * (hd + vd);
                attentionNorms = 0;
                if (a.QkvBias) { qBias = nq * hd; kvBias = nkv * (hd + vd); }
            }
            var oMatrix = nq * vd * d;
            attentionNorms += a.QkNorm switch
            {
                QkNormKind.PerHead => 2 * norms.ParamsOf(a.HeadDim),
                QkNormKind.FullWidth => norms.ParamsOf(nq * hd) + norms.ParamsOf(nkv * hd),
                _ => 0,
            };
            matrixQo = qMatrix + oMatrix;
            qo = matrixQo + qBias + (a.OutputBias ? d : 0) + (a.Sinks ? nq : 0);
            kv = matrixKv + kvBias;
        }
    }

    private static void Mamba(MambaSpec mb, NormSpec norms, long d, out long mixer, out long innerNorms, out double scanFlops, out long stateElements)
    {
        checked
        {
            long inner = (long)mb.Expand * d, state = mb.StateSize, rank = mb.DtRank;
            mixer = d * 2 * inner + (mb.ProjBias ? 2 * inner : 0)          // in_proj
                    + inner * mb.ConvKernel + (mb.ConvBias ? inner : 0)     // depthwise conv
                    + inner * (rank + 2 * state)                            // x_proj
                    + rank * inner + inner                                  // dt_proj with bias
                    + inner * state + inner                                 // A, D
                    + inner * d + (mb.ProjBias ? d : 0);                    // out_proj
            innerNorms = mb.InnerNorms ? norms.ParamsOf(mb.DtRank) + 2 * norms.ParamsOf(mb.StateSize) : 0;
            // Discretised B·x, state update and C·h: about 6 FLOPs per state element per token (an estimate).
            scanFlops = 6.0 * inner * state;
            stateElements = inner * state + inner * (mb.ConvKernel - 1);
        }
    }

    /// <summary>
    /// Sliding-window layers among the attention layers that own a KV cache (every <paramref name="share"/>-th
    /// attention layer). Hybrids and cross-layer sharing with windows are rare, so this enumerates.
    /// </summary>
    private static int CountSlidingAttentionLayers(MoeSpec spec, int share)
    {
        int n = 0, attentionIndex = 0;
        for (var i = 0; i < spec.Layers; i++)
        {
            if (!spec.IsLayerAttention(i)) continue;
            if (attentionIndex++ % share == 0 && spec.Attention.SlidingWindowLayers.Contains(i)) n++;
        }
        return n;
    }
}
