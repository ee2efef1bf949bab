namespace MoeLab.Offload.Caching;

/// <summary>
/// Least frequently used, counting only while resident (an evicted expert starts again from one). Ties go
/// to the least recently used. O(1) per operation whatever the capacity: residents sit in buckets of equal
/// count, the buckets in a list ascending by count. Every touch moves a key to the front of its (new) bucket,
/// so each bucket is ordered by last use and the victim is the back of the lowest bucket — exactly the
/// least-count, least-recent key a full scan would pick. Fading counts are <see cref="DecayedLfuPolicy"/>.
/// </summary>
public sealed class LfuPolicy : IExpertCachePolicy
{
    private const int NotResident = -1;
    private readonly IntrusiveList _members;   // keys, one list per bucket
    private readonly IntrusiveList _buckets;   // bucket ids, one list ascending by count
    private readonly int _bucketsHead;
    private readonly int[] _bucketOf;
    private readonly long[] _bucketCount;
    private readonly int[] _bucketSize;
    private readonly int[] _freeBuckets;
    private int _freeTop;

    public LfuPolicy(int keyCount)
    {
        // At most one non-empty bucket per resident key, plus one: a hit takes its new bucket before it
        // leaves the old one, when every key may be resident in a bucket of its own. Plus one more for the
        // emptied count-1 bucket an eviction may leave linked for the next insert (see Evict).
        var bucketIds = keyCount + 2;
        _members = new IntrusiveList(keyCount, bucketIds);
        _buckets = new IntrusiveList(bucketIds, 1);
        _bucketsHead = _buckets.Sentinel(0);
        _bucketOf = new int[keyCount];
        Array.Fill(_bucketOf, NotResident);
        _bucketCount = new long[bucketIds];
        _bucketSize = new int[bucketIds];
        _freeBuckets = new int[bucketIds];
        for (var b = 0; b < bucketIds; b++) _freeBuckets[b] = bucketIds - 1 - b;
        _freeTop = bucketIds;
    }

    public string Name => "lfu";
    public int Count { get; private set; }

    public bool Find(in ExpertRequest request, bool peek)
    {
        var key = request.Key;
        var bucket = _bucketOf[key];
        if (bucket == NotResident) return false;
        if (!peek) Touch(key, bucket);
        return true;
    }

    private void Touch(int key, int bucket)
    {
        var count = _bucketCount[bucket] + 1;
        var next = _buckets.Next(bucket);
        var nextHoldsCount = next != _bucketsHead && _bucketCount[next] == count;
        if (_bucketSize[bucket] == 1 && !nextHoldsCount)
        {
            // Alone in its bucket with no bucket of count+1 to join: raising the bucket's count keeps the order.
            _bucketCount[bucket] = count;
            return;
        }
        MoveTo(key, bucket, nextHoldsCount ? next : BucketAfter(bucket, count));
    }

    public bool Admits(in ExpertRequest request, bool needsEviction, ProtectedKeys protectedKeys) => true;

    public void Insert(in ExpertRequest request)
    {
        var key = request.Key;
        var bucket = BucketAfter(_bucketsHead, 1);
        _members.PushFront(bucket, key);
        _bucketSize[bucket]++;
        _bucketOf[key] = bucket;
        Count++;
    }

    public int EvictVictim(ProtectedKeys protectedKeys)
    {
        var victim = ChooseVictim(protectedKeys);
        if (victim != IExpertCachePolicy.NoVictim) Evict(victim);
        return victim;
    }

    public int ChooseVictim(ProtectedKeys protectedKeys)
    {
        // Buckets ascend by count and each is ordered by last use, so the first unprotected key from the back of
        // the lowest buckets is the least-count, least-recent evictable key; an empty bucket (the count-1 one
        // Evict keeps) yields nothing and is passed over. Only protected keys are ever skipped.
        for (var bucket = _buckets.Next(_bucketsHead); bucket != _bucketsHead; bucket = _buckets.Next(bucket))
        {
            var key = _members.BackUnprotected(bucket, protectedKeys);
            if (key >= 0) return key;
        }
        return IExpertCachePolicy.NoVictim;
    }

    public void Evict(int key)
    {
        var bucket = _bucketOf[key];
        if (_bucketSize[bucket] != 1 || _bucketCount[bucket] != 1)
        {
            Remove(key);
            return;
        }
        // A miss evicts then inserts, and the newcomer enters the count-1 bucket this victim empties: leave
        // that bucket linked (empty, lowest) for Insert to find instead of freeing it and allocating it again.
        // Only the lowest bucket can hold count 1, so at most one empty bucket exists and it is always first.
        _members.Unlink(key);
        _bucketOf[key] = NotResident;
        _bucketSize[bucket] = 0;
        Count--;
    }

    public void Remove(int key)
    {
        var bucket = _bucketOf[key];
        _members.Unlink(key);
        _bucketOf[key] = NotResident;
        Count--;
        LeaveBucket(bucket);
    }

    /// <summary>The bucket holding <paramref name="count"/> right after <paramref name="anchor"/> (a bucket or the head), created if missing.</summary>
    private int BucketAfter(int anchor, long count)
    {
        var next = _buckets.Next(anchor);
        if (next != _bucketsHead && _bucketCount[next] == count) return next;
        var bucket = _freeBuckets[--_freeTop];
        _bucketCount[bucket] = count;
        _buckets.InsertAfter(anchor, bucket);
        return bucket;
    }

    private void MoveTo(int key, int from, int to)
    {
        _members.Unlink(key);
        _members.PushFront(to, key);
        _bucketSize[to]++;
        _bucketOf[key] = to;
        LeaveBucket(from);
    }

    private void LeaveBucket(int bucket)
    {
        if (--_bucketSize[bucket] > 0) return;
        _buckets.Unlink(bucket);
        _freeBuckets[_freeTop++] = bucket;
    }
}
