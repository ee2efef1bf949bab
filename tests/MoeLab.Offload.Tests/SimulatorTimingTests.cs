using MoeLab.Core.Hardware;
using MoeLab.Offload.Analytic;
using MoeLab.Offload.Caching;
using MoeLab.Offload.Simulation;

namespace MoeLab.Offload.Tests;

/// <summary>The event simulator against timelines worked out by hand, and its accounting identities.</summary>
public sealed class SimulatorTimingTests
{
    // One layer, 2 experts, top-1; dense part 1 s, an expert 1 s, a transfer 2 s (no latency).
    private static readonly OffloadModelShape Tiny = new(1, 2, 1, ExpertBytes: 100, ExpertFlopsPerToken: 10, AttentionFlopsPerToken: 10, ResidentBytesPerLayer: 0);
    private static readonly HardwareProfile Slow = Machine(flops: 10, fastBandwidth: 1e12, bus: 50, latency: 0, cpuFlops: 2.5, cpuBandwidth: 1e12);

    internal static HardwareProfile Machine(double flops, double fastBandwidth, double bus, double latency, double cpuFlops, double cpuBandwidth) => new()
    {
        Name = "test", Description = "hand-made test machine", FastTierCapacityBytes = 1L << 40,
        FastTierBandwidthBytesPerSecond = fastBandwidth, BusBandwidthBytesPerSecond = bus, BusLatencySeconds = latency,
        AcceleratorFlopsPerSecond = flops, AcceleratorDtype = "bf16", CpuFlopsPerSecond = cpuFlops, CpuMemoryBandwidthBytesPerSecond = cpuBandwidth,
        LinkBandwidthBytesPerSecond = 1, LinkLatencySeconds = 0, KernelLaunchLatencySeconds = 0,
    };

    [Fact]
    public void Lru_ThreeTokensAllMisses_TimelineAsWorkedByHand()
    {
        // Tokens route to 0, 1, 0 with one slot: every token misses. Per token: dense 1 s, transfer 2 s
        // (starts when routing is known), expert 1 s → 4 s a token, 2 s of it stall.
        var trace = TestTraces.FromExperts(2, 0, 1, 0);
        var r = OffloadSimulator.Run(trace, Tiny, Slow, new SimulationOptions(CachePolicySpec.Parse("lru"), CacheCapacity.InExperts(1)));
        Assert.Equal(12.0, r.DecodeSeconds, 9);
        Assert.Equal(0.25, r.DecodeTokensPerSecond, 9);
        Assert.Equal(new TimeBreakdown(3, 3, 6, 0), r.Decode);
        Assert.Equal(300, r.BytesMoved);
        Assert.Equal(0.5, r.BusUtilisation, 9);
    }

    [Fact]
    public void Lru_RepeatedExpert_HitsRunWithoutStall()
    {
        // 0, 0, 0: one cold miss (4 s) then two hits (2 s each).
        var trace = TestTraces.FromExperts(2, 0, 0, 0);
        var r = OffloadSimulator.Run(trace, Tiny, Slow, new SimulationOptions(CachePolicySpec.Parse("lru"), CacheCapacity.InExperts(1)));
        Assert.Equal(8.0, r.DecodeSeconds, 9);
        Assert.Equal(2.0, r.Decode.TransferStallSeconds, 9);
        Assert.Equal(2, r.Counters.Hits);
    }

    [Fact]
    public void CpuExecution_MissesRunOnCpu_NothingMoves()
    {
        // CPU: 10 FLOPs at 2.5 FLOP/s = 4 s per expert; the accelerator waits 4 s after its 1 s dense part... minus nothing.
        var trace = TestTraces.FromExperts(2, 0, 1, 0);
        var r = OffloadSimulator.Run(trace, Tiny, Slow, new SimulationOptions(CachePolicySpec.Parse("lru"), CacheCapacity.InExperts(1), Misses: MissHandling.ExecuteOnCpu));
        Assert.Equal(0, r.BytesMoved);
        Assert.Equal(3, r.CpuExecutions);
        Assert.Equal(15.0, r.DecodeSeconds, 9); // 3 × (1 dense + 4 CPU)
        Assert.Equal(12.0, r.Decode.CpuWaitSeconds, 9);
    }

    [Fact]
    public void Faster_PicksTransferWhenTheBusWins()
    {
        var trace = TestTraces.FromExperts(2, 0, 1, 0);
        var r = OffloadSimulator.Run(trace, Tiny, Slow, new SimulationOptions(CachePolicySpec.Parse("lru"), CacheCapacity.InExperts(1), Misses: MissHandling.Cheaper));
        Assert.Equal(0, r.CpuExecutions); // transfer + compute = 3 s beats CPU 4 s
        Assert.Equal(12.0, r.DecodeSeconds, 9);
    }

