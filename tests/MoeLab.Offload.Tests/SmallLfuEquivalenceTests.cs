using MoeLab.Offload.Caching;

namespace MoeLab.Offload.Tests;

/// <summary>
/// The slot-scan LFU the catalog uses for small partitions must make exactly the bucket LFU's decisions:
/// same hits, same victims, after any mix of demand requests, peeks, evictions and invalidations.
/// </summary>
public sealed class SmallLfuEquivalenceTests
{
    [Theory]
    [InlineData(1, 1)]
    [InlineData(2, 2)]
    [InlineData(3, 4)]
    [InlineData(4, 7)]
    [InlineData(5, 16)]
    public void RandomOperations_SameDecisionsAsBucketLfu(int seed, int capacity)
    {
        const int keys = 24;
        var random = new Random(seed);
        IExpertCachePolicy buckets = new LfuPolicy(keys);
        IExpertCachePolicy slots = new SmallLfuPolicy(keys, capacity);
        var resident = new List<int>();
        for (var step = 0; step < 20_000; step++)
        {
            // Skewed keys so that counts spread out and ties on count are common.
            var key = (int)(keys * Math.Pow(random.NextDouble(), 2.5));
            var request = new ExpertRequest(key, 1);
            var op = random.Next(20);
            if (op == 0 && resident.Count > 0)
            {
                var k = resident[random.Next(resident.Count)];
                buckets.Remove(k);
                slots.Remove(k);
                resident.Remove(k);
            }
            else if (op == 1 && resident.Count > 0)
            {
                var k = resident[random.Next(resident.Count)];
                buckets.Evict(k);
                slots.Evict(k);
                resident.Remove(k);
            }
            else if (op == 2)
            {
                Assert.Equal(buckets.Find(request, peek: true), slots.Find(request, peek: true));
            }
            else
            {
                var hit = buckets.Find(request, peek: false);
                Assert.Equal(hit, slots.Find(request, peek: false));
                if (!hit)
                {
                    if (resident.Count == capacity)
                    {
                        Assert.Equal(buckets.ChooseVictim(ProtectedKeys.None), slots.ChooseVictim(ProtectedKeys.None));
                        var victim = buckets.EvictVictim(ProtectedKeys.None);
                        Assert.Equal(victim, slots.EvictVictim(ProtectedKeys.None));
                        resident.Remove(victim);
                    }
                    buckets.Insert(request);
                    slots.Insert(request);
                    resident.Add(key);
                }
            }
            Assert.Equal(buckets.Count, slots.Count);
            Assert.Equal(resident.Count, slots.Count);
        }
    }

    [Fact]
    public void InsertBeyondCapacity_SlotsGrow_NothingLost()
    {
        var slots = new SmallLfuPolicy(keyCount: 10, capacityExperts: 2);
        for (var k = 0; k < 10; k++) slots.Insert(new ExpertRequest(k, 1));
        Assert.Equal(10, slots.Count);
        for (var k = 0; k < 10; k++) Assert.True(slots.Find(new ExpertRequest(k, 1), peek: true));
    }

    [Theory]
    [InlineData(SmallLfuPolicy.MaxCapacity, typeof(SmallLfuPolicy))]
    [InlineData(SmallLfuPolicy.MaxCapacity + 1, typeof(LfuPolicy))]
    public void Catalog_PicksByPartitionCapacity(int capacity, Type expected) =>
        Assert.IsType(expected, CachePolicyCatalog.Create(CachePolicySpec.Parse("lfu"), new CachePolicyContext(64, capacity, null, false)));
}
