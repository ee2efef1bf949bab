using System.Numerics;
using MoeLab.Core.Specs;

namespace MoeLab.Core.Tests.Accounting;

/// <summary>
/// An independent accountant in arbitrary precision, written from the documented counting rules and working
/// from a <see cref="LimitShape"/>'s knobs (never from the accountant's own intermediate values), so its counts are
/// right whatever their size. The limit tests compare <c>ModelAccountant</c> with it: equal when every figure fits
/// in 64 bits, refused when one does not.
/// </summary>
internal sealed class BigAccount
{
    public static readonly BigInteger Limit = long.MaxValue;

    public Dictionary<ComponentClass, BigInteger> Total { get; } = [];
    public Dictionary<ComponentClass, BigInteger> Active { get; } = [];
    public Dictionary<ComponentClass, BigInteger> Bytes { get; } = [];

    /// <summary>Per-block figures the accountant reports (its layer-type costs), by name.</summary>
    public Dictionary<string, BigInteger> Blocks { get; } = [];

    public BigInteger RoutedExpertBytes { get; private set; }
    public BigInteger KvElementsPerTokenPerLayer { get; private set; }
    public BigInteger KvLayers { get; private set; }
    public int KvBits { get; private set; }
    public BigInteger MambaStateBytes { get; private set; }
    public BigInteger PaperActive { get; private set; }
    public BigInteger PaperTotal { get; private set; }

    /// <summary>2 × every weight a token multiplies by, LM head included (the accountant's matmul FLOPs).</summary>
    public BigInteger MatmulFlops { get; private set; }

    public BigInteger TotalSum => Total.Values.Aggregate(BigInteger.Zero, BigInteger.Add);
    public BigInteger ActiveSum => Active.Values.Aggregate(BigInteger.Zero, BigInteger.Add);
    public BigInteger BytesSum => Bytes.Values.Aggregate(BigInteger.Zero, BigInteger.Add);

    /// <summary>Every figure <c>ModelAccountant.Account</c> returns (KV-cache totals are computed on request, apart).</summary>
    public IEnumerable<BigInteger> Reported() =>
        Total.Values.Concat(Active.Values).Concat(Bytes.Values).Concat(Blocks.Values)
            .Append(TotalSum).Append(ActiveSum).Append(BytesSum).Append(RoutedExpertBytes).Append(KvElementsPerTokenPerLayer)
            .Append(MambaStateBytes).Append(PaperActive).Append(PaperTotal);

    public bool AllReportedFit => Reported().All(v => v <= Limit);

    public bool ParametersFit => TotalSum <= Limit && Total.Values.All(v => v <= Limit);

    /// <summary>KV bytes of <paramref name="batch"/> sequences of <paramref name="context"/> tokens, Mamba state included.</summary>
    public BigInteger KvCacheBytes(BigInteger batch, BigInteger context) =>
        CeilDiv(batch * KvElementsPerTokenPerLayer * KvBits * KvLayers * context, 8) + batch * MambaStateBytes;

    public BigInteger KvBytesPerToken => CeilDiv(KvElementsPerTokenPerLayer * KvBits * KvLayers, 8);

