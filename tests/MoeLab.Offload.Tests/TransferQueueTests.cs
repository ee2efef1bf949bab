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

    [Theory]
    [InlineData("lru", "oracle")]
    [InlineData("lfu", "oracle")]
    [InlineData("fifo", "oracle")]
    [InlineData("lru", "stride")]
    [InlineData("lfu", "speculative(accuracy=0.5)")]
    public void OneBus_BusyTimeNeverExceedsElapsedTime(string policy, string prefetch)
    {
        // One bus, zero latency: the seconds it is busy can never exceed the seconds that pass. A queue that forgets a
        // demand read it has just scheduled (and starts a requeued prefetch beside it) breaks this.
        var trace = TestTraces.Random(seed: 11, layers: 4, experts: 8, topK: 2, tokens: 400);
        var shape = new MoeLab.Offload.Analytic.OffloadModelShape(4, 8, 2, ExpertBytes: 100, ExpertFlopsPerToken: 10, AttentionFlopsPerToken: 10, ResidentBytesPerLayer: 0);
        foreach (var queue in new[] { TransferQueue.Fifo, TransferQueue.DemandFirst })
        {
            var r = OffloadSimulator.Run(trace, shape, Machine,
                new SimulationOptions(CachePolicySpec.Parse(policy), CacheCapacity.InExperts(2), prefetch, Queue: queue));
            var elapsed = r.DecodeSeconds + r.PrefillSeconds;
            Assert.True(r.BusBusySeconds <= elapsed * (1 + 1e-12), $"{queue}: bus busy {r.BusBusySeconds} s in {elapsed} s");
            Assert.Equal(r.BytesMoved, r.Transfers * shape.ExpertBytes);
        }
    }

    [Fact]
    public void WithdrawingAPrefetch_RequeuesBehindTheDemandReadAlreadyOnTheBus()
    {
        // The LFU trace above with dense 0.5 s (expert 1 s, transfer 2 s), timeline worked by hand:
        // t2 layer 0 (dense ends 15): 3 was prefetched ([14.5, 16.5], in flight), 2 misses: demand read [16.5, 18.5].
        // The oracle then prefetches 2 and 3 into layer 1; 3 evicts the queued 2, which is withdrawn, and 3 is requeued.
        // It must queue behind the demand read: [18.5, 20.5] (a queue rebuilt from the prefetches alone put it at
        // [16.5, 18.5], beside the demand read, on a single bus). Layer 0 ends 19.5; layer 1's dense ends 20; 2 misses:
        // [20.5, 22.5]; 3 computes 20.5–21.5, 2 computes 22.5–23.5.
        var builder = new RoutingTraceBuilder(new TraceShape(2, 4, 2), withGates: false);
        builder.AddToken([0, 1, 0, 1], default);
        builder.AddToken([0, 1, 0, 1], default);
        builder.AddToken([2, 3, 2, 3], default);
        var shape = Shape with { AttentionFlopsPerToken = 5 };
        var r = OffloadSimulator.Run(builder.Build(), shape, Machine,
            new SimulationOptions(CachePolicySpec.Parse("lfu"), CacheCapacity.InExperts(2), "oracle", Queue: TransferQueue.DemandFirst));
        Assert.Equal(23.5, r.DecodeSeconds, 12);
        Assert.Equal(9, r.Transfers);
    }

    [Fact]
    public void EarlyPreemptionAndDemandFirst_AreRefusedTogether()
    {
        var options = new SimulationOptions(CachePolicySpec.Parse("lru"), CacheCapacity.InExperts(2), "oracle", EarlyPreemption: true, Queue: TransferQueue.DemandFirst);
        Assert.Throws<MoeLab.Core.Validation.InvalidInputException>(options.Validate);
    }
}
