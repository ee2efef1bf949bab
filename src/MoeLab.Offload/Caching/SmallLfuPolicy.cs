namespace MoeLab.Offload.Caching;

/// <summary>
/// <see cref="LfuPolicy"/>'s exact decisions for partitions that hold only a few experts (a per-layer cache
/// of 2–16 experts is the common offloading setup). Residents sit in a packed slot array with their count and
/// the time of their last use; a hit is two stores instead of relinking a key between buckets, and a miss scans
/// the few slots for the lowest count, least recent on ties — the key the bucket list would give. The catalog
/// picks it when the capacity is at most <see cref="MaxCapacity"/>; larger partitions keep the O(1) buckets.
/// </summary>
internal sealed class SmallLfuPolicy : IExpertCachePolicy
{
    /// <summary>Above this many slots the victim scan on every miss costs more than the bucket list's upkeep.</summary>
    public const int MaxCapacity = 16;

    private const int NotResident = -1;
    private readonly int[] _slotOf;
    private int[] _keys;
    private long[] _counts;
    private long[] _lastUse;
    private long _clock;

    public SmallLfuPolicy(int keyCount, int capacityExperts)
    {
        _slotOf = new int[keyCount];
        Array.Fill(_slotOf, NotResident);
        // The request loop never holds more than the capacity, but a host may insert beyond it: slots then grow.
        var slots = Math.Clamp(capacityExperts, 1, Math.Max(1, keyCount));
        _keys = new int[slots];
        _counts = new long[slots];
        _lastUse = new long[slots];
    }

    public string Name => "lfu";
    public int Count { get; private set; }

    public bool Find(in ExpertRequest request, bool peek)
    {
        var slot = _slotOf[request.Key];
        if (slot == NotResident) return false;
        if (!peek)
        {
            _counts[slot]++;
            _lastUse[slot] = ++_clock;
        }
        return true;
    }

    public bool Admits(in ExpertRequest request, bool needsEviction, ProtectedKeys protectedKeys) => true;

    public void Insert(in ExpertRequest request)
    {
        if (Count == _keys.Length) Grow();
        var slot = Count++;
        _keys[slot] = request.Key;
        _counts[slot] = 1;
        _lastUse[slot] = ++_clock;
        _slotOf[request.Key] = slot;
    }

    public int ChooseVictim(ProtectedKeys protectedKeys)
    {
        var slot = VictimSlot(protectedKeys);
        return slot < 0 ? IExpertCachePolicy.NoVictim : _keys[slot];
    }

    public int EvictVictim(ProtectedKeys protectedKeys)
    {
        var slot = VictimSlot(protectedKeys);
        if (slot < 0) return IExpertCachePolicy.NoVictim;
        var victim = _keys[slot];
        Vacate(victim, slot);
        return victim;
    }

    public void Evict(int key) => Vacate(key, _slotOf[key]);

    public void Remove(int key) => Vacate(key, _slotOf[key]);

    private int VictimSlot(ProtectedKeys protectedKeys)
    {
        var best = -1;
        long bestCount = long.MaxValue, bestUse = long.MaxValue;
        for (var s = 0; s < Count; s++)
        {
            var c = _counts[s];
            if (c > bestCount || (c == bestCount && _lastUse[s] > bestUse) || protectedKeys.Contains(_keys[s])) continue;
            best = s;
            bestCount = c;
            bestUse = _lastUse[s];
        }
        return best;
    }

    /// <summary>Frees <paramref name="slot"/> by moving the last resident into it, so the residents stay packed.</summary>
    private void Vacate(int key, int slot)
    {
        var last = --Count;
        if (slot != last)
        {
            var moved = _keys[last];
            _keys[slot] = moved;
            _counts[slot] = _counts[last];
            _lastUse[slot] = _lastUse[last];
            _slotOf[moved] = slot;
        }
        _slotOf[key] = NotResident;
    }

    private void Grow()
    {
        var size = Math.Min(_slotOf.Length, _keys.Length * 2);
        Array.Resize(ref _keys, size);
        Array.Resize(ref _counts, size);
        Array.Resize(ref _lastUse, size);
    }
}
