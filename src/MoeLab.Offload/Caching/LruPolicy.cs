namespace MoeLab.Offload.Caching;

/// <summary>
/// One list ordered by arrival, the victim at its back. As LRU (the default) a hit moves the expert to the
/// front — least recently used goes first; as FIFO (<see cref="Fifo"/>) hits change nothing — the longest
/// resident goes first.
/// </summary>
public sealed class LruPolicy : IExpertCachePolicy
{
    private readonly IntrusiveList _list;
    private readonly bool[] _resident;
    private readonly bool _promoteOnHit;

    public LruPolicy(int keyCount) : this(keyCount, promoteOnHit: true) { }

    private LruPolicy(int keyCount, bool promoteOnHit)
    {
        _list = new IntrusiveList(keyCount, 1);
        _resident = new bool[keyCount];
        _promoteOnHit = promoteOnHit;
    }

    /// <summary>First in, first out: the same list, without promotion on a hit.</summary>
    public static LruPolicy Fifo(int keyCount) => new(keyCount, promoteOnHit: false);

    public string Name => _promoteOnHit ? "lru" : "fifo";
    public int Count { get; private set; }

    public bool Find(in ExpertRequest request, bool peek)
    {
        if (!_resident[request.Key]) return false;
        if (_promoteOnHit && !peek) _list.MoveToFront(0, request.Key);
        return true;
    }

    public bool Admits(in ExpertRequest request, bool needsEviction, ProtectedKeys protectedKeys) => true;

    public void Insert(in ExpertRequest request)
    {
        _resident[request.Key] = true;
        _list.PushFront(0, request.Key);
        Count++;
    }

    public int ChooseVictim(ProtectedKeys protectedKeys) => _list.BackUnprotected(0, protectedKeys);

    public void Evict(int key) => Remove(key);

    public void Remove(int key)
    {
        _list.Unlink(key);
        _resident[key] = false;
        Count--;
    }
}
