using MoeLab.Core.Validation;
using MoeLab.Offload.Analytic;
using static MoeLab.Offload.Tests.Analytic.AnalyticTestSupport;

namespace MoeLab.Offload.Tests.Analytic;

public class TokenThroughputModelTests
{
    // On RoundMachine (1 TB/s fast tier, 10 GB/s bus, 100 TFLOP/s, CPU 1 TFLOP/s and 100 GB/s):
    // an expert of 1 GB and 1 GFLOP costs 1 ms on the accelerator (bandwidth-bound), 100 ms to move,
    // 10 ms on the CPU (bandwidth-bound); attention of 0.5 GB costs 0.5 ms.
    private static readonly OffloadModelShape Shape = new(
        Layers: 4, ExpertsPerLayer: 8, TopK: 2, ExpertBytes: 1_000_000_000,
        ExpertFlopsPerToken: 1e9, AttentionFlopsPerToken: 1e9, ResidentBytesPerLayer: 500_000_000);

    [Fact]
    public void UnitCosts_AreRooflineTimes()
    {
        var c = UnitCosts.For(Shape, RoundMachine(busLatencySeconds: 1e-5, launchSeconds: 2e-6));
        Assert.Equal(0.5e-3 + 2e-6, c.AttentionSeconds, 15);
        Assert.Equal(1e-3 + 2e-6, c.AcceleratorExpertSeconds, 15);
        Assert.Equal(0.1 + 1e-5, c.TransferSeconds, 15);
        Assert.Equal(1e-2, c.CpuExpertSeconds, 15);
        Assert.Equal(2e-5, c.CpuRoundTripSeconds, 15);
    }

    [Fact]
    public void Predict_NoMisses_IsComputeOnly()
    {
        var p = TokenThroughputModel.Predict(Shape, RoundMachine(), MissDistribution.Exactly(2, 0));
        Assert.Equal(4 * (0.5e-3 + 2 * 1e-3), p.SecondsPerToken, 15);
        Assert.Equal(1 / p.SecondsPerToken, p.TokensPerSecond, 9);
        Assert.Equal(0.0, p.TransferStallSeconds);
        Assert.Equal(0.0, p.ExpectedBytesMoved);
    }

    [Fact]
    public void Phase_TwoMisses_QueueOnTheBus()
    {
        // Transfers arrive at 0.1 s and 0.2 s; each expert then computes 1 ms: the accelerator finishes at
        // 0.201 s, of which 2 ms is compute and 0.199 s stall.
        var costs = UnitCosts.For(Shape, RoundMachine());
        var phase = TokenThroughputModel.Phase(costs, 2, 2, 0);
        Assert.Equal(0.201, phase.PhaseSeconds, 12);
        Assert.Equal(0.002, phase.AcceleratorComputeSeconds, 12);
        Assert.Equal(0.199, phase.TransferStallSeconds, 12);
    }

    [Fact]
    public void Phase_OneMissOneHit_HidesComputeOfTheHit()
    {
        // The hit computes during [0, 1 ms] while the miss is in flight until 100 ms.
        var costs = UnitCosts.For(Shape, RoundMachine());
        var phase = TokenThroughputModel.Phase(costs, 2, 1, 0);
        Assert.Equal(0.101, phase.PhaseSeconds, 12);
        Assert.Equal(0.099, phase.TransferStallSeconds, 12);
    }

    [Fact]
    public void Phase_FastBus_IsComputeBound()
    {
        // Transfers of 0.1 ms under 1 ms computes: with 1 hit first, every arrival is early; no stall.
        var fast = RoundMachine() with { BusBandwidthBytesPerSecond = 1e13, FastTierBandwidthBytesPerSecond = 2e13 };
        var costs = UnitCosts.For(Shape with { ExpertFlopsPerToken = 1e11 }, fast);
        var phase = TokenThroughputModel.Phase(costs, 2, 1, 0);
        Assert.Equal(2 * costs.AcceleratorExpertSeconds, phase.PhaseSeconds, 15);
        Assert.Equal(0.0, phase.TransferStallSeconds, 15);
    }

