using MoeLab.Core.Hardware;
using MoeLab.Engine.Offloading;
using MoeLab.Offload.Analytic;
using MoeLab.Offload.Caching;
using MoeLab.Offload.Simulation;
using MoeLab.Offload.Traces;

namespace MoeLab.Engine.Tests.Offloading;

/// <summary>
/// The "at the run's rates" diagnostic must recover the machine a run met. A run is made here from a simulation on a
/// known machine (its reads take exactly that machine's transfer time, its experts that machine's FLOP/s); the rates
/// read back from it, laid over a profile with a different device and CPU, must predict the run's own speed.
/// </summary>
public sealed class RunRatesTests
{
    private static readonly OffloadModelShape Shape = new(32, 8, 2, ExpertBytes: 11_010_048,
        ExpertFlopsPerToken: 2.0 * 3 * 512 * 1792, AttentionFlopsPerToken: 4e6, ResidentBytesPerLayer: 6_000_000);

    private static HardwareProfile Machine(double busBytesPerSecond, double flops) => new()
    {
        Name = "test", Description = "hand-made", FastTierCapacityBytes = 1L << 40,
        FastTierBandwidthBytesPerSecond = 3e10, BusBandwidthBytesPerSecond = busBytesPerSecond, BusLatencySeconds = 4e-5,
        AcceleratorFlopsPerSecond = flops, AcceleratorDtype = "f32", CpuFlopsPerSecond = flops, CpuMemoryBandwidthBytesPerSecond = 3e10,
        LinkBandwidthBytesPerSecond = 1, LinkLatencySeconds = 0, KernelLaunchLatencySeconds = 0,
    };

    [Theory]
    [InlineData("lru", 2)]
    [InlineData("lfu", 4)]
    [InlineData("opt", 6)]
    public void RatesReadBackFromARun_PredictThatRunsSpeed_FromAProfileOfAnotherMachine(string policyName, int experts)
    {
        var trace = BuiltInTraces.Load("mixtral-8x7b-gsm8k");
        const int tokens = 40;
        var options = new SimulationOptions(CachePolicySpec.Parse(policyName), CacheCapacity.InExperts(experts), "none", MaxTokens: tokens,
            Queue: TransferQueue.DemandFirst);
        var met = Machine(3.1e9, 6.2e9);
        var truth = OffloadSimulator.Run(trace, Shape, met, options);

        // What the runtime would have measured on that machine: every read one transfer time, every expert its FLOPs at its rate.
        var requests = truth.Counters.Requests;
        var readSeconds = truth.Transfers * met.BusTransferTimeSeconds(Shape.ExpertBytes);
        var expertSeconds = requests * Shape.ExpertFlopsPerToken / met.AcceleratorFlopsPerSecond;
        var measured = new ReplayMeasurements(
            [new TokenMeasurement(1, 0, 0, expertSeconds, truth.Transfers * Shape.ExpertBytes, truth.Transfers, readSeconds, requests, truth.Counters.Hits)],
            PeakResidentBytes: 0, BudgetBytes: 0);
        var run = new ReplayRun(policyName, "none", CacheCapacity.InExperts(experts), measured, truth.Counters, "test", Shape.ExpertBytes, 0);

        var calibrated = Machine(2.5e9, 5.6e9);
        var rates = RunRates.Of(calibrated, run, Shape);
        var again = OffloadSimulator.Run(trace, Shape, rates, options);

        Assert.Equal(met.BusBandwidthBytesPerSecond, rates.BusBandwidthBytesPerSecond, 1e-6 * met.BusBandwidthBytesPerSecond);
        Assert.Equal(met.AcceleratorFlopsPerSecond, rates.AcceleratorFlopsPerSecond, 1e-6 * met.AcceleratorFlopsPerSecond);
        Assert.Equal(truth.DecodeTokensPerSecond, again.DecodeTokensPerSecond, 1e-9 * truth.DecodeTokensPerSecond);
        // And the profile it started from predicts something else, so the equality above is not the default.
        var before = OffloadSimulator.Run(trace, Shape, calibrated, options);
        Assert.True(Math.Abs(before.DecodeTokensPerSecond / truth.DecodeTokensPerSecond - 1) > 0.05);
    }

    [Fact]
    public void ARunThatReadAndComputedNothing_KeepsTheProfilesRates()
    {
        var profile = Machine(2.5e9, 5.6e9);
        var run = new ReplayRun("lru", "none", CacheCapacity.InExperts(2), new ReplayMeasurements([], 0, 0), default, "test", Shape.ExpertBytes, 0);
        Assert.Equal(profile, RunRates.Of(profile, run, Shape));
    }
}