    [Fact]
    public void OraclePrefetch_HidesTransferBehindTheDenseWork()
    {
        // Two layers so the oracle can fetch layer 1's expert while layer 0 computes.
        var model = Tiny with { Layers = 2 };
        var builder = new Traces.RoutingTraceBuilder(model.TraceShape(), withGates: false);
        builder.AddToken([0, 1], default);
        builder.AddToken([1, 0], default);
        var trace = builder.Build();
        var none = OffloadSimulator.Run(trace, model, Slow, new SimulationOptions(CachePolicySpec.Parse("lru"), CacheCapacity.InExperts(1)));
        var oracle = OffloadSimulator.Run(trace, model, Slow, new SimulationOptions(CachePolicySpec.Parse("lru"), CacheCapacity.InExperts(1), Prefetcher: "oracle"));
        Assert.Equal(16.0, none.DecodeSeconds, 9); // 4 layer-steps × 4 s
        Assert.True(oracle.DecodeSeconds < none.DecodeSeconds);
        Assert.True(oracle.Counters.UsefulPrefetches > 0);
    }

    [Theory]
    [InlineData("lru", "none", false)]
    [InlineData("lfu", "speculative(accuracy=0.7)", true)]
    [InlineData("arc", "stride", false)]
    [InlineData("lru", "oracle", true)]
    public void Breakdown_SumsToWallTime_AndTransfersMatchBytes(string policy, string prefetcher, bool preempt)
    {
        var trace = TestTraces.Random(3, layers: 8, tokens: 200);
        var model = OffloadModels.Mixtral8x7B with { Layers = 8 };
        var machine = Machine(1e14, 1e12, 25e9, 10e-6, 1e12, 1e11);
        var r = OffloadSimulator.Run(trace, model, machine, new SimulationOptions(CachePolicySpec.Parse(policy), CacheCapacity.InExperts(4), prefetcher, EarlyPreemption: preempt, PromptTokens: 16));
        Assert.Equal(r.DecodeSeconds, r.Decode.TotalSeconds, 6);
        Assert.Equal(r.PrefillSeconds, r.Prefill.TotalSeconds, 6);
        Assert.Equal(184, r.DecodeTokens);
        if (!preempt) Assert.Equal(r.Transfers * model.ExpertBytes, r.BytesMoved);
        Assert.InRange(r.BusUtilisation, 0, 1);
    }

    [Fact]
    public void Prefill_NeedsOnlyTheUnionOfExperts_AndBeatsTokenByToken()
    {
        var trace = TestTraces.Random(5, layers: 4, tokens: 100);
        var stream = RequestStream.FromTrace(trace, promptTokens: 64);
        for (var l = 0; l < 4; l++)
        {
            var distinct = new SortedSet<int>();
            for (var t = 0; t < 64; t++) foreach (var e in trace.Experts(t, l)) distinct.Add(e);
            Assert.Equal(distinct, new SortedSet<int>(stream.ExpertsAt(0, l).ToArray()));
            Assert.Equal(64 * 2, stream.TokenCountsAt(0, l).ToArray().Sum());
        }
        var model = OffloadModels.Mixtral8x7B with { Layers = 4 };
        var machine = Machine(1e14, 1e12, 25e9, 0, 1e12, 1e11);
        var r = OffloadSimulator.Run(trace, model, machine, new SimulationOptions(CachePolicySpec.Parse("lru"), CacheCapacity.InExperts(4), PromptTokens: 64));
        Assert.Equal(36, r.DecodeTokens);
        var perDecodeToken = r.DecodeSeconds / r.DecodeTokens;
        Assert.InRange(r.PrefillSeconds, perDecodeToken, 64 * perDecodeToken);
    }

    [Fact]
    public void CacheAwareRouting_SwapsOnlyLowGateChoices_AndRaisesHitRate()
    {
        var trace = TestTraces.Random(7, layers: 4, tokens: 400, zipf: 0.2, sticky: 0);
        var model = OffloadModels.Mixtral8x7B with { Layers = 4 };
        var machine = Machine(1e14, 1e12, 25e9, 0, 1e12, 1e11);
        var plain = OffloadSimulator.Run(trace, model, machine, new SimulationOptions(CachePolicySpec.Parse("lru"), CacheCapacity.InExperts(4)));
        var aware = OffloadSimulator.Run(trace, model, machine, new SimulationOptions(CachePolicySpec.Parse("lru"), CacheCapacity.InExperts(4), CacheAwareMargin: 0.5));
        Assert.Equal(0, plain.RoutingChangeRate);
        Assert.InRange(aware.RoutingChangeRate, 1e-6, 0.5); // only second choices can change
        Assert.True(aware.Counters.HitRate > plain.Counters.HitRate);
    }
}
