using MoeLab.Offload.Caching;
using MoeLab.Offload.Traces;

namespace MoeLab.Offload.Tests;

/// <summary>The step API the engine's runtime codes against: protection, slots, prefetch, batched steps.</summary>
public sealed class ExpertCacheStepApiTests
{
    private static readonly TraceShape OneLayer = new(1, 8, 2);

    private static ExpertCache Lru(int slots) => new(OneLayer, CacheCapacity.InExperts(slots), 1, CachePolicySpec.Parse("lru"));

    private static AccessOutcome[] Step(ExpertCache cache, params int[] experts)
    {
        var outcomes = new AccessOutcome[experts.Length];
        cache.AccessStep(0, experts, default, outcomes);
        return outcomes;
    }

    [Fact]
    public void SecondExpertAtTheLruTail_IsNotEvictedByTheFirstsMiss_AndTheNewcomerTakesTheVictimsSlot()
    {
        var cache = Lru(2);
        Step(cache, 0, 1);
        Step(cache, 1, 0);   // 1 is now least recent
        Assert.Equal((0, 1), (cache.SlotOf(0, 0), cache.SlotOf(0, 1)));
        // 2 misses first; request-at-a-time LRU would evict 1, the expert this token needs next.
        Assert.Equal([AccessOutcome.MissInserted, AccessOutcome.Hit], Step(cache, 2, 1));
        Assert.Equal(-1, cache.SlotOf(0, 0));
        Assert.Equal(0, cache.SlotOf(0, 2));
        Assert.Equal(1, cache.SlotOf(0, 1));
        Assert.Equal(2, cache.SlotCount);
    }

    [Fact]
    public void Prefetch_RespectsTheCurrentStep_UntilEndStep()
    {
        var cache = Lru(2);
        Step(cache, 0, 1);
        Assert.False(cache.Prefetch(0, 5));
        Assert.Equal(2, cache.ResidentCount);
        cache.EndStep();
        Assert.True(cache.Prefetch(0, 5));
        Assert.Equal(0, cache.SlotOf(0, 5));   // took the least recent expert's (0's) slot
        Assert.Equal(-1, cache.SlotOf(0, 0));
    }

    [Fact]
    public void BatchedStepLargerThanTheCache_RunsInWaves_KeepsUnservedHits()
    {
        var cache = Lru(2);
        Assert.All(Step(cache, 0, 1, 2, 3), o => Assert.Equal(AccessOutcome.MissInserted, o));
        Assert.Equal(2, cache.ResidentCount);
        // 2 and 3 are resident: a step 4, 2, 3 must hit both, so 4 cannot be kept.
        Assert.Equal([AccessOutcome.MissBypassed, AccessOutcome.Hit, AccessOutcome.Hit], Step(cache, 4, 2, 3));
        Assert.Equal(2, cache.Counters.Hits);
        Assert.Equal(1, cache.Counters.Bypasses);
    }

    [Fact]
    public void SlotsStayDistinct_OverALongRandomRun_GlobalPool()
    {
        var shape = new TraceShape(4, 8, 2);
        var cache = new ExpertCache(shape, CacheCapacity.InExperts(5, CacheScope.Global), 1, CachePolicySpec.Parse("arc"));
        var random = new Random(3);
        var outcomes = new AccessOutcome[2];
        for (var i = 0; i < 5000; i++)
        {
            var layer = random.Next(4);
            var a = random.Next(8);
            var b = (a + 1 + random.Next(7)) % 8;
            cache.AccessStep(layer, [a, b], default, outcomes);
            Assert.True(cache.SlotOf(layer, a) >= 0 && cache.SlotOf(layer, b) >= 0);
            var slots = Enumerable.Range(0, 4).SelectMany(l => Enumerable.Range(0, 8).Select(e => cache.SlotOf(l, e))).Where(s => s >= 0).ToList();
            Assert.Equal(cache.ResidentCount, slots.Count);
            Assert.Equal(slots.Count, slots.Distinct().Count());
            Assert.All(slots, s => Assert.InRange(s, 0, cache.SlotCount - 1));
        }
    }
}
