using MoeLab.Core.Validation;

namespace MoeLab.Offload.Caching;

/// <summary>How a demand request ended.</summary>
public enum AccessOutcome { Hit, MissInserted, MissBypassed }

/// <summary>
/// The request loop, written once for every policy and both hosts (the simulator's virtual clock and the
/// engine's disk-backed runtime). Requests come in steps: the top-k experts of one (token, layer), known
/// before anything is loaded, as a runtime knows them. The step's experts are protected — none is evicted
/// to make room for another or for a prefetch — so a step's hits are |top-k ∩ cache at the start of the
/// step| (step-atomic semantics; docs/offload-semantics.md). Within a step, experts are served in the order
/// given: look up; on a miss ask the policy whether to admit, evict its unprotected victims until the expert
/// fits, insert. Experts are (layer, expert) pairs mapped to dense keys of per-layer partitions or one global
/// partition. Capacity and occupancy are tracked here in bytes; the policy only orders experts. Every
/// resident expert occupies a fixed slot, so a runtime can preallocate one buffer per slot.
/// Single-threaded: a host calls it from one thread.
/// </summary>
public sealed class ExpertCache
{
    private const int NoSlot = -1;
    private readonly IExpertCachePolicy[] _partitions;
    private readonly ProtectedKeys[] _protected;
    private readonly long[] _usedBytes;
    private readonly long _partitionBytes;
    private readonly int _experts;
    private readonly bool _perLayer;
    private readonly bool[] _prefetchedUnused;
    private readonly long[] _requestsByLayer;
    private readonly long[] _hitsByLayer;
    private readonly int[] _slotOf;
    private readonly int[][] _freeSlots;
    private readonly int[] _freeCount;
    private readonly int[] _served;
    private int _servedCount;
    private int _stepPartition = -1;
    private long _bypasses, _evictions, _prefetches, _usefulPrefetches;

    /// <param name="popularity">Requests per (layer, expert), dense layer·E + expert — needed by <c>pin</c> only.</param>
    /// <param name="hasNextUse">Whether every request will carry its next-use index — needed by <c>opt</c>.</param>
    /// <exception cref="InvalidInputException">A partition cannot hold one step's top-k experts.</exception>
    public ExpertCache(Traces.TraceShape shape, CacheCapacity capacity, long expertBytes, CachePolicySpec policy, long[]? popularity = null, bool hasNextUse = false)
    {
        Preconditions.Positive(expertBytes, "expert bytes");
        Shape = shape;
        Capacity = capacity;
        ExpertBytes = expertBytes;
        _experts = shape.ExpertsPerLayer;
        _perLayer = capacity.Scope == CacheScope.PerLayer;
        _partitionBytes = capacity.PartitionBytes(expertBytes);
        capacity.RequireHoldsStep(shape.TopK, expertBytes);
        // More slots per layer than the layer has experts is a mistyped size, not a bigger cache: say so (issue 15 §6).
        if (capacity is { Experts: { } slots, Scope: CacheScope.PerLayer } && slots > shape.ExpertsPerLayer)
            throw new InvalidInputException(
                $"the cache holds {slots} experts per layer, but the model has only {shape.ExpertsPerLayer} per layer; give at most {shape.ExpertsPerLayer}",
                field: "--cache-experts");
        var slotsPerPartition = capacity.PartitionExperts(expertBytes);
        var partitions = _perLayer ? shape.Layers : 1;
        var keys = _perLayer ? shape.ExpertsPerLayer : shape.TotalExperts;
        _partitions = new IExpertCachePolicy[partitions];
        _protected = new ProtectedKeys[partitions];
        _freeSlots = new int[partitions][];
        _freeCount = new int[partitions];
        for (var p = 0; p < partitions; p++)
        {
            var pop = popularity is null ? null : _perLayer ? popularity.AsSpan(p * keys, keys).ToArray() : popularity;
            _partitions[p] = CachePolicyCatalog.Create(policy, new CachePolicyContext(keys, slotsPerPartition, pop, hasNextUse));
            _protected[p] = new ProtectedKeys(keys);
            // Popped from the end: the lowest free slot of the partition is handed out first.
            _freeSlots[p] = [.. Enumerable.Range(p * slotsPerPartition, slotsPerPartition).Reverse()];
            _freeCount[p] = slotsPerPartition;
        }
        SlotCount = checked(partitions * slotsPerPartition);
        _slotOf = new int[shape.TotalExperts];
        Array.Fill(_slotOf, NoSlot);
        _served = new int[keys];
        _usedBytes = new long[partitions];
        _prefetchedUnused = new bool[shape.TotalExperts];
        _requestsByLayer = new long[shape.Layers];
        _hitsByLayer = new long[shape.Layers];
    }