    public BigAccount(LimitShape k)
    {
        BigInteger d = k.Hidden, vocab = k.Vocab, layers = k.Layers;
        var attentionLayers = k.Mamba ? MembersOf(layers, k.AttentionPeriod, k.AttentionOffset, 0) : layers;
        var mambaLayers = layers - attentionLayers;
        var moeLayers = MembersOf(layers, k.MoePeriod, k.MoeOffset, k.FirstMoe);
        var denseLayers = layers - moeLayers;
        var kvLayers = CeilDiv(attentionLayers, k.KvShare);
        BigInteger Norm(BigInteger width) => k.NormBias ? 2 * width : width;
        static BigInteger Ffn(BigInteger d, int width, bool gated, bool bias) =>
            (gated ? 3 : 2) * d * width + (bias ? (gated ? 2 : 1) * (BigInteger)width + d : 0);

        // Attention of one layer: q (and o, biases, sinks) in every attention layer, k/v only where K/V is owned.
        BigInteger nq = k.QueryHeads, hd = k.HeadDim, vd = k.ValueHeadDim == 0 ? k.HeadDim : k.ValueHeadDim;
        BigInteger qMatrix, kvMatrix, qBias, kvBias, attentionNorms;
        if (k.Mla)
        {
            BigInteger rq = k.MlaQueryRank, rkv = k.MlaKvRank, rope = k.MlaRope, nope = hd - rope;
            qMatrix = rq > 0 ? d * rq + rq * nq * hd : d * nq * hd;
            kvMatrix = d * (rkv + rope) + rkv * nq * (nope + vd);
            qBias = k.QkvBias ? nq * hd : 0;
            kvBias = k.QkvBias ? rkv + rope + nq * (nope + vd) : 0;
            attentionNorms = (rq > 0 ? Norm(rq) : 0) + Norm(rkv);
            KvElementsPerTokenPerLayer = rkv + rope;
        }
        else
        {
            BigInteger nkv = k.KvHeads;
            qMatrix = d * nq * hd;
            kvMatrix = d * nkv * (hd + vd);
            qBias = k.QkvBias ? nq * hd : 0;
            kvBias = k.QkvBias ? nkv * (hd + vd) : 0;
            attentionNorms = k.QkNorm switch
            {
                QkNormKind.PerHead => 2 * Norm(hd),
                QkNormKind.FullWidth => Norm(nq * hd) + Norm(nkv * hd),
                _ => 0,
            };
            KvElementsPerTokenPerLayer = nkv * (hd + vd);
        }
        var oMatrix = nq * vd * d;
        var qo = qMatrix + oMatrix + qBias + (!k.Mla && k.OutputBias ? d : 0) + (!k.Mla && k.Sinks ? nq : 0);
        var kv = kvMatrix + kvBias;
        var blockNorms = k.NormsPerLayer * Norm(d);
        var normsPerAttentionLayer = blockNorms + attentionNorms;

        // Mamba mixer of one layer: in_proj, conv, x_proj, dt_proj, A, D, out_proj.
        BigInteger mixer = 0, mambaNorms = 0, stateElements = 0;
        if (k.Mamba && mambaLayers > 0)
        {
            BigInteger inner = k.MambaExpand * d, state = k.MambaState, rank = k.MambaDtRank, conv = k.MambaConv;
            mixer = 2 * d * inner + (k.MambaProjBias ? 2 * inner : 0)
                    + inner * conv + (k.MambaConvBias ? inner : 0)
                    + inner * (rank + 2 * state)
                    + rank * inner + inner
                    + inner * state + inner
                    + inner * d + (k.MambaProjBias ? d : 0);
            mambaNorms = k.MambaInnerNorms ? Norm(rank) + 2 * Norm(state) : 0;
            stateElements = inner * state + inner * (conv - 1);
        }

        var expert = moeLayers > 0 ? Ffn(d, k.ExpertWidth, k.ExpertGated, k.ExpertBias) : 0;
        var router = moeLayers > 0 ? d * k.Experts + (k.RouterBias ? k.Experts : 0) : 0;
        var shared = moeLayers > 0 && k.Shared > 0 ? k.Shared * Ffn(d, k.SharedWidth, true, false) + (k.SharedGate ? d : 0) : 0;
        var dense = denseLayers > 0 ? Ffn(d, k.DenseWidth, k.DenseGated, false) : 0;
        var experts = moeLayers > 0 ? (BigInteger)k.Experts : 0;
        var topK = moeLayers > 0 ? (BigInteger)k.TopK : 0;
        var moeBlock = experts * expert + shared + router;
        var moeBlockActive = topK * expert + shared + router;

        // An MTP module: two input norms, a 2d → d projection, one block shaped like the MoE layers (or the dense
        // ones without MoE), its final norm, and private embedding/head copies if the checkpoint stores them.
        BigInteger mtp = 0, mtpActive = 0;
        if (k.MtpModules > 0)
        {
            var ownCopies = k.MtpOwnCopies ? 2 * vocab * d : 0;
            var frame = 3 * Norm(d) + 2 * d * d + normsPerAttentionLayer + qo + kv + ownCopies;
            var block = moeLayers > 0 ? moeBlock : Ffn(d, k.DenseWidth, k.DenseGated, false);
            var blockActive = moeLayers > 0 ? moeBlockActive : block;
            mtp = k.MtpModules * (frame + block);
            mtpActive = k.MtpModules * (frame + blockActive);
        }

        var lmHead = (k.Tied ? 0 : vocab * d) + (k.LmBias ? vocab : 0);
        void Both(ComponentClass c, BigInteger total, BigInteger active) { Total[c] = total; Active[c] = active; }
        Both(ComponentClass.Embeddings, vocab * d, vocab * d);
        Both(ComponentClass.Attention, attentionLayers * qo + kvLayers * kv, attentionLayers * qo + kvLayers * kv);
        Both(ComponentClass.DenseFfn, denseLayers * dense, denseLayers * dense);
        Both(ComponentClass.RoutedExperts, moeLayers * experts * expert, moeLayers * topK * expert);
        Both(ComponentClass.SharedExperts, moeLayers * shared, moeLayers * shared);
        Both(ComponentClass.Router, moeLayers * router, moeLayers * router);
        var norms = attentionLayers * normsPerAttentionLayer + mambaLayers * (blockNorms + mambaNorms) + Norm(d);
        Both(ComponentClass.Norms, norms, norms);
        Both(ComponentClass.LmHead, lmHead, lmHead);
        Both(ComponentClass.Mtp, mtp, mtpActive);
        Both(ComponentClass.Mamba, mambaLayers * mixer, mambaLayers * mixer);

        var matrixPrecision = new[] { ComponentClass.Attention, ComponentClass.DenseFfn, ComponentClass.RoutedExperts, ComponentClass.SharedExperts, ComponentClass.Mtp, ComponentClass.Mamba };
        foreach (var (c, count) in Total)
            Bytes[c] = StoredBytes(count, matrixPrecision.Contains(c) ? k.Matrices : k.Rest);
        RoutedExpertBytes = moeLayers > 0 ? StoredBytes(expert, k.Matrices) : 0;

        var attentionBlock = qo + kv;
        var headBlock = vocab * d + (k.LmBias ? vocab : 0);
        Blocks["attention block"] = attentionBlock;
        Blocks["dense FFN block"] = dense;
        Blocks["MoE block"] = moeBlock;
        Blocks["MoE block, active"] = moeBlockActive;
        Blocks["dense layer"] = attentionBlock + dense + normsPerAttentionLayer;
        Blocks["MoE layer"] = attentionBlock + moeBlock + normsPerAttentionLayer;
        Blocks["MoE layer, active"] = attentionBlock + moeBlockActive + normsPerAttentionLayer;
        Blocks["LM head"] = headBlock;
        Blocks["Mamba mixer"] = mixer;

        KvLayers = kvLayers;
        KvBits = k.KvFormat.Bits();
        MambaStateBytes = mambaLayers * stateElements * 4;
        MatmulFlops = 2 * (Active[ComponentClass.Attention] + Active[ComponentClass.DenseFfn] + Active[ComponentClass.RoutedExperts]
                           + Active[ComponentClass.SharedExperts] + Active[ComponentClass.Router] + Active[ComponentClass.Mamba] + headBlock);

        // Seed 001's convention: weight matrices only, router, norms, embeddings and head left out.
        var matrixExpert = moeLayers > 0 ? (k.ExpertGated ? 3 : 2) * d * k.ExpertWidth : 0;
        var matrixShared = moeLayers > 0 && k.Shared > 0 ? 3 * d * k.Shared * k.SharedWidth : 0;
        var matrixDense = denseLayers > 0 ? (k.DenseGated ? 3 : 2) * d * k.DenseWidth : 0;
        PaperActive = attentionLayers * (qMatrix + oMatrix) + kvLayers * kvMatrix + denseLayers * matrixDense
                      + moeLayers * (k.TopK * matrixExpert + matrixShared) + mambaLayers * mixer;
        PaperTotal = PaperActive + moeLayers * (k.Experts - k.TopK) * matrixExpert;
    }

    /// <summary>Layers i in [start, layers) with i mod period = offset, counted by walking the residues.</summary>
    private static BigInteger MembersOf(BigInteger layers, int period, int offset, int start)
    {
        // The first member is the first index ≥ start in offset's residue class.
        var first = start + BigInteger.Remainder(BigInteger.Remainder(offset - (BigInteger)start, period) + period, period);
        return first >= layers ? 0 : (layers - 1 - first) / period + 1;
    }

    private static BigInteger StoredBytes(BigInteger parameters, WeightPrecision p)
    {
        var scales = p.GroupSize > 0 ? CeilDiv(parameters, p.GroupSize) * p.ScaleFormat.Bits() : 0;
        return CeilDiv(parameters * p.Format.Bits() + scales, 8);
    }

    private static BigInteger CeilDiv(BigInteger a, BigInteger b) => (a + b - 1) / b;
}
