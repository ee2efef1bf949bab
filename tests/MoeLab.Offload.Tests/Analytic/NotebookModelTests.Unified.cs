using MoeLab.Core.Validation;
using MoeLab.Offload.Analytic;

namespace MoeLab.Offload.Tests.Analytic;

public partial class NotebookModelTests
{
    private static readonly NotebookUnifiedMemorySystem Gh200 = NotebookUnifiedMemorySystem.Gh200Nvl2;

    [Fact]
    public void Gh200_AlphaAndBeta_MatchHandExpansion()
    {
        // α = log2(100 ns / 30 ns); β = ln(900·2^30) / ln(9.8·2^40).
        Assert.Equal(Math.Log2(100.0 / 30.0), Gh200.Alpha, 13);
        Assert.Equal((Math.Log(900) + 30 * Math.Log(2)) / (Math.Log(9.8) + 40 * Math.Log(2)), Gh200.Beta, 13);
        Assert.Equal(1.7369655941662063, Gh200.Alpha, 13); // CPython
        Assert.Equal(0.9196401705447615, Gh200.Beta, 13);  // CPython
    }

    [Fact]
    public void Gh200_SmallExperts_TierProbabilitiesMatchHandExpansion()
    {
        // 16 KiB experts, 1000 of them, 8 per forward.
        // L1: blocks = 131072/16384 = 8, sets = 8/4 = 2, λ = 1000 / (2·144).
        // L2: blocks = 144·2^20/16384 = 9216, sets = 9216/16 = 576, λ = 1000/576.
        // HBM: blocks = 288·2^30/16384 = 18,874,368 ≥ 1000 → 1.
        var config = new NotebookMoeConfig(1000, 16384, 8);
        var p1 = 1 - Math.Exp(-1000.0 / 288);
        var p2 = 1 - Math.Exp(-1000.0 / 576);
        Assert.Equal(p1, Gh200.L1Probability(config), 15);
        Assert.Equal(p2, Gh200.L2Probability(config), 15);
        Assert.Equal(1.0, Gh200.HbmProbability(config));
        Assert.Equal(0.8125, NotebookUnifiedMemorySystem.NumaFactor, 15);
        var combined = Math.Min(0.99, p1 + (1 - p1) * (p2 + (1 - p2) * 1.0 * 0.8125));
        Assert.Equal(combined, Gh200.CacheProbability(config), 15);
        var penalty = 5e-9 * p1 + 30e-9 * p2 * (1 - p1) + 100e-9 * 1.0 * (1 - p1) * (1 - p2);
        AssertRelative(penalty, Gh200.MissPenaltySeconds(config));
        var bandwidth = (80.0 * 1073741824 * 144 * p1 + 2.3 * 1099511627776.0 * p2 * (1 - p1)
                         + 9.8 * 1099511627776.0 * (1 - p1) * (1 - p2)) * (1 - 0.25 * (1 - Math.Sqrt(p1)));
        Assert.Equal(bandwidth, Gh200.EffectiveBandwidthBytesPerSecond(config), 1e-2);
        // CPython
        Assert.Equal(0.9689520415206704, Gh200.L1Probability(config), 15);
        Assert.Equal(0.8237956910875059, Gh200.L2Probability(config), 15);
        AssertRelative(6.159153846672827e-09, Gh200.MissPenaltySeconds(config));
        Assert.Equal(21.634502401508737, Gh200.PerformanceGain(config), 11);
        Assert.Equal(12061722438890.041, Gh200.EffectiveBandwidthBytesPerSecond(config), 1e-2);
        Assert.Equal(7999.950727072706, Gh200.Throughput(config, 1e-3), 9);
    }

    [Theory]
    // CPython: (N, size, k) → p1, p2, p_hbm, p_cached, p_miss, penalty, gain, eff_bw, throughput(1 ms)
    [InlineData(600L, 524288L, 8, 0.0, 0.9999999999999967, 1.0, 0.99, 1.0000000000000071e-16, 3.000000000000023e-08, 0.3677958993144575, 1896657557913.6204, 7999.760007199783)]
    [InlineData(8L, 352321536L, 2, 0.0, 0.0, 1.0, 0.8125, 0.03515625, 1e-07, 5.111255853190348e-07, 8081410464153.601, 1999.8000199980002)]
    [InlineData(100000L, 4096L, 8, 1.0, 1.0, 1.0, 0.99, 1.0000000000000071e-16, 5e-09, 230545.50134599116, 12369505812480.0, 7999.960000199999)]
    public void Gh200_NotebookOutputs_AreReproduced(long experts, long bytes, int k,
        double p1, double p2, double pHbm, double cacheP, double missP, double penalty, double gain, double effBw, double throughput)
    {
        var config = new NotebookMoeConfig(experts, bytes, k);
        AssertRelative(p1, Gh200.L1Probability(config));
        AssertRelative(p2, Gh200.L2Probability(config));
        AssertRelative(pHbm, Gh200.HbmProbability(config));
        AssertRelative(cacheP, Gh200.CacheProbability(config));
        AssertRelative(missP, Gh200.ForwardExpertsMissProbability(config));
        AssertRelative(penalty, Gh200.MissPenaltySeconds(config));
        AssertRelative(gain, Gh200.PerformanceGain(config));
        AssertRelative(effBw, Gh200.EffectiveBandwidthBytesPerSecond(config));
        AssertRelative(throughput, Gh200.Throughput(config, 1e-3));
    }

    [Fact]
    public void Gh200_MixtralExpert_OnlyHbmCounts()
    {
        // 336 MiB experts fit neither the 128 KiB L1 nor the 144 MiB L2: the cache probability is the NUMA
        // factor, and (1 − 0.8125)^2 = 0.03515625 exactly.
        var config = new NotebookMoeConfig(8, 3L * 4096 * 14336 * 2, 2);
        Assert.Equal(0.8125, Gh200.CacheProbability(config), 15);
        Assert.Equal(0.03515625, Gh200.ForwardExpertsMissProbability(config), 15);
    }

    [Fact]
    public void Gh200_ZeroByteExpert_IsInvalidInputNotACrash()
    {
        var e = Assert.Throws<InvalidInputException>(() => Gh200.CacheProbability(new NotebookMoeConfig(8, 0, 2)));
        Assert.Equal("expert_size", e.Field);
    }

    [Fact]
    public void NotebookSystems_AreLabelledAsTheSeeds() =>
        Assert.All(new INotebookSystemModel[] { H100, Gh200 }, s => Assert.StartsWith("seed 000 model", s.Name));
}
