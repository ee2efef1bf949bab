using System.Runtime.CompilerServices;
using MoeLab.Core.Specs;

namespace MoeLab.Core.Accounting;

/// <summary>
/// Per-block quantities of a spec, computed once and shared by the parameter, FLOP, byte and triad
/// accounting. "Matrix" fields count weight matrices only (no biases, sinks, gates or norms) for
/// conventions that count that way (seed 001).
/// </summary>
[SkipLocalsInit]
internal readonly struct BlockShape
{
    public long AttentionLayers { get; init; }
    public long MambaLayers { get; init; }
    public long DenseLayers { get; init; }
    public long MoeLayers { get; init; }
    public long KvLayers { get; init; }
    public long SlidingLayers { get; init; }
    public int SlidingKvLayers { get; init; }

    /// <summary>Attention parameters every layer owns: q (with its low-rank path), o, their biases, sinks.</summary>
    public long AttentionQo { get; init; }

    /// <summary>Attention parameters only KV-owning layers have: k and v projections (MLA: the kv_a/kv_b path).</summary>
    public long AttentionKv { get; init; }

    /// <summary>Norm parameters of one attention block: the block norms plus QK-norms and MLA's low-rank norms.</summary>
    public long NormsPerLayer { get; init; }

    /// <summary>Norm parameters of one Mamba block: the block norms plus the mixer's inner norms.</summary>
    public long MambaNormsPerLayer { get; init; }

    /// <summary>Weights of one Mamba mixer (projections, conv, A, D, biases).</summary>
    public long MambaMixer { get; init; }

    /// <summary>Selective-scan FLOPs per token of one Mamba mixer beyond its 2-per-weight cost.</summary>
    public double MambaScanFlops { get; init; }

    /// <summary>Recurrent state elements one sequence keeps in one Mamba layer (SSM state + conv window).</summary>
    public long MambaStateElements { get; init; }

    public long DenseFfn { get; init; }
    public long Expert { get; init; }
    public long RoutedExperts { get; init; }
    public long TopK { get; init; }

    /// <summary>All shared experts of one MoE layer, with their scalar gate.</summary>
    public long Shared { get; init; }
    public long Router { get; init; }
    public long MtpFfn { get; init; }
    public long MtpFfnActive { get; init; }

    public double ScoreFlopsFull { get; init; }
    public double ScoreFlopsFullCausal { get; init; }
    public double ScoreFlopsSliding { get; init; }
    public double ScoreFlopsSlidingCausal { get; init; }

    public MatrixShape MatrixShape { get; init; }

    public static BlockShape Of(MoeSpec spec) => new(spec);

    // A constructor that assigns every field, not an object initialiser: the initialiser zeroed the ~300-byte
    // struct before filling it, a visible share of one accounting.
    internal BlockShape(MoeSpec spec)
    {
        var a = spec.Attention;
        long d = spec.HiddenSize, nq = a.QueryHeads, nkv = a.KvHeads, hd = a.HeadDim, vd = a.EffectiveValueHeadDim;
        var norms = spec.Norms;

        long qMatrix, kvMatrix, attentionNorms;
        long qBias = 0, kvBias = 0;
        if (a.Mla is { } mla)
        {
            long rq = mla.QueryLoraRank, rkv = mla.KvLoraRank, rope = mla.RopeHeadDim, nope = hd - rope;
            qMatrix = rq > 0 ? d * rq + rq * nq * hd : d * nq * hd;
            kvMatrix = d * (rkv + rope) + rkv * nq * (nope + vd);
            attentionNorms = (rq > 0 ? norms.ParamsOf(mla.QueryLoraRank) : 0) + norms.ParamsOf(mla.KvLoraRank);
            if (a.QkvBias) { qBias = nq * hd; kvBias = rkv + rope + nq * (nope + vd); }
        }
        else
        {
            qMatrix = d * nq * hd;
            kvMatrix = d * nkv * (hd + vd);
            attentionNorms = 0;
            if (a.QkvBias) { qBias = nq * hd; kvBias = nkv * (hd + vd); }
        }
        var oMatrix = nq * vd * d;
        attentionNorms += a.QkNorm switch
        {
            QkNormKind.PerHead => 2 * norms.ParamsOf(a.HeadDim),
            QkNormKind.FullWidth => norms.ParamsOf(a.QueryHeads * a.HeadDim) + norms.ParamsOf(a.KvHeads * a.HeadDim),
            _ => 0,
        };
        var qo = qMatrix + qBias + oMatrix + (a.OutputBias ? d : 0) + (a.Sinks ? nq : 0);
        var kv = kvMatrix + kvBias;

        long moeLayers = spec.MoeLayerCount, layers = spec.Layers;
        long expert = 0, routed = 0, topK = 0, shared = 0, router = 0, expertMatrix = 0, sharedMatrix = 0;
        if (spec.Experts is { } e && moeLayers > 0)
        {
            expert = e.Expert.ParamsAt(spec.HiddenSize);
            expertMatrix = (long)e.Expert.Matrices * d * e.Expert.Width;
            routed = e.Count;
            topK = e.TopK;
            router = d * e.Count + (spec.Router.Bias ? e.Count : 0);
        }
        var se = spec.SharedExperts;
        if (se.Count > 0 && moeLayers > 0)
        {
            shared = se.Count * se.Expert.ParamsAt(spec.HiddenSize) + (se.ScalarGate ? d : 0);
            sharedMatrix = (long)se.Count * se.Expert.Matrices * d * se.Expert.Width;
        }
        var denseFfn = spec.DenseFfn is { } f && layers - moeLayers > 0 ? f.ParamsAt(spec.HiddenSize) : 0;
        var denseMatrix = spec.DenseFfn is { } g && layers - moeLayers > 0 ? (long)g.Matrices * d * g.Width : 0;
        // An MTP block is shaped like the model's MoE layers, or its dense layers when it has none.
        var mtpFfn = moeLayers > 0 ? routed * expert + shared + router : spec.DenseFfn?.ParamsAt(spec.HiddenSize) ?? 0;
        var mtpFfnActive = moeLayers > 0 ? topK * expert + shared + router : mtpFfn;

        long attentionLayers = spec.AttentionLayerCount, mambaLayers = layers - attentionLayers;
        var share = a.KvShareFactor;
        // Sharing is rare; a 64-bit division costs ~40 cycles, a noticeable slice of one accounting.
        var kvLayers = share == 1 ? attentionLayers : (attentionLayers + share - 1) / share;
        var slidingLayers = a.SlidingWindow == 0 ? 0 : spec.Mamba is null ? a.SlidingWindowLayers.Count(spec.Layers) : CountSlidingAttentionLayers(spec, 1);
        var slidingKv = slidingLayers == 0 ? 0 : share == 1 ? slidingLayers : CountSlidingAttentionLayers(spec, share);

        long mambaMixer = 0, mambaNorms = 0, mambaState = 0;
        double mambaScan = 0;
        if (spec.Mamba is { } mb && mambaLayers > 0)
        {
            long inner = (long)mb.Expand * d, state = mb.StateSize, rank = mb.DtRank;
            mambaMixer = d * 2 * inner + (mb.ProjBias ? 2 * inner : 0)          // in_proj
                         + inner * mb.ConvKernel + (mb.ConvBias ? inner : 0)     // depthwise conv
                         + inner * (rank + 2 * state)                            // x_proj
                         + rank * inner + inner                                  // dt_proj with bias
                         + inner * state + inner                                 // A, D
                         + inner * d + (mb.ProjBias ? d : 0);                    // out_proj
            mambaNorms = mb.InnerNorms ? norms.ParamsOf(mb.DtRank) + 2 * norms.ParamsOf(mb.StateSize) : 0;
            // Discretised B·x, state update and C·h: about 6 FLOPs per state element per token (an estimate).
            mambaScan = 6.0 * inner * state;
            mambaState = inner * state + inner * (mb.ConvKernel - 1);
        }

        // Score term per layer for a token seeing t positions: QKᵀ costs 2·N_q·d_qk·t, attention·V 2·N_q·d_v·t.
        double s = spec.ContextLength, w = a.SlidingWindow;
        var perPosition = 2.0 * nq * (hd + vd);
        var seen = w > 0 ? Math.Min(w, s) : s;
        var seenCausal = w > 0 && w < s ? w - w * w / (2.0 * s) : s / 2.0;

        AttentionLayers = attentionLayers;
        MambaLayers = mambaLayers;
        MambaMixer = mambaMixer;
        MambaNormsPerLayer = norms.PerLayer * norms.ParamsOf(spec.HiddenSize) + mambaNorms;
        MambaScanFlops = mambaScan;
        MambaStateElements = mambaState;
        DenseLayers = layers - moeLayers;
        MoeLayers = moeLayers;
        KvLayers = kvLayers;
        SlidingLayers = slidingLayers;
        SlidingKvLayers = slidingKv;
        AttentionQo = qo;
        AttentionKv = kv;
        NormsPerLayer = norms.PerLayer * norms.ParamsOf(spec.HiddenSize) + attentionNorms;
        DenseFfn = denseFfn;
        Expert = expert;
        RoutedExperts = routed;
        TopK = topK;
        Shared = shared;
        Router = router;
        MtpFfn = mtpFfn;
        MtpFfnActive = mtpFfnActive;
        ScoreFlopsFull = perPosition * s;
        ScoreFlopsFullCausal = perPosition * s / 2.0;
        ScoreFlopsSliding = perPosition * seen;
        ScoreFlopsSlidingCausal = perPosition * seenCausal;
        MatrixShape = new MatrixShape(qMatrix + oMatrix, kvMatrix, denseMatrix, expertMatrix, sharedMatrix, kvLayers, mambaMixer);
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

/// <summary>Weight-matrix-only sizes of one block (no biases, sinks, gates, norms): seed 001's counting.</summary>
internal readonly record struct MatrixShape(long AttentionQo, long AttentionKv, long DenseFfn, long Expert, long SharedExperts, long KvLayers, long MambaMixer);
