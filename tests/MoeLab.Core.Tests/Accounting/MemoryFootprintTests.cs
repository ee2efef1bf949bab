using MoeLab.Core.Accounting;
using MoeLab.Core.Presets;
using MoeLab.Core.Specs;

namespace MoeLab.Core.Tests.Accounting;

public sealed class MemoryFootprintTests
{
    [Fact]
    public void Mixtral_KvCachePerToken_HandCounted()
    {
        // 32 layers × 8 KV heads × (128 + 128) × 2 bytes = 128 KiB per token.
        var m = ModelAccountant.Account(ModelPresets.Get("mixtral-8x7b").Spec).Memory;
        Assert.Equal(32L * 8 * 256 * 2, m.KvCacheBytesPerToken);
        Assert.Equal(131_072L, m.KvCacheBytesPerToken);
        Assert.Equal(4L * 4096 * 131_072, m.KvCacheBytes(4, 4096));
    }

    [Fact]
    public void Mixtral_RoutedExpert_Bf16Bytes()
    {
        var m = ModelAccountant.Account(ModelPresets.Get("mixtral-8x7b").Spec).Memory;
        Assert.Equal(3L * 4096 * 14336 * 2, m.RoutedExpertBytes);
    }

    [Fact]
    public void GptOss_Mxfp4Expert_IsFourPointTwoFiveBitsPerWeight()
    {
        var spec = ModelPresets.Get("gpt-oss-120b").Spec;
        var m = ModelAccountant.Account(spec).Memory;
        // One expert: 3·2880·2880 weights + (2·2880 + 2880) biases. The spec stores the whole expert class in MXFP4
        // (4 bits + an 8-bit scale per 32); the real checkpoint keeps the 8,640 biases in bf16, a 0.01% difference.
        long weights = 3L * 2880 * 2880 + 3 * 2880;
        var bits = weights * 4 + (weights + 31) / 32 * 8;
        Assert.Equal((bits + 7) / 8, m.RoutedExpertBytes);
        Assert.Equal(4.25, spec.Precision.RoutedExperts.BitsPerWeight);
    }

    [Fact]
    public void GptOss_SlidingLayers_CapTheirCacheAtTheWindow()
    {
        var m = ModelAccountant.Account(ModelPresets.Get("gpt-oss-120b").Spec).Memory;
        long perLayerToken = 8 * (64 + 64) * 2;
        Assert.Equal(perLayerToken * (18L * 10_000 + 18L * 128), m.KvCacheBytes(1, 10_000));
        Assert.Equal(perLayerToken * 36 * 100, m.KvCacheBytes(1, 100));
    }

    [Fact]
    public void Int4GroupScales_AddScaleBitsPerGroup()
    {
        var p = WeightPrecision.Int4(groupSize: 128, scale: NumberFormat.Fp16);
        Assert.Equal((1024 * 4 + 8 * 16) / 8, p.BytesFor(1024));
        Assert.Equal((1000 * 4 + 8 * 16) / 8, p.BytesFor(1000)); // partial last group still stores a scale
        Assert.Equal(4.125, p.BitsPerWeight);
    }

    [Fact]
    public void DeepSeekV3_Fp8Checkpoint_KeepsEmbeddingsBf16()
    {
        var spec = ModelPresets.Get("deepseek-v3").Spec;
        var a = ModelAccountant.Account(spec);
        Assert.Equal(NumberFormat.Fp8, spec.Precision.RoutedExperts.Format);
        Assert.Equal(2 * a.Params.Total.Embeddings, a.Memory.Weights.Embeddings);
        Assert.InRange(a.Memory.Weights.RoutedExperts, a.Params.Total.RoutedExperts, a.Params.Total.RoutedExperts * 1.001);
    }

    [Fact]
    public void KvCacheFormat_Fp8_HalvesTheCache()
    {
        var spec = ModelPresets.Get("mixtral-8x7b").Spec;
        var bf16 = ModelAccountant.Account(spec).Memory;
        var fp8 = ModelAccountant.Account(spec with { KvCacheFormat = NumberFormat.Fp8 }).Memory;
        Assert.Equal(bf16.KvCacheBytesPerToken / 2, fp8.KvCacheBytesPerToken);
    }
}
