using MoeLab.Offload.Caching;
using MoeLab.Offload.Simulation;

namespace MoeLab.Offload.Tests;

/// <summary>Invariants every policy must keep, on seeded random traces of several shapes.</summary>
public sealed class CachePolicyPropertyTests
{
    private static readonly string[] OnlinePolicies = ["lru", "lfu", "lfu(decay=0.9)", "lfu-perfect", "fifo", "arc", "pin", "opt"];

    public static TheoryData<int, string> SeedsAndScopes()
    {
        var data = new TheoryData<int, string>();
        foreach (var seed in new[] { 1, 2, 3, 4, 5 })
            foreach (var scope in new[] { "layer", "global" })
                data.Add(seed, scope);
        return data;
    }

    private static CacheCapacity Capacity(string scope, int perLayer, int layers) =>
        scope == "layer" ? CacheCapacity.InExperts(perLayer) : CacheCapacity.InExperts(perLayer * layers, CacheScope.Global);

    [Theory]
    [MemberData(nameof(SeedsAndScopes))]
    public void BeladyWithBypass_RandomTraces_HitsAtLeastEveryOtherPolicy(int seed, string scope)
    {
        var trace = TestTraces.Random(seed, zipf: seed * 0.3, sticky: 0.1 * seed);
        var stream = RequestStream.FromTrace(trace);
        for (var c = 2; c < 8; c++)
        {
            var capacity = Capacity(scope, c, trace.Shape.Layers);
            var opt = CacheReplay.Run(stream, CachePolicySpec.Parse("opt-bypass"), capacity, 1).Counters.Hits;
            foreach (var p in OnlinePolicies)
            {
                var hits = CacheReplay.Run(stream, CachePolicySpec.Parse(p), capacity, 1).Counters.Hits;
                Assert.True(opt >= hits, $"opt {opt} < {p} {hits} at capacity {c}");
            }
        }
    }

    [Theory]
    [MemberData(nameof(SeedsAndScopes))]
    public void Lru_RandomTraces_HitRateNonDecreasingInCapacity(int seed, string scope)
    {
        var trace = TestTraces.Random(seed, zipf: 1.0, sticky: 0.2);
        var stream = RequestStream.FromTrace(trace);
        long previous = -1;
        for (var c = 2; c <= 8; c++)
        {
            var hits = CacheReplay.Run(stream, CachePolicySpec.Parse("lru"), Capacity(scope, c, trace.Shape.Layers), 1).Counters.Hits;
            Assert.True(hits >= previous, $"LRU hits fell from {previous} to {hits} at capacity {c}");
            previous = hits;
        }
    }

    [Theory]
    [MemberData(nameof(SeedsAndScopes))]
    public void AllPolicies_CapacityHoldsEveryExpert_OnlyColdMisses(int seed, string scope)
    {
        var trace = TestTraces.Random(seed);
        var stream = RequestStream.FromTrace(trace);
        var distinct = stream.Popularity().Count(n => n > 0);
        foreach (var p in OnlinePolicies.Append("opt-bypass"))
        {
            var counters = CacheReplay.Run(stream, CachePolicySpec.Parse(p), Capacity(scope, 8, trace.Shape.Layers), 1).Counters;
            Assert.Equal(distinct, counters.Misses);
            Assert.Equal(0, counters.Evictions);
        }
    }

    [Theory]
    [InlineData(1, "lru", 3)]
    [InlineData(2, "lfu", 2)]
    [InlineData(3, "arc", 4)]
    [InlineData(4, "fifo", 5)]
    [InlineData(5, "opt", 3)]
    public void BytesMoved_NoPrefetch_EqualsMissesTimesExpertBytes(int seed, string policy, int cached)
    {
        const long expertBytes = 352_321_536;
        var trace = TestTraces.Random(seed);
        var result = CacheReplay.Run(RequestStream.FromTrace(trace), CachePolicySpec.Parse(policy), CacheCapacity.InExperts(cached), expertBytes);
        Assert.Equal(result.Counters.Misses * expertBytes, result.BytesMoved);
    }

    [Fact]
    public void CapacityInBytes_SameAsWholeExperts_SameHits()
    {
        var trace = TestTraces.Random(9);
        var stream = RequestStream.FromTrace(trace);
        var byCount = CacheReplay.Run(stream, CachePolicySpec.Parse("lru"), CacheCapacity.InExperts(12, CacheScope.Global), 1000);
        var byBytes = CacheReplay.Run(stream, CachePolicySpec.Parse("lru"), CacheCapacity.InBytes(12_999, CacheScope.Global), 1000);
        Assert.Equal(byCount.Counters, byBytes.Counters);
    }

    [Fact]
    public void StreamedBinaryReplay_SameCountsAsInMemoryReplay()
    {
        var trace = TestTraces.Random(11, tokens: 2000);
        var path = Path.Combine(Path.GetTempPath(), $"moelab-test-{Guid.NewGuid():N}.moetrace");
        try
        {
            Traces.TraceFiles.Save(trace, path);
            using var reader = Traces.BinaryTraceReader.Open(path);
            foreach (var p in new[] { "lru", "lfu", "fifo", "arc" })
            {
                reader.Reset();
                var streamed = CacheReplay.Run(reader, CachePolicySpec.Parse(p), CacheCapacity.InExperts(3), 7);
                var inMemory = CacheReplay.Run(RequestStream.FromTrace(trace), CachePolicySpec.Parse(p), CacheCapacity.InExperts(3), 7);
                Assert.Equal(inMemory.Counters, streamed.Counters);
            }
        }
        finally { File.Delete(path); }
    }

    [Fact]
    public void Counters_Combine_AddsEveryField()
    {
        var a = new CacheCounters(10, 4, 1, 2, 3, 1);
        var b = new CacheCounters(5, 5, 0, 1, 0, 0);
        Assert.Equal(new CacheCounters(15, 9, 1, 3, 3, 1), a + b);
        Assert.Equal(6, (a + b).Misses);
    }
}
