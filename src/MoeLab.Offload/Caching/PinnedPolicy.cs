namespace MoeLab.Offload.Caching;

/// <summary>
/// Static pinning: the experts with the most requests (popularity counted over the trace beforehand — an
/// offline input, like Belady's next uses) own the cache; every other expert is streamed through without
/// being kept. Pinned experts load on first use and are never evicted. Ties go to the lower key.
/// </summary>
public sealed class PinnedPolicy : IExpertCachePolicy
{
    private readonly bool[] _pinned;
    private readonly bool[] _resident;

    public PinnedPolicy(ReadOnlySpan<long> popularity, int capacityExperts)
    {
        _pinned = new bool[popularity.Length];
        _resident = new bool[popularity.Length];
        var order = Enumerable.Range(0, popularity.Length).ToArray();
        var counts = popularity.ToArray();
        Array.Sort(order, (a, b) => counts[b] != counts[a] ? counts[b].CompareTo(counts[a]) : a.CompareTo(b));
        foreach (var key in order.Take(Math.Max(0, capacityExperts))) _pinned[key] = true;
    }

    public string Name => "pin";
    public int Count { get; private set; }

    public bool IsPinned(int key) => _pinned[key];

    public bool Find(in ExpertRequest request, bool peek) => _resident[request.Key];

    public bool Admits(in ExpertRequest request, bool needsEviction, ProtectedKeys protectedKeys) => _pinned[request.Key] && !needsEviction;

    public void Insert(in ExpertRequest request)
    {
        _resident[request.Key] = true;
        Count++;
    }

    public int ChooseVictim(ProtectedKeys protectedKeys) => throw new InvalidOperationException("pinned experts are never evicted; the cache admits only as many as fit");

    public void Evict(int key) => Remove(key);

    public void Remove(int key)
    {
        _resident[key] = false;
        Count--;
    }
}
