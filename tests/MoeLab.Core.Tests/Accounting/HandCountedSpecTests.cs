using MoeLab.Core.Accounting;

namespace MoeLab.Core.Tests.Accounting;

/// <summary>Every component of <see cref="SmallSpecs.Hand"/> counted by hand, term by term.</summary>
public sealed class HandCountedSpecTests
{
    private static readonly ModelAccounting A = ModelAccountant.Account(SmallSpecs.Hand.Validate());

    // Attention per layer: q 64·64 + 64 bias, k 64·32 + 32, v 64·32 + 32, o 64·64 (no output bias).
    private const long AttentionPerLayer = 64 * 64 + 64 + 64 * 32 + 32 + 64 * 32 + 32 + 64 * 64;
    private const long Expert = 3 * 64 * 32;
    private const long SharedPerLayer = 2 * 64 * 48 + 64; // plain (up, down) + scalar gate
    private const long RouterPerLayer = 64 * 8 + 8;

    [Fact]
    public void Total_EachComponent_MatchesHandCount()
    {
        var t = A.Params.Total;
        Assert.Equal(100L * 64, t.Embeddings);
        Assert.Equal(4 * AttentionPerLayer, t.Attention);
        Assert.Equal(12416L * 4, t.Attention);
        Assert.Equal(3L * 64 * 128, t.DenseFfn);
        Assert.Equal(3 * 8 * Expert, t.RoutedExperts);
        Assert.Equal(3 * SharedPerLayer, t.SharedExperts);
        Assert.Equal(3 * RouterPerLayer, t.Router);
        Assert.Equal(4L * 2 * 64 + 64, t.Norms);
        Assert.Equal(100L * 64, t.LmHead);
        Assert.Equal(0L, t.Mtp);
        Assert.Equal(6400 + 49664 + 24576 + 147456 + 18624 + 1560 + 576 + 6400, A.Params.TotalParams);
    }

    [Fact]
    public void Active_RoutedExperts_CountsTopKOnly()
    {
        Assert.Equal(3 * 2 * Expert, A.Params.Active.RoutedExperts);
        Assert.Equal(A.Params.TotalParams - 3 * 6 * Expert, A.Params.ActiveParamsPerToken);
    }

    [Fact]
    public void Conventions_NamedQuantities_DropTheirComponents()
    {
        var p = A.Params;
        Assert.Equal(p.TotalParams - 6400, p.TotalParamsExcludingEmbeddings);
        Assert.Equal(p.TotalParams - 12800, p.TotalParamsExcludingEmbeddingsAndLmHead);
        Assert.Equal(p.ActiveParamsPerToken - 6400, p.ActiveParamsPerTokenExcludingEmbeddings);
        Assert.Equal(p.ActiveParamsPerToken - 12800, p.ActiveParamsPerTokenExcludingEmbeddingsAndLmHead);
        Assert.Equal(p.TotalParams, p.TotalParamsExcludingMtp);
    }

    [Fact]
    public void Flops_Matmul_IsTwicePerActiveWeightPlusHead()
    {
        long activeWeights = 4 * AttentionPerLayer + 3 * 64 * 128 + 3 * 2 * Expert + 3 * SharedPerLayer + 3 * RouterPerLayer + 100 * 64;
        Assert.Equal(2.0 * activeWeights, A.Flops.MatmulFlopsPerToken);
    }

    [Fact]
    public void Flops_AttentionScores_HandCountedAtContext32()
    {
        // Per layer: QKᵀ 2·4·16·32 + attention·V 2·4·16·32 = 8192 FLOPs per token; causal halves it.
        Assert.Equal(4 * 8192.0, A.Flops.AttentionScoreFlopsPerToken);
        Assert.Equal(4 * 4096.0, A.Flops.AttentionScoreFlopsPerTokenCausal);
        Assert.Equal(3 * (A.Flops.MatmulFlopsPerToken + 4 * 4096.0), A.Flops.TrainingFlopsPerToken);
    }

    [Fact]
    public void Memory_Bf16Weights_AreTwoBytesPerParam()
    {
        Assert.Equal(2 * A.Params.TotalParams, A.Memory.WeightBytes);
        Assert.Equal(2 * Expert, A.Memory.RoutedExpertBytes);
        // KV: 2 heads × (16 + 16) elements × 2 bytes × 4 layers per token.
        Assert.Equal(2 * 32 * 2 * 4, A.Memory.KvCacheBytesPerToken);
        Assert.Equal(3L * 32 * 512, A.Memory.KvCacheBytes(batch: 3, context: 32));
    }

    [Fact]
    public void LayerTypes_Density_MoeFfnFarBelowDenseFfn()
    {
        var f = A.Flops;
        Assert.Equal(2.0, f.DenseFfnBlock.FlopsPerParam, 12);
        Assert.Equal(2.0 * (2 * Expert + SharedPerLayer + RouterPerLayer) / (8 * Expert + SharedPerLayer + RouterPerLayer), f.MoeFfnBlock.FlopsPerParam, 12);
        Assert.Equal(AttentionPerLayer, f.AttentionBlock.Params);
        Assert.Equal(2.0 * AttentionPerLayer + 4096, f.AttentionBlock.ForwardFlopsPerToken);
    }
}
