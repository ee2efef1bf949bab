using MoeLab.Core.Hardware;
using MoeLab.Engine.Offloading;
using MoeLab.Engine.Weights;
using MoeLab.Offload.Caching;
using MoeLab.Offload.Simulation;
using MoeLab.Offload.Traces;
using Xunit.Abstractions;

namespace MoeLab.Engine.Tests.Offloading;

/// <summary>
/// The runtime and the simulator share the cache, the policies and the prefetchers; driven by the same real
/// Mixtral trace they must count the same hits, requests, evictions, prefetches and useful prefetches — for every
/// policy, per-layer and global capacities, and every trace-reading prefetcher. And the runtime's bytes read must
/// be exactly its reads × one expert's read window.
/// </summary>
public sealed class RuntimeSimulatorAgreementTests(ShrunkMixtralFixture model, ITestOutputHelper output) : IClassFixture<ShrunkMixtralFixture>
{
    private const int Tokens = 40;
    private static readonly string[] Policies = ["lru", "fifo", "lfu", "lfu-perfect", "arc", "pin", "opt", "opt-bypass"];

    // Timing does not enter the counts; any valid machine will do.
    private static readonly HardwareProfile Machine = new()
    {
        Name = "test", Description = "hand-made test machine", FastTierCapacityBytes = 1L << 40,
        FastTierBandwidthBytesPerSecond = 1e11, BusBandwidthBytesPerSecond = 1e9, BusLatencySeconds = 1e-5,
        AcceleratorFlopsPerSecond = 1e11, AcceleratorDtype = "f32", CpuFlopsPerSecond = 1e10, CpuMemoryBandwidthBytesPerSecond = 1e10,
        LinkBandwidthBytesPerSecond = 1, LinkLatencySeconds = 0, KernelLaunchLatencySeconds = 0,
    };

    public static TheoryData<string, string> Grid()
    {
        var data = new TheoryData<string, string>();
        foreach (var trace in new[] { "mixtral-8x7b-gsm8k", "mixtral-8x7b-humaneval" })
            foreach (var prefetch in new[] { "none", "oracle", "stride", "speculative(accuracy=0.7)" })
                data.Add(trace, prefetch);
        return data;
    }

    [Theory]
    [MemberData(nameof(Grid))]
    public void RealMixtralTrace_RuntimeCountersEqualTheSimulators_BytesReadAreReadsTimesTheWindow(string traceName, string prefetch)
    {
        using var runtime = OffloadRuntime.Open(model.Directory);
        var trace = BuiltInTraces.Load(traceName);
        Assert.Equal(new TraceShape(32, 8, 2), runtime.Shape);
        runtime.CheckTrace(trace, traceName);
        Assert.Equal(3L * 64 * 224 * 4, runtime.ExpertBytesOnDevice);
        var shape = runtime.ModelShape(OffloadRuntime.MeanPosition(trace, Tokens));
        var window = ReadWindowBytes(runtime.Layout);

        var capacities = new List<CacheCapacity>();
        foreach (var k in new[] { 2, 4, 6 }) capacities.Add(CacheCapacity.InExperts(k));
        foreach (var k in new[] { 2, 4 }) capacities.Add(CacheCapacity.InExperts(k * runtime.Shape.Layers, CacheScope.Global));

        var runs = 0;
        foreach (var capacity in capacities)
            foreach (var name in Policies)
            {
                var policy = CachePolicySpec.Parse(name);
                if (CachePolicyCatalog.NeedsNextUse(policy) && prefetch != "none") continue; // refused: Belady is demand-only
                const int seed = 11;
                var run = runtime.Replay(trace, Tokens, new ReplayOptions(policy, capacity, prefetch, IoThreads: 1, Seed: seed));
                var simulated = OffloadSimulator.Run(trace, shape, Machine, new SimulationOptions(policy, capacity, prefetch, Seed: seed, MaxTokens: Tokens));
                var what = $"{traceName} {name} {capacity} {prefetch}";

                Assert.True(simulated.Counters == run.Counters, $"{what}: runtime {run.Counters} vs simulator {simulated.Counters}");
                Assert.Equal((long)Tokens * 32 * 2, run.Counters.Requests);
                Assert.Equal(run.Counters.Requests, run.Measured.Requests);
                Assert.Equal(run.Counters.Hits, run.Measured.Hits);
                Assert.Equal(run.Counters.Bypasses, run.BypassedReads);
                if (prefetch == "none") Assert.Equal(0, run.Counters.PrefetchInsertions);

                // Every demand miss is read, into its slot or (bypassed) a staging slot, so with no prefetcher the bytes are
                // exactly misses × window. A prefetch is read unless withdrawn while still queued — its expert evicted
                // first, e.g. by the next prefetch into the same partition (LFU evicts a fresh prefetch first) — or still
                // reading when the replay ends; how many that is depends on timing, so with a prefetcher only the bounds hold.
                var bytes = run.Measured.BytesRead;
                Assert.True(bytes % window == 0, $"{what}: {bytes} bytes is not whole expert reads of {window}");
                Assert.Equal(bytes / window, run.Measured.ReadsIssued); // one coalesced read per synthesized expert
                if (prefetch == "none")
                    Assert.True(run.Counters.Misses * window == bytes, $"{what}: read {bytes} B, expected {run.Counters.Misses} misses × {window} B");
                else
                    Assert.InRange(bytes, run.Counters.Misses * window, run.Counters.Transfers * window);
                Assert.Equal(simulated.Transfers, run.Counters.Transfers);
                // The simulator moves what a miss reads: the 4 KiB-aligned window around the expert's bytes.
                Assert.Equal(window, runtime.ExpertBytesRead);
                Assert.Equal(simulated.BytesMoved, run.Counters.Transfers * window);
                runs++;
            }
        output.WriteLine($"{runs} runs of {Tokens} tokens agree; one expert is {runtime.ExpertBytesOnDevice} B on disk, read as a {window} B window; {runtime.IoMode}");
        Assert.Equal(prefetch == "none" ? 5 * 8 : 5 * 6, runs);
    }

    /// <summary>What one expert's read moves: its aligned windows (all experts of a synthesized model alike).</summary>
    private static long ReadWindowBytes(ExpertLayout layout)
    {
        var windows = layout.All.Select(e => e.Reads.Sum(r => DirectFileReader.BufferBytes(r.Offset, r.Length))).Distinct().ToList();
        Assert.Single(windows);
        Assert.All(layout.All, e => Assert.Single(e.Reads));
        return windows[0];
    }
}
