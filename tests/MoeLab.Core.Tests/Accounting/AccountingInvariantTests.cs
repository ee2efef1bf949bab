using MoeLab.Core.Accounting;
using MoeLab.Core.Presets;
using MoeLab.Core.Specs;

namespace MoeLab.Core.Tests.Accounting;

public sealed class AccountingInvariantTests
{
    public static TheoryData<string> Presets() => [.. ModelPresets.Names];

    [Theory]
    [MemberData(nameof(Presets))]
    public void Preset_ActiveNeverExceedsTotal_PerComponent(string name)
    {
        var p = ModelAccountant.Account(ModelPresets.Get(name).Spec).Params;
        foreach (var c in Enum.GetValues<ComponentClass>())
            Assert.True(p.Active[c] <= p.Total[c], $"{name} {c}: active {p.Active[c]} > total {p.Total[c]}");
        Assert.True(p.ActiveParamsPerToken <= p.TotalParams);
    }

    [Theory]
    [MemberData(nameof(Presets))]
    public void Preset_BreakdownSums_EqualTotalsAndBytes(string name)
    {
        var spec = ModelPresets.Get(name).Spec;
        var a = ModelAccountant.Account(spec);
        var t = a.Params.Total;
        Assert.Equal(a.Params.TotalParams, t.Embeddings + t.Attention + t.DenseFfn + t.RoutedExperts + t.SharedExperts + t.Router + t.Norms + t.LmHead + t.Mtp);
        var byPrecision = a.Memory.WeightBytesByPrecision(a.Params, spec.Precision);
        Assert.Equal(a.Memory.WeightBytes, byPrecision.Sum(x => x.Bytes));
        Assert.Equal(a.Params.TotalParams, byPrecision.Sum(x => x.Params));
    }

    [Theory]
    [InlineData(4, 512)]
    [InlineData(2, 1000)]
    [InlineData(1, 768)]
    public void MoeWithAllExpertsActive_EqualsDenseOfKTimesWidth_PlusRouter(int k, int width)
    {
        var moe = ModelAccountant.Account(SmallSpecs.AllMoe(k, k, width).Validate());
        var dense = ModelAccountant.Account(SmallSpecs.Dense(k * width).Validate());
        var router = 6L * 256 * k;

        Assert.Equal(dense.Params.TotalParams + router, moe.Params.TotalParams);
        Assert.Equal(dense.Params.ActiveParamsPerToken + router, moe.Params.ActiveParamsPerToken);
        Assert.Equal(dense.Flops.ForwardFlopsPerToken + 2.0 * router, moe.Flops.ForwardFlopsPerToken);
    }

    [Fact]
    public void TiedEmbeddings_CountTheMatrixOnce_ButHeadStillCostsFlops()
    {
        var untied = SmallSpecs.Hand;
        var tied = untied with { TiedEmbeddings = true };
        var u = ModelAccountant.Account(untied);
        var t = ModelAccountant.Account(tied);
        Assert.Equal(u.Params.TotalParams - 6400, t.Params.TotalParams);
        Assert.Equal(0, t.Params.Total.LmHead);
        Assert.Equal(u.Flops.ForwardFlopsPerToken, t.Flops.ForwardFlopsPerToken);
    }

    [Fact]
    public void CrossLayerKvSharing_HalvesKvWeightsAndCache()
    {
        var plain = SmallSpecs.Hand;
        var shared = plain with { Attention = plain.Attention with { KvShareFactor = 2 } };
        var p = ModelAccountant.Account(plain);
        var s = ModelAccountant.Account(shared);
        const long kvPerLayer = 2 * (64 * 32 + 32);
        Assert.Equal(p.Params.Total.Attention - 2 * kvPerLayer, s.Params.Total.Attention);
        Assert.Equal(p.Memory.KvCacheBytesPerToken / 2, s.Memory.KvCacheBytesPerToken);
    }

    [Fact]
    public void Mla_HandCountedAttentionAndLatentCache()
    {
        // DeepSeek-V3 shape: d 7168, 128 heads, q_lora 1536, kv_lora 512, nope 128, rope 64, v 128.
        var spec = ModelPresets.Get("deepseek-v3").Spec;
        var a = ModelAccountant.Account(spec);
        const long d = 7168, h = 128;
        long perLayer = d * 1536 + 1536 * h * 192      // q_a, q_b
                        + d * (512 + 64) + 512 * h * (128 + 128) // kv_a (latent + rope key), kv_b
                        + h * 128 * d;                 // o
        Assert.Equal(61 * perLayer, a.Params.Total.Attention);
        // The cache holds the 512-d latent + 64-d rope key per layer, bf16.
        Assert.Equal(61L * (512 + 64) * 2, a.Memory.KvCacheBytesPerToken);
    }

    [Fact]
    public void Mtp_DeepSeekV3Module_IsAboutFourteenBillion()
    {
        // "685B ... includes 671B of the Main Model weights and 14B of the MTP Module weights."
        // Both vendor figures are rounded (685 − 671 = 14); the module itself is 13.46 B, stored with its own
        // embedding and head copies. The full checkpoint is within 1% of 685 B.
        var p = ModelAccountant.Account(ModelPresets.Get("deepseek-v3").Spec).Params;
        Assert.InRange(p.Total.Mtp / 1e9, 13.0, 14.5);
        Assert.InRange(p.TotalParams / 1e9, 685 * 0.99, 685 * 1.01);
    }
}
