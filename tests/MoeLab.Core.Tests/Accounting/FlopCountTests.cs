using MoeLab.Core.Accounting;
using MoeLab.Core.Presets;
using MoeLab.Core.Specs;

namespace MoeLab.Core.Tests.Accounting;

public sealed class FlopCountTests
{
    [Fact]
    public void Training_IsThreeTimesForward()
    {
        var f = ModelAccountant.Account(ModelPresets.Get("mixtral-8x7b").Spec).Flops;
        Assert.Equal(3 * f.ForwardFlopsPerToken, f.TrainingFlopsPerToken);
        Assert.True(f.ForwardFlopsPerTokenNoCausalHalving > f.ForwardFlopsPerToken);
    }

    [Fact]
    public void Mixtral_ScoreTerm_HandExpandedAtContext32768()
    {
        // 32 layers × 2·32 heads·(128 + 128)·S; causal halves it.
        var f = ModelAccountant.Account(ModelPresets.Get("mixtral-8x7b").Spec).Flops;
        var full = 32 * 2.0 * 32 * 256 * 32768;
        Assert.Equal(full, f.AttentionScoreFlopsPerToken);
        Assert.Equal(full / 2, f.AttentionScoreFlopsPerTokenCausal);
    }

    [Theory]
    [InlineData(128, 4096)]
    [InlineData(1000, 1024)]
    [InlineData(4096, 4096)]
    [InlineData(8192, 4096)]
    public void SlidingWindow_CausalAverage_LiesBetweenDiscreteConventions(int window, int context)
    {
        var spec = SmallSpecs.Hand with
        {
            ContextLength = context,
            Attention = SmallSpecs.Hand.Attention with { SlidingWindow = window, SlidingWindowLayers = LayerSet.All },
        };
        var f = ModelAccountant.Account(spec.Validate()).Flops;
        var perPosition = 4 * 2.0 * 4 * 32; // layers × 2·N_q·(d_k + d_v)
        // Token t (0-based) sees min(t, W) earlier positions, or min(t + 1, W) counting itself.
        double excl = 0, incl = 0;
        for (var t = 0; t < context; t++) { excl += Math.Min(t, window); incl += Math.Min(t + 1, window); }
        var value = f.AttentionScoreFlopsPerTokenCausal / perPosition;
        Assert.InRange(value, excl / context, incl / context);
        Assert.Equal(perPosition * Math.Min(window, context), f.AttentionScoreFlopsPerToken);
    }

    [Fact]
    public void GptOss_SlidingLayers_AreHalfTheLayers()
    {
        var spec = ModelPresets.Get("gpt-oss-120b").Spec;
        Assert.Equal(18, spec.Attention.SlidingWindowLayers.Count(spec.Layers));
        var a = ModelAccountant.Account(spec);
        // 18 full layers see S, 18 windowed layers see 128 positions: 2·64·(64+64) FLOPs per position.
        var expected = 2.0 * 64 * 128 * (18.0 * spec.ContextLength + 18.0 * 128);
        Assert.Equal(expected, a.Flops.AttentionScoreFlopsPerToken);
    }

    [Fact]
    public void SixNShortcut_UnderestimatesExactFlopsAtLongContext()
    {
        var a = ModelAccountant.Account(ModelPresets.Get("mixtral-8x7b").Spec);
        Assert.True(a.Flops.TrainingFlopsPerToken > a.Flops.SixNApproximation(a.Params));
    }
}