    [Fact]
    public void BestPhase_Cheaper_PicksCpuWhenItWins()
    {
        // CPU 10 ms per expert beats a 100 ms transfer.
        var costs = UnitCosts.For(Shape, RoundMachine());
        var phase = TokenThroughputModel.BestPhase(costs, 2, 2, MissHandling.Cheaper);
        Assert.Equal(2, phase.OnCpu);
        Assert.Equal(0.02, phase.PhaseSeconds, 12);
        Assert.Equal(0.02, phase.CpuWaitSeconds, 12);
    }

    [Fact]
    public void Predict_Cheaper_IsNeverSlowerThanEitherPureStrategy()
    {
        foreach (var busBandwidth in new[] { 1e9, 1e10, 1e11, 1e12 })
        foreach (var cpuFlops in new[] { 1e10, 1e12 })
        {
            var machine = RoundMachine(busLatencySeconds: 1e-5) with { BusBandwidthBytesPerSecond = busBandwidth, CpuFlopsPerSecond = cpuFlops };
            var misses = MissDistribution.UniformRouting(8, 2, 3);
            var cheaper = TokenThroughputModel.Predict(Shape, machine, misses, MissHandling.Cheaper).SecondsPerToken;
            var transfer = TokenThroughputModel.Predict(Shape, machine, misses, MissHandling.Transfer).SecondsPerToken;
            var cpu = TokenThroughputModel.Predict(Shape, machine, misses, MissHandling.ExecuteOnCpu).SecondsPerToken;
            Assert.True(cheaper <= Math.Min(transfer, cpu) + 1e-15);
        }
    }

    [Fact]
    public void Predict_ExpectationOverMisses_IsHandWeighted()
    {
        // Uniform top-2 of 8 with 4 cached: P(0) = 6/28, P(1) = 16/28, P(2) = 6/28.
        var costs = UnitCosts.For(Shape, RoundMachine());
        var layerExperts = 6.0 / 28 * 0.002 + 16.0 / 28 * 0.101 + 6.0 / 28 * 0.201;
        var p = TokenThroughputModel.Predict(Shape, RoundMachine(), MissDistribution.UniformRouting(8, 2, 4));
        Assert.Equal(4 * (costs.AttentionSeconds + layerExperts), p.SecondsPerToken, 12);
        Assert.Equal(4 * 1.0, p.ExpectedTransfers, 12);
        Assert.Equal(4 * 1.0 * 1e9, p.ExpectedBytesMoved, 3);
        Assert.Equal(p.SecondsPerToken, p.AttentionSeconds + p.AcceleratorExpertSeconds + p.TransferStallSeconds + p.CpuWaitSeconds, 12);
    }

    [Fact]
    public void Predict_MoreCache_IsNeverSlower()
    {
        var previous = double.MaxValue;
        for (var c = 0; c <= 8; c++)
        {
            var t = TokenThroughputModel.Predict(Shape, HardwareProfilesForTests.Rtx4090, MissDistribution.UniformRouting(8, 2, c)).SecondsPerToken;
            Assert.True(t <= previous);
            previous = t;
        }
    }

    [Fact]
    public void Predict_PerLayerDistributions_MustMatchTheShape()
    {
        Assert.Throws<InvalidInputException>(() =>
            TokenThroughputModel.Predict(Shape, RoundMachine(), [MissDistribution.Exactly(2, 0)]));
        Assert.Throws<InvalidInputException>(() =>
            TokenThroughputModel.Predict(Shape, RoundMachine(), MissDistribution.Exactly(3, 0)));
    }
}

internal static class HardwareProfilesForTests
{
    public static MoeLab.Core.Hardware.HardwareProfile Rtx4090 => MoeLab.Core.Hardware.HardwareProfiles.Get("rtx4090-pcie4");
}
