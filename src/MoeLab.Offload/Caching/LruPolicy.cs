namespace MoeLab.Offload.Caching;

/// <summary>Least recently used: a hit moves the expert to the front; the victim is the back.</summary>
public sealed class LruPolicy : IExpertCachePolicy
{
    private readonly IntrusiveList _list;
    private readonly bool[] _resident;

    public LruPolicy(int keyCount)
    {
        _list = new IntrusiveList(keyCount, 1);
        _resident = new bool[keyCount];
    }

    public string Name => "lru";
    public int Count { get; private set; }

    public bool Find(in ExpertRequest request, bool peek)
    {
        if (!_resident[request.Key]) return false;
        if (!peek) _list.MoveToFront(0, request.Key);
        return true;
    }

    public bool Admits(in ExpertRequest request, bool needsEviction) => true;

    public void Insert(in ExpertRequest request)
    {
        _resident[request.Key] = true;
        _list.PushFront(0, request.Key);
        Count++;
    }

    public int ChooseVictim() => _list.Back(0);

    public void Evict(int key) => Remove(key);

    public void Remove(int key)
    {
        _list.Unlink(key);
        _resident[key] = false;
        Count--;
    }
}
