using MoeLab.Offload.Caching;
using MoeLab.Offload.Simulation;
using MoeLab.Offload.Traces;

namespace MoeLab.Offload.Tests;

/// <summary>
/// The two transfer disciplines: FIFO (a copy engine) and demand-first (the offloading runtime's priority queue, which
/// withdraws a queued prefetch whose expert was evicted before it started).
/// </summary>
public sealed class TransferQueueTests
{
    // Two layers, 4 experts, top-2; dense 1 s, expert 1 s, transfer 2 s.
    private static readonly MoeLab.Offload.Analytic.OffloadModelShape Shape = new(2, 4, 2, ExpertBytes: 100, ExpertFlopsPerToken: 10, AttentionFlopsPerToken: 10, ResidentBytesPerLayer: 0);
    private static readonly MoeLab.Core.Hardware.HardwareProfile Machine = SimulatorTimingTests.Machine(flops: 10, fastBandwidth: 1e12, bus: 50, latency: 0, cpuFlops: 1, cpuBandwidth: 1e12);

    private static SimulationResult Run(RoutingTrace trace, string policy, string prefetch, TransferQueue queue) =>
        OffloadSimulator.Run(trace, Shape, Machine, new SimulationOptions(CachePolicySpec.Parse(policy), CacheCapacity.InExperts(2), prefetch, Queue: queue));

    [Theory]
    [InlineData("lru")]
    [InlineData("lfu")]
    [InlineData("opt")]
    public void WithoutPrefetch_BothQueuesAreTheSameTimeline(string policy)
    {
        var trace = TestTraces.Random(seed: 5, layers: 2, experts: 4, topK: 2, tokens: 300);
        var fifo = Run(trace, policy, "none", TransferQueue.Fifo);
        var first = Run(trace, policy, "none", TransferQueue.DemandFirst);
        Assert.Equal(fifo.DecodeSeconds, first.DecodeSeconds, 12);
        Assert.Equal(fifo.BytesMoved, first.BytesMoved);
        Assert.Equal(fifo.Counters, first.Counters);
    }

    [Fact]
    public void LfuOraclePrefetch_EvictedQueuedPrefetchIsWithdrawn_AndMovesNothing()
    {
        // Layer 1 sees {0,1} twice (counts 2), then {2,3}. At the third token's layer 0 (itself missing 2 and 3, so the bus
        // is busy with demand reads) the oracle prefetches 2 and 3 into layer 1: 2 evicts 0, then 3 evicts the
        // just-inserted 2 (count 1 < 2) while 2's transfer is still queued behind the demand reads.
        var builder = new RoutingTraceBuilder(new TraceShape(2, 4, 2), withGates: false);
        builder.AddToken([0, 1, 0, 1], default);
        builder.AddToken([0, 1, 0, 1], default);
        builder.AddToken([2, 3, 2, 3], default);
        var trace = builder.Build();
        var fifo = Run(trace, "lfu", "oracle", TransferQueue.Fifo);
        var first = Run(trace, "lfu", "oracle", TransferQueue.DemandFirst);

        Assert.Equal(fifo.Counters, first.Counters); // the cache decides the same; only the bus differs
        Assert.Equal(fifo.Transfers - 1, first.Transfers);
        Assert.Equal(fifo.BytesMoved - 100, first.BytesMoved);
        // The withdrawn 2 s transfer was ahead of 3's prefetch and 2's demand read on the FIFO bus.
        // (A prefetch that an idle bus has already started is in flight and is never withdrawn: see the runtime.)
        Assert.True(first.DecodeSeconds < fifo.DecodeSeconds, $"demand-first {first.DecodeSeconds} s vs FIFO {fifo.DecodeSeconds} s");
    }

    [Fact]
    public void EarlyPreemptionAndDemandFirst_AreRefusedTogether()
    {
        var options = new SimulationOptions(CachePolicySpec.Parse("lru"), CacheCapacity.InExperts(2), "oracle", EarlyPreemption: true, Queue: TransferQueue.DemandFirst);
        Assert.Throws<MoeLab.Core.Validation.InvalidInputException>(options.Validate);
    }
}
