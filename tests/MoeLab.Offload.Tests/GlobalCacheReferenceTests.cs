using MoeLab.Offload.Caching;
using MoeLab.Offload.Simulation;
using MoeLab.Offload.Tests.Reference;
using MoeLab.Offload.Traces;

namespace MoeLab.Offload.Tests;

/// <summary>
/// Large global caches (many residents, many distinct counts) against the brute-force reference: the O(1)
/// LFU buckets and Belady's remembered victim must pick exactly the victims a full scan picks.
/// </summary>
public sealed class GlobalCacheReferenceTests
{
    /// <summary>The trace's steps with global keys layer·E + expert, in decode order.</summary>
    private static List<int[]> GlobalKeys(RoutingTrace trace)
    {
        var steps = new List<int[]>();
        for (var t = 0; t < trace.TokenCount; t++)
            for (var l = 0; l < trace.Shape.Layers; l++)
                steps.Add([.. trace.Experts(t, l).ToArray().Select(e => trace.Shape.Key(l, e))]);
        return steps;
    }

    private static long Hits(RoutingTrace trace, string policy, int capacity) =>
        CacheReplay.Run(RequestStream.FromTrace(trace), CachePolicySpec.Parse(policy), CacheCapacity.InExperts(capacity, CacheScope.Global), 1).Counters.Hits;

    [Theory]
    [InlineData(1, 3)]
    [InlineData(2, 17)]
    [InlineData(3, 40)]
    [InlineData(4, 90)]
    public void Lfu_GlobalCacheManyResidents_MatchesBruteForce(int seed, int capacity)
    {
        var trace = TestTraces.Random(seed, layers: 4, experts: 32, topK: 3, tokens: 600, zipf: 0.6 + 0.2 * seed, sticky: 0.2);
        Assert.Equal(StepAtomicReference.Hits("lfu", GlobalKeys(trace), capacity), Hits(trace, "lfu", capacity));
    }

    [Theory]
    [InlineData(5, 6)]
    [InlineData(6, 30)]
    [InlineData(7, 64)]
    public void Belady_GlobalCacheManyResidents_MatchesBruteForce(int seed, int capacity)
    {
        var trace = TestTraces.Random(seed, layers: 4, experts: 32, topK: 3, tokens: 150, zipf: 1.0, sticky: 0.3);
        Assert.Equal(StepAtomicReference.Hits("opt-bypass", GlobalKeys(trace), capacity), Hits(trace, "opt-bypass", capacity));
    }

    [Fact]
    public void StreamedBinaryReplay_NoGatesLongerThanReadBuffer_SameCountsAsInMemory()
    {
        var withGates = TestTraces.Random(12, tokens: 5000);
        var builder = new RoutingTraceBuilder(withGates.Shape, withGates: false);
        var perToken = new int[withGates.Shape.Layers * withGates.Shape.TopK];
        for (var t = 0; t < withGates.TokenCount; t++)
        {
            for (var l = 0; l < withGates.Shape.Layers; l++) withGates.Experts(t, l).CopyTo(perToken.AsSpan(l * withGates.Shape.TopK));
            builder.AddToken(perToken, default);
        }
        var trace = builder.Build();
        var path = Path.Combine(Path.GetTempPath(), $"moelab-test-{Guid.NewGuid():N}.moetrace");
        try
        {
            TraceFiles.Save(trace, path);
            using var reader = BinaryTraceReader.Open(path);
            foreach (var p in new[] { "lru", "lfu" })
            {
                reader.Reset();
                var capacity = CacheCapacity.InExperts(9, CacheScope.Global);
                var streamed = CacheReplay.Run(reader, CachePolicySpec.Parse(p), capacity, 1);
                var inMemory = CacheReplay.Run(RequestStream.FromTrace(trace), CachePolicySpec.Parse(p), capacity, 1);
                Assert.Equal(inMemory.Counters, streamed.Counters);
                Assert.Equal(inMemory.HitRateByLayer, streamed.HitRateByLayer);
            }
        }
        finally { File.Delete(path); }
    }

    [Fact]
    public void StreamedBinaryReplay_ExpertIdOutOfRange_RejectedWithRecordNumber()
    {
        var trace = TestTraces.Random(13, tokens: 50);
        var path = Path.Combine(Path.GetTempPath(), $"moelab-test-{Guid.NewGuid():N}.moetrace");
        try
        {
            TraceFiles.Save(trace, path);
            var bytes = File.ReadAllBytes(path);
            var header = (int)BitConverter.ToUInt32(bytes, 12);
            var recordBytes = BinaryTraceFormat.RecordBytes(trace.Shape, withGates: true);
            bytes[header + 5 * recordBytes + 2] = 0xFF; // second id of the sixth record
            File.WriteAllBytes(path, bytes);
            using var reader = BinaryTraceReader.Open(path);
            var e = Assert.Throws<Core.Validation.InvalidInputException>(() => CacheReplay.Run(reader, CachePolicySpec.Parse("lru"), CacheCapacity.InExperts(3), 1));
            Assert.Equal(6, e.Row);
        }
        finally { File.Delete(path); }
    }
}
