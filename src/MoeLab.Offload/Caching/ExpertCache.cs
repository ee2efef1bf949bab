namespace MoeLab.Offload.Caching;

/// <summary>How a demand request ended.</summary>
public enum AccessOutcome { Hit, MissInserted, MissBypassed }

/// <summary>
/// The request loop, written once for every policy and both hosts (the simulator's virtual clock and the
/// engine's disk-backed runtime): look up; on a miss ask the policy whether to admit, evict its victims
/// until the expert fits, insert. Experts are (layer, expert) pairs; the cache maps them to dense keys of
/// per-layer partitions or one global partition. Capacity and occupancy are tracked here in bytes; the
/// policy only orders experts.
/// </summary>
public sealed class ExpertCache
{
    private readonly IExpertCachePolicy[] _partitions;
    private readonly long[] _usedBytes;
    private readonly long _partitionBytes;
    private readonly int _experts;
    private readonly bool _perLayer;
    private readonly bool[] _prefetchedUnused;
    private readonly long[] _requestsByLayer;
    private readonly long[] _hitsByLayer;
    private long _bypasses, _evictions, _prefetches, _usefulPrefetches;

    /// <param name="popularity">Requests per (layer, expert), dense layer·E + expert — needed by <c>pin</c> only.</param>
    /// <param name="hasNextUse">Whether every request will carry its next-use index — needed by <c>opt</c>.</param>
    public ExpertCache(Traces.TraceShape shape, CacheCapacity capacity, long expertBytes, CachePolicySpec policy, long[]? popularity = null, bool hasNextUse = false)
    {
        Core.Validation.Preconditions.Positive(expertBytes, "expert bytes");
        Shape = shape;
        Capacity = capacity;
        ExpertBytes = expertBytes;
        _experts = shape.ExpertsPerLayer;
        _perLayer = capacity.Scope == CacheScope.PerLayer;
        _partitionBytes = capacity.PartitionBytes(expertBytes);
        var partitions = _perLayer ? shape.Layers : 1;
        var keys = _perLayer ? shape.ExpertsPerLayer : shape.TotalExperts;
        _partitions = new IExpertCachePolicy[partitions];
        for (var p = 0; p < partitions; p++)
        {
            var pop = popularity is null ? null : _perLayer ? popularity.AsSpan(p * keys, keys).ToArray() : popularity;
            _partitions[p] = CachePolicyCatalog.Create(policy, new CachePolicyContext(keys, capacity.PartitionExperts(expertBytes), pop, hasNextUse));
        }
        _usedBytes = new long[partitions];
        _prefetchedUnused = new bool[shape.TotalExperts];
        _requestsByLayer = new long[shape.Layers];
        _hitsByLayer = new long[shape.Layers];
    }

    public Traces.TraceShape Shape { get; }
    public CacheCapacity Capacity { get; }
    public long ExpertBytes { get; }
    public string PolicyName => _partitions[0].Name;

    /// <remarks>Totals are summed from the per-layer counts, so the request loop increments one counter, not two.</remarks>
    public CacheCounters Counters => new(Sum(_requestsByLayer), Sum(_hitsByLayer), _bypasses, _evictions, _prefetches, _usefulPrefetches);

    private static long Sum(long[] values)
    {
        long total = 0;
        foreach (var v in values) total += v;
        return total;
    }

    public ReadOnlySpan<long> RequestsByLayer => _requestsByLayer;
    public ReadOnlySpan<long> HitsByLayer => _hitsByLayer;

    /// <summary>Experts resident now, over all partitions.</summary>
    public int ResidentCount
    {
        get
        {
            var n = 0;
            foreach (var p in _partitions) n += p.Count;
            return n;
        }
    }

    /// <summary>A demand request for (layer, expert): look up, and on a miss admit it (evicting as needed).
    /// <paramref name="nextUse"/> is the index of its next request (for <c>opt</c>).</summary>
    public AccessOutcome Access(int layer, int expert, long nextUse = ExpertRequest.Unknown)
    {
        // Lookup then AdmitMissed, fused: the hot loop of every replay builds the request and finds the partition once.
        var partition = _perLayer ? layer : 0;
        var policy = _partitions[partition];
        var request = new ExpertRequest(_perLayer ? expert : layer * _experts + expert, ExpertBytes, nextUse);
        _requestsByLayer[layer]++;
        if (policy.Find(request, peek: false))
        {
            CountHit(layer, expert);
            return AccessOutcome.Hit;
        }
        if (MakeRoomAndInsert(partition, policy, request)) return AccessOutcome.MissInserted;
        _bypasses++;
        return AccessOutcome.MissBypassed;
    }

    /// <summary>The first half of <see cref="Access"/>: counts a demand request and tells the policy of a hit,
    /// but leaves a miss out of the cache — for hosts that may serve the miss elsewhere (CPU execution).</summary>
    public bool Lookup(int layer, int expert, long nextUse = ExpertRequest.Unknown)
    {
        var policy = _partitions[_perLayer ? layer : 0];
        var request = new ExpertRequest(_perLayer ? expert : layer * _experts + expert, ExpertBytes, nextUse);
        _requestsByLayer[layer]++;
        if (!policy.Find(request, peek: false)) return false;
        CountHit(layer, expert);
        return true;
    }

    private void CountHit(int layer, int expert)
    {
        _hitsByLayer[layer]++;
        ref var flag = ref _prefetchedUnused[layer * _experts + expert];
        if (flag) { _usefulPrefetches++; flag = false; }
    }

    /// <summary>The second half of <see cref="Access"/>: brings a missed expert in. False when the policy bypasses it.</summary>
    public bool AdmitMissed(int layer, int expert, long nextUse = ExpertRequest.Unknown)
    {
        var partition = _perLayer ? layer : 0;
        var request = new ExpertRequest(_perLayer ? expert : layer * _experts + expert, ExpertBytes, nextUse);
        if (MakeRoomAndInsert(partition, _partitions[partition], request)) return true;
        _bypasses++;
        return false;
    }

    /// <summary>True when (layer, expert) is resident; changes no policy state.</summary>
    public bool Contains(int layer, int expert)
    {
        var request = new ExpertRequest(_perLayer ? expert : layer * _experts + expert, ExpertBytes);
        return _partitions[_perLayer ? layer : 0].Find(request, peek: true);
    }

    /// <summary>Brings (layer, expert) in ahead of demand. False when already resident or not admitted.</summary>
    public bool Prefetch(int layer, int expert, long nextUse = ExpertRequest.Unknown)
    {
        var partition = _perLayer ? layer : 0;
        var policy = _partitions[partition];
        var request = new ExpertRequest(_perLayer ? expert : layer * _experts + expert, ExpertBytes, nextUse);
        if (policy.Find(request, peek: true)) return false;
        if (!MakeRoomAndInsert(partition, policy, request)) return false;
        _prefetches++;
        _prefetchedUnused[layer * _experts + expert] = true;
        return true;
    }

    private bool MakeRoomAndInsert(int partition, IExpertCachePolicy policy, in ExpertRequest request)
    {
        var size = request.SizeBytes;
        if (size > _partitionBytes) return false;
        ref var used = ref _usedBytes[partition];
        if (!policy.Admits(request, needsEviction: used + size > _partitionBytes)) return false;
        while (used + size > _partitionBytes)
        {
            var victim = policy.EvictVictim();
            used -= size;
            _evictions++;
            var global = _perLayer ? partition * _experts + victim : victim;
            _prefetchedUnused[global] = false;
        }
        policy.Insert(request);
        used += size;
        return true;
    }
}
