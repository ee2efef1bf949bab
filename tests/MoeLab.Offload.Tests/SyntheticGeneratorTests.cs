using MoeLab.Offload.Synthetic;
using MoeLab.Offload.Traces;
using MoeLab.Testing;

namespace MoeLab.Offload.Tests;

public sealed class SyntheticGeneratorTests
{
    private static readonly TraceShape Shape = new(4, 8, 2);

    [Fact]
    public void SameSeed_SameTraceBitForBit_OtherSeedDiffers()
    {
        var p = new SyntheticRoutingParameters(1.1, 0.4, 0.3, 50);
        var a = SyntheticRoutingGenerator.Generate(Shape, 300, p, 42);
        var b = SyntheticRoutingGenerator.Generate(Shape, 300, p, 42);
        var c = SyntheticRoutingGenerator.Generate(Shape, 300, p, 43);
        Assert.Equal(a.AllExperts.ToArray(), b.AllExperts.ToArray());
        Assert.Equal(a.AllGates.ToArray(), b.AllGates.ToArray());
        Assert.NotEqual(a.AllExperts.ToArray(), c.AllExperts.ToArray());
    }

    [Fact]
    public void Uniform_Independent_EveryExpertEquallyLikely()
    {
        var t = SyntheticRoutingGenerator.Generate(new TraceShape(1, 8, 2), 40_000, new SyntheticRoutingParameters(0), 1);
        var counts = new int[8];
        foreach (var e in t.AllExperts) counts[e]++;
        foreach (var n in counts) Assert.InRange(n / 80_000.0, 0.125 - 0.006, 0.125 + 0.006);
    }

    [Fact]
    public void Stickiness_KeepsPreviousExpertsAtRateAboveIndependent()
    {
        double Kept(double q)
        {
            var t = SyntheticRoutingGenerator.Generate(new TraceShape(1, 16, 2), 20_000, new SyntheticRoutingParameters(0, q), 3);
            var kept = 0;
            for (var i = 1; i < t.TokenCount; i++)
                foreach (var e in t.Experts(i, 0)) if (t.Experts(i - 1, 0).Contains(e)) kept++;
            return kept / (2.0 * (t.TokenCount - 1));
        }
        // Independent uniform top-2 of 16: a given expert reappears with probability 2/16.
        Assert.InRange(Kept(0), 0.115, 0.135);
        // With q, each previous expert survives with probability q, or is redrawn: ≈ q + (1 − q)·small.
        Assert.InRange(Kept(0.6), 0.6, 0.7);
    }

    [Fact]
    public void Calibrate_RealGsm8kTrace_FitsHitRateCurveClosely()
    {
        var real = JsonlTraceFormat.Read(TestPaths.SharedFile("traces", "mixtral8x7b_gsm8k_routing.jsonl"), new TraceShape(32, 8, 2));
        var fit = RoutingCalibrator.Fit(real, seed: 1);
        // Real Mixtral routing is skewed and somewhat sticky, not uniform independent.
        Assert.True(fit.Parameters.ZipfExponent > 0 || fit.Parameters.Stickiness > 0);
        Assert.True(fit.HitRateRmse < 0.03, $"hit-rate RMSE {fit.HitRateRmse}");
        Assert.True(fit.ReuseTotalVariation < 0.15, $"reuse TV {fit.ReuseTotalVariation}");
        Assert.Equal(7, fit.RealHitRateCurve.Count);
    }
}