    public Traces.TraceShape Shape { get; }
    public CacheCapacity Capacity { get; }
    public long ExpertBytes { get; }
    public string PolicyName => _partitions[0].Name;

    /// <summary>Expert slots over all partitions; per-layer partition p owns slots [p·C, (p+1)·C).</summary>
    public int SlotCount { get; }

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

    /// <summary>The slot in [0, <see cref="SlotCount"/>) the resident (layer, expert) occupies, -1 when it is not
    /// resident. A newly inserted expert takes its victim's slot, or a free one.</summary>
    public int SlotOf(int layer, int expert) => _slotOf[layer * _experts + expert];

    /// <summary>
    /// Step-atomic demand access for one (token, layer): <paramref name="outcomes"/>[i] for <paramref name="experts"/>[i];
    /// <paramref name="nextUses"/> may be empty (online policies). The step's experts stay protected from eviction
    /// (including by <see cref="Prefetch"/>) until the next <see cref="AccessStep"/>, <see cref="BeginStep"/> or <see cref="EndStep"/>.
    /// </summary>
    public void AccessStep(int layer, ReadOnlySpan<int> experts, ReadOnlySpan<long> nextUses, Span<AccessOutcome> outcomes)
    {
        if (nextUses.Length != 0 && nextUses.Length != experts.Length)
            throw new ArgumentException($"{nextUses.Length} next uses for {experts.Length} experts; pass one per expert or none", nameof(nextUses));
        if (outcomes.Length < experts.Length)
            throw new ArgumentException($"room for {outcomes.Length} outcomes, {experts.Length} needed", nameof(outcomes));
        BeginStep(layer, experts);
        if (nextUses.Length == 0)
            for (var i = 0; i < experts.Length; i++) outcomes[i] = Access(layer, experts[i], ExpertRequest.Unknown);
        else
            for (var i = 0; i < experts.Length; i++) outcomes[i] = Access(layer, experts[i], nextUses[i]);
    }

    /// <summary>
    /// Starts a step without serving it, for hosts that decide per miss whether to load it (<see cref="Lookup"/>
    /// then <see cref="AdmitMissed"/>, or run it on the CPU): protects <paramref name="experts"/> until the next step or <see cref="EndStep"/>.
    /// </summary>
    public void BeginStep(int layer, ReadOnlySpan<int> experts)
    {
        EndStep();
        var partition = _perLayer ? layer : 0;
        var guard = _protected[partition];
        var offset = _perLayer ? 0 : layer * _experts;
        foreach (var e in experts) guard.Add(offset + e);
        _stepPartition = partition;
        _servedCount = 0;
    }

    /// <summary>Ends the current step: its experts become evictable again.</summary>
    public void EndStep()
    {
        if (_stepPartition < 0) return;
        _protected[_stepPartition].Clear();
        _stepPartition = -1;
    }

    private AccessOutcome Access(int layer, int expert, long nextUse)
    {
        // Lookup then AdmitMissed, fused: the hot loop of every replay builds the request and finds the partition once.
        var partition = _perLayer ? layer : 0;
        var policy = _partitions[partition];
        var request = new ExpertRequest(_perLayer ? expert : layer * _experts + expert, ExpertBytes, nextUse);
        _requestsByLayer[layer]++;
        if (_servedCount < _served.Length) _served[_servedCount++] = request.Key;
        if (policy.Find(request, peek: false))
        {
            CountHit(layer, expert);
            return AccessOutcome.Hit;
        }
        if (MakeRoomAndInsert(partition, policy, request, demand: true)) return AccessOutcome.MissInserted;
        _bypasses++;
        return AccessOutcome.MissBypassed;
    }

