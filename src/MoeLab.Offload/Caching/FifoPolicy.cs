namespace MoeLab.Offload.Caching;

/// <summary>First in, first out: hits change nothing; the victim is the longest-resident expert.</summary>
public sealed class FifoPolicy : IExpertCachePolicy
{
    private readonly IntrusiveList _list;
    private readonly bool[] _resident;

    public FifoPolicy(int keyCount)
    {
        _list = new IntrusiveList(keyCount, 1);
        _resident = new bool[keyCount];
    }

    public string Name => "fifo";
    public int Count { get; private set; }

    public bool Find(in ExpertRequest request, bool peek) => _resident[request.Key];

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
