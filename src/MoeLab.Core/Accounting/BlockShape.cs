using MoeLab.Core.Specs;

namespace MoeLab.Core.Accounting;

/// <summary>
/// Per-block quantities of a spec, computed once and shared by the parameter, FLOP, byte and triad
/// accounting. "Matrix" fields count weight matrices only (no biases, sinks, gates or norms) for
/// conventions that count that way (seed 001).
/// </summary>
internal readonly struct BlockShape
{
    public long DenseLayers { get; init; }
    public long MoeLayers { get; init; }
    public long KvLayers { get; init; }
    public long SlidingLayers { get; init; }
    public int SlidingKvLayers { get; init; }

    /// <summary>Attention parameters every layer owns: q (with its low-rank path), o, their biases, sinks.</summary>
    public long AttentionQo { get; init; }

    /// <summary>Attention parameters only KV-owning layers have: k and v projections (MLA: the kv_a/kv_b path).</summary>
    public long AttentionKv { get; init; }

    /// <summary>Norm parameters of one block: the block norms plus QK-norms and MLA's low-rank norms.</summary>
    public long NormsPerLayer { get; init; }

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

    public static BlockShape Of(MoeSpec spec)
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

        var share = a.KvShareFactor;
        var kvLayers = (layers + share - 1) / share;
        var slidingLayers = a.SlidingWindow > 0 ? a.SlidingWindowLayers.Count(spec.Layers) : 0;
        var slidingKv = slidingLayers == 0 ? 0 : share == 1 ? slidingLayers : CountSlidingKvOwners(spec);

        // Score term per layer for a token seeing t positions: QKᵀ costs 2·N_q·d_qk·t, attention·V 2·N_q·d_v·t.
        double s = spec.ContextLength, w = a.SlidingWindow;
        var perPosition = 2.0 * nq * (hd + vd);
        var seen = w > 0 ? Math.Min(w, s) : s;
        var seenCausal = w > 0 && w < s ? w - w * w / (2.0 * s) : s / 2.0;

        return new BlockShape
        {
            DenseLayers = layers - moeLayers,
            MoeLayers = moeLayers,
            KvLayers = kvLayers,
            SlidingLayers = slidingLayers,
            SlidingKvLayers = slidingKv,
            AttentionQo = qo,
            AttentionKv = kv,
            NormsPerLayer = norms.PerLayer * norms.ParamsOf(spec.HiddenSize) + attentionNorms,
            DenseFfn = denseFfn,
            Expert = expert,
            RoutedExperts = routed,
            TopK = topK,
            Shared = shared,
            Router = router,
            MtpFfn = mtpFfn,
            MtpFfnActive = mtpFfnActive,
            ScoreFlopsFull = perPosition * s,
            ScoreFlopsFullCausal = perPosition * s / 2.0,
            ScoreFlopsSliding = perPosition * seen,
            ScoreFlopsSlidingCausal = perPosition * seenCausal,
            MatrixShape = new MatrixShape(qMatrix + oMatrix, kvMatrix, denseMatrix, expertMatrix, sharedMatrix, kvLayers),
        };
    }

    private static int CountSlidingKvOwners(MoeSpec spec)
    {
        // Cross-layer KV sharing together with sliding windows is rare; enumerate rather than solve the pattern.
        var n = 0;
        for (var i = 0; i < spec.Layers; i += spec.Attention.KvShareFactor)
            if (spec.Attention.SlidingWindowLayers.Contains(i)) n++;
        return n;
    }
}

/// <summary>Weight-matrix-only sizes of one block (no biases, sinks, gates, norms): seed 001's counting.</summary>
internal readonly record struct MatrixShape(long AttentionQo, long AttentionKv, long DenseFfn, long Expert, long SharedExperts, long KvLayers);