    /// <summary>The first half of a demand access within the current step (<see cref="BeginStep"/>): counts the
    /// request and tells the policy of a hit, but leaves a miss out of the cache — for hosts that may serve the
    /// miss elsewhere (CPU execution).</summary>
    public bool Lookup(int layer, int expert, long nextUse = ExpertRequest.Unknown)
    {
        var policy = _partitions[_perLayer ? layer : 0];
        var request = new ExpertRequest(_perLayer ? expert : layer * _experts + expert, ExpertBytes, nextUse);
        _requestsByLayer[layer]++;
        if (_servedCount < _served.Length) _served[_servedCount++] = request.Key;
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

    /// <summary>The second half of a demand access: brings a missed expert in. False when the policy bypasses it.</summary>
    public bool AdmitMissed(int layer, int expert, long nextUse = ExpertRequest.Unknown)
    {
        var partition = _perLayer ? layer : 0;
        var request = new ExpertRequest(_perLayer ? expert : layer * _experts + expert, ExpertBytes, nextUse);
        if (MakeRoomAndInsert(partition, _partitions[partition], request, demand: true)) return true;
        _bypasses++;
        return false;
    }

    /// <summary>True when (layer, expert) is resident; changes no policy state.</summary>
    public bool Contains(int layer, int expert) => _slotOf[layer * _experts + expert] != NoSlot;

    /// <summary>Brings (layer, expert) in ahead of demand, never evicting the current step's experts. False when
    /// already resident, not admitted, or every resident is protected.</summary>
    public bool Prefetch(int layer, int expert, long nextUse = ExpertRequest.Unknown)
    {
        var partition = _perLayer ? layer : 0;
        var policy = _partitions[partition];
        var request = new ExpertRequest(_perLayer ? expert : layer * _experts + expert, ExpertBytes, nextUse);
        if (policy.Find(request, peek: true)) return false;
        if (!MakeRoomAndInsert(partition, policy, request, demand: false)) return false;
        _prefetches++;
        _prefetchedUnused[layer * _experts + expert] = true;
        return true;
    }

    private bool MakeRoomAndInsert(int partition, IExpertCachePolicy policy, in ExpertRequest request, bool demand)
    {
        var size = request.SizeBytes;
        ref var used = ref _usedBytes[partition];
        var guard = _protected[partition];
        if (!policy.Admits(request, needsEviction: used + size > _partitionBytes, guard)) return false;
        var toGlobal = _perLayer ? partition * _experts : 0;
        var free = _freeSlots[partition];
        ref var freeCount = ref _freeCount[partition];
        while (used + size > _partitionBytes)
        {
            var victim = policy.EvictVictim(guard);
            if (victim == IExpertCachePolicy.NoVictim)
            {
                // Every resident belongs to this step, which is larger than the cache (a batch's union): the runtime
                // runs it in waves, so experts already served may go; those still to be served stay.
                if (!demand || !ReleaseServed(partition)) return false;
                continue;
            }
            used -= size;
            _evictions++;
            var global = toGlobal + victim;
            _prefetchedUnused[global] = false;
            free[freeCount++] = _slotOf[global];
            _slotOf[global] = NoSlot;
        }
        policy.Insert(request);
        used += size;
        _slotOf[toGlobal + request.Key] = free[--freeCount];
        return true;
    }

    /// <summary>Lifts protection from the step's experts already served (the one being served is not yet among them).</summary>
    private bool ReleaseServed(int partition)
    {
        var guard = _protected[partition];
        var released = false;
        for (var i = 0; i < _servedCount - 1; i++)
        {
            if (!guard.Contains(_served[i])) continue;
            guard.Remove(_served[i]);
            released = true;
        }
        return released;
    }
}
