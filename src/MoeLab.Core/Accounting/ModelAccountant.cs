using System.Runtime.CompilerServices;
using MoeLab.Core.Seed001;
using MoeLab.Core.Specs;

namespace MoeLab.Core.Accounting;

/// <summary>
/// Exact parameter, FLOP and byte accounting of a <see cref="MoeSpec"/>. Pure arithmetic over the spec:
/// no per-layer loops for the regular layer patterns and no heap allocation, so it runs millions of times
/// per second. The spec is assumed valid (<see cref="MoeSpec.Validate"/>). Counts are exact 64-bit integers under
/// checked arithmetic: a spec whose counts do not fit is refused (<see cref="Validation.InvalidInputException"/>
/// naming the fields), never reported with a wrapped or negative figure.
/// </summary>
// The result structs are large (ModelAccounting is ~540 bytes); zeroing every struct temporary on entry cost
// more than the arithmetic, and every temporary is fully written before it is read.
[SkipLocalsInit]
public static class ModelAccountant
{
    /// <exception cref="Validation.InvalidInputException">
    /// A parameter or byte count exceeds 2⁶³ − 1 (9.22 EB): every figure is exact or refused, never wrapped.
    /// </exception>
    public static ModelAccounting Account(MoeSpec spec) => new(spec);

    /// <summary>Parameter counts only (the cheapest part; what a params-constrained search needs).</summary>
    /// <exception cref="Validation.InvalidInputException">A parameter count exceeds 2⁶³ − 1.</exception>
    public static ParameterCounts Parameters(MoeSpec spec)
    {
        ParameterCounts counts;
        try
        {
            Parameters(spec, new BlockShape(spec), out counts);
            // Every convention is a part of the total, so a total that fits makes every property exact.
            _ = counts.Total.Sum;
        }
        catch (OverflowException)
        {
            throw AccountingLimits.Explain(spec);
        }
        return counts;
    }

    internal static void Parameters(MoeSpec spec, in BlockShape s, out ParameterCounts result)
    {
        checked
        {
            long d = spec.HiddenSize, vocab = spec.VocabSize;
            var embeddings = vocab * d;
            var lmHead = (spec.TiedEmbeddings ? 0 : vocab * d) + (spec.LmHeadBias ? vocab : 0);
            var attention = s.AttentionLayers * s.AttentionQo + s.KvLayers * s.AttentionKv;
            var norms = s.AttentionLayers * s.NormsPerLayer + s.MambaLayers * s.MambaNormsPerLayer + spec.Norms.ParamsOf(spec.HiddenSize);
            var mamba = s.MambaLayers * s.MambaMixer;
            var dense = s.DenseLayers * s.DenseFfn;
            var routed = s.MoeLayers * s.RoutedExperts * s.Expert;
            var routedActive = s.MoeLayers * s.TopK * s.Expert;
            var shared = s.MoeLayers * s.Shared;
            var router = s.MoeLayers * s.Router;

            long mtp = 0, mtpActive = 0;
            if (spec.Mtp.Modules > 0)
            {
                var own = (spec.Mtp.StoresOwnEmbedding ? vocab * d : 0) + (spec.Mtp.StoresOwnHead ? vocab * d : 0);
                var frame = 3 * spec.Norms.ParamsOf(spec.HiddenSize) + 2 * d * d + s.NormsPerLayer + s.AttentionQo + s.AttentionKv + own;
                mtp = spec.Mtp.Modules * (frame + s.MtpFfn);
                mtpActive = spec.Mtp.Modules * (frame + s.MtpFfnActive);
            }

            result = new ParameterCounts(
                new ComponentParams(embeddings, attention, dense, routed, shared, router, norms, lmHead, mtp, mamba),
                new ComponentParams(embeddings, attention, dense, routedActive, shared, router, norms, lmHead, mtpActive, mamba));
        }
    }

    internal static void Flops(MoeSpec spec, in BlockShape s, in ParameterCounts p, out FlopCounts result)
    {
        checked
        {
            long d = spec.HiddenSize, vocab = spec.VocabSize;
            var a = p.Active;
            var headParams = vocab * d + (spec.LmHeadBias ? vocab : 0);
            var matmul = 2.0 * (a.Attention + a.DenseFfn + a.RoutedExperts + a.SharedExperts + a.Router + a.Mamba + headParams);

            var fullLayers = s.AttentionLayers - s.SlidingLayers;
            var scoreFull = fullLayers * s.ScoreFlopsFull + s.SlidingLayers * s.ScoreFlopsSliding;
            var scoreCausal = fullLayers * s.ScoreFlopsFullCausal + s.SlidingLayers * s.ScoreFlopsSlidingCausal;

            var attentionParams = s.AttentionQo + s.AttentionKv;
            var attentionBlock = new LayerTypeCost(attentionParams, attentionParams, 2.0 * attentionParams + s.ScoreFlopsFullCausal);
            var denseBlock = new LayerTypeCost(s.DenseFfn, s.DenseFfn, 2.0 * s.DenseFfn);
            var moeBlockParams = s.RoutedExperts * s.Expert + s.Shared + s.Router;
            var moeBlockActive = s.TopK * s.Expert + s.Shared + s.Router;
            var moeBlock = new LayerTypeCost(moeBlockParams, moeBlockActive, 2.0 * moeBlockActive);
            var denseLayer = new LayerTypeCost(
                attentionParams + s.DenseFfn + s.NormsPerLayer, attentionParams + s.DenseFfn + s.NormsPerLayer,
                attentionBlock.ForwardFlopsPerToken + denseBlock.ForwardFlopsPerToken);
            var moeLayer = new LayerTypeCost(
                attentionParams + moeBlockParams + s.NormsPerLayer, attentionParams + moeBlockActive + s.NormsPerLayer,
                attentionBlock.ForwardFlopsPerToken + moeBlock.ForwardFlopsPerToken);
            var head = new LayerTypeCost(headParams, headParams, 2.0 * headParams);

            // In floating point: without MTP modules this sum is never a reported count, so it must not be able to overflow.
            var mtp = spec.Mtp.Modules == 0 ? 0.0
                : spec.Mtp.Modules * (2.0 * ((double)attentionParams + s.MtpFfnActive + 2.0 * d * d + headParams) + s.ScoreFlopsFullCausal);
            var mambaBlock = new LayerTypeCost(s.MambaMixer, s.MambaMixer, 2.0 * s.MambaMixer + s.MambaScanFlops);
            result = new FlopCounts(matmul, scoreFull, scoreCausal, mtp, attentionBlock, denseBlock, moeBlock, denseLayer, moeLayer, head,
                s.MambaLayers * s.MambaScanFlops, mambaBlock);
        }
    }
}
