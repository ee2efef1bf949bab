namespace MoeLab.Offload.Caching;

/// <summary>
/// LFU with fading counts: as <see cref="LfuPolicy"/> (counts only while resident, ties to the least recently
/// used), but every count fades by <c>decay</c> &lt; 1 per request to the partition, so old popularity is
/// forgotten. Faded counts are reals whose order shifts with time, so the victim is found by a scan linear in
/// residents (plain LFU, decay = 1, keeps integer counts in O(1) buckets instead).
/// </summary>
public sealed class DecayedLfuPolicy : IExpertCachePolicy
{
    private readonly double[] _count;
    private readonly long[] _lastUse;
    private readonly ResidentSet _residents;
    private readonly double _decay;
    private long _clock;

    public DecayedLfuPolicy(int keyCount, double decay)
    {
        _count = new double[keyCount];
        _lastUse = new long[keyCount];
        _residents = new ResidentSet(keyCount);
        _decay = decay;
    }

    public string Name => _decay == 1.0 ? "lfu" : FormattableString.Invariant($"lfu(decay={_decay})");
    public int Count => _residents.Count;

    public bool Find(in ExpertRequest request, bool peek)
    {
        var key = request.Key;
        if (!_residents.Contains(key)) return false;
        if (!peek)
        {
            _clock++;
            _count[key] = Current(key) + 1;
            _lastUse[key] = _clock;
        }
        return true;
    }

    public bool Admits(in ExpertRequest request, bool needsEviction, ProtectedKeys protectedKeys) => true;

    public void Insert(in ExpertRequest request)
    {
        _clock++;
        _count[request.Key] = 1;
        _lastUse[request.Key] = _clock;
        _residents.Add(request.Key);
    }

    public int ChooseVictim(ProtectedKeys protectedKeys)
    {
        var best = IExpertCachePolicy.NoVictim;
        var bestCount = double.PositiveInfinity;
        foreach (var k in _residents.Keys)
        {
            if (protectedKeys.Contains(k)) continue;
            var c = Current(k);
            if (best < 0 || c < bestCount || (c == bestCount && _lastUse[k] < _lastUse[best])) { best = k; bestCount = c; }
        }
        return best;
    }

    public void Evict(int key) => _residents.Remove(key);

    public void Remove(int key) => _residents.Remove(key);

    private double Current(int key) => _decay == 1.0 ? _count[key] : _count[key] * Math.Pow(_decay, _clock - _lastUse[key]);
}
