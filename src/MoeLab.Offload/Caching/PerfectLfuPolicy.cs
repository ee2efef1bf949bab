namespace MoeLab.Offload.Caching;

/// <summary>
/// Perfect LFU: an expert's count is every demand request for it over the whole history, kept across evictions
/// (in-cache LFU, <see cref="LfuPolicy"/>, forgets it on eviction and restarts at one). Ties go to the least
/// recently used. A re-inserted expert enters with an arbitrary count, which the in-cache LFU's ordered
/// buckets cannot place in O(1); the victim is found by a scan linear in residents, which for the per-layer
/// caches of offloading (a handful of experts) costs less than keeping an order.
/// </summary>
public sealed class PerfectLfuPolicy : IExpertCachePolicy
{
    private readonly long[] _count;
    private readonly long[] _lastUse;
    private readonly ResidentSet _residents;
    private long _clock;

    public PerfectLfuPolicy(int keyCount)
    {
        _count = new long[keyCount];
        _lastUse = new long[keyCount];
        _residents = new ResidentSet(keyCount);
    }

    public string Name => "lfu-perfect";
    public int Count => _residents.Count;

    public bool Find(in ExpertRequest request, bool peek)
    {
        var key = request.Key;
        var resident = _residents.Contains(key);
        if (peek) return resident;
        // A miss is a request too: counting it here, not in Insert, keeps prefetches from inflating the history.
        _count[key]++;
        if (resident) _lastUse[key] = ++_clock;
        return resident;
    }

    public bool Admits(in ExpertRequest request, bool needsEviction, ProtectedKeys protectedKeys) => true;

    public void Insert(in ExpertRequest request)
    {
        _lastUse[request.Key] = ++_clock;
        _residents.Add(request.Key);
    }

    public int ChooseVictim(ProtectedKeys protectedKeys)
    {
        var best = IExpertCachePolicy.NoVictim;
        long bestCount = long.MaxValue, bestUse = long.MaxValue;
        foreach (var k in _residents.Keys)
        {
            var c = _count[k];
            if (c > bestCount || (c == bestCount && _lastUse[k] > bestUse) || protectedKeys.Contains(k)) continue;
            best = k;
            bestCount = c;
            bestUse = _lastUse[k];
        }
        return best;
    }

    public void Evict(int key) => _residents.Remove(key);

    public void Remove(int key) => _residents.Remove(key);
}
