namespace MoeLab.Offload.Caching;

/// <summary>
/// Plain counts from a cache run. Counters from independent runs (other traces, other shards) merge with
/// <see cref="Combine"/>, as MathNet's <c>RunningStatistics.Combine</c> merges accumulators.
/// </summary>
/// <param name="Requests">Demand requests (one per expert a step needs).</param>
/// <param name="Hits">Demand requests found resident.</param>
/// <param name="Bypasses">Misses the policy chose not to keep (used once from a staging buffer).</param>
/// <param name="Evictions">Experts evicted to make room.</param>
/// <param name="PrefetchInsertions">Experts brought in by a prefetcher.</param>
/// <param name="UsefulPrefetches">Prefetched experts later hit by a demand request before eviction.</param>
public readonly record struct CacheCounters(long Requests, long Hits, long Bypasses, long Evictions, long PrefetchInsertions, long UsefulPrefetches)
{
    public long Misses => Requests - Hits;

    public double HitRate => Requests == 0 ? double.NaN : (double)Hits / Requests;

    /// <summary>Experts moved into fast memory: every demand miss plus every prefetch.</summary>
    public long Transfers => Misses + PrefetchInsertions;

    public static CacheCounters Combine(CacheCounters a, CacheCounters b) => new(
        a.Requests + b.Requests, a.Hits + b.Hits, a.Bypasses + b.Bypasses, a.Evictions + b.Evictions,
        a.PrefetchInsertions + b.PrefetchInsertions, a.UsefulPrefetches + b.UsefulPrefetches);

    public static CacheCounters operator +(CacheCounters a, CacheCounters b) => Combine(a, b);
}
