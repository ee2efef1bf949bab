namespace MoeLab.Offload.Caching;

/// <summary>
/// Adaptive Replacement Cache (Megiddo &amp; Modha, FAST 2003): a recency list T1 and a frequency list T2,
/// with ghost lists B1/B2 of recently evicted keys steering the target size p of T1. A miss that hits a
/// ghost adapts p in <see cref="Find"/>; ghosts are trimmed so |T1|+|B1| ≤ c and all four lists ≤ 2c.
/// Capacity c is in experts (uniform sizes).
/// </summary>
public sealed class ArcPolicy : IExpertCachePolicy
{
    private const int T1 = 0, T2 = 1, B1 = 2, B2 = 3, None = -1;
    private readonly IntrusiveList _lists;
    private readonly int[] _where;
    private readonly int[] _sizes = new int[4];
    private readonly int _capacity;
    private double _p;
    private int _pendingGhost = None;

    public ArcPolicy(int keyCount, int capacityExperts)
    {
        _lists = new IntrusiveList(keyCount, 4);
        _where = new int[keyCount];
        Array.Fill(_where, None);
        _capacity = Math.Max(1, capacityExperts);
    }

    public string Name => "arc";
    public int Count => _sizes[T1] + _sizes[T2];

    public bool Find(in ExpertRequest request, bool peek)
    {
        var key = request.Key;
        var where = _where[key];
        if (where is T1 or T2)
        {
            if (!peek) Move(key, T2);
            return true;
        }
        if (!peek)
        {
            _pendingGhost = where;
            if (where == B1) _p = Math.Min(_capacity, _p + Math.Max((double)_sizes[B2] / _sizes[B1], 1));
            else if (where == B2) _p = Math.Max(0, _p - Math.Max((double)_sizes[B1] / _sizes[B2], 1));
        }
        return false;
    }

    public bool Admits(in ExpertRequest request, bool needsEviction, ProtectedKeys protectedKeys) => true;

    public void Insert(in ExpertRequest request)
    {
        var key = request.Key;
        var where = _where[key];
        if (where is B1 or B2) Move(key, T2);
        else Push(key, T1);
        _pendingGhost = None;
        TrimGhosts();
    }

    public int ChooseVictim(ProtectedKeys protectedKeys)
    {
        var t1 = _sizes[T1];
        var fromT1 = t1 > 0 && (_sizes[T2] == 0 || t1 > _p || (_pendingGhost == B2 && t1 == (int)Math.Round(_p)));
        var victim = _lists.BackUnprotected(fromT1 ? T1 : T2, protectedKeys);
        // The list ARC prefers may hold only the step's own experts; the other list then gives way.
        return victim >= 0 ? victim : _lists.BackUnprotected(fromT1 ? T2 : T1, protectedKeys);
    }

    public void Evict(int key)
    {
        Move(key, _where[key] == T1 ? B1 : B2);
        TrimGhosts();
    }

    public void Remove(int key)
    {
        _lists.Unlink(key);
        _sizes[_where[key]]--;
        _where[key] = None;
    }

    private void TrimGhosts()
    {
        while (_sizes[T1] + _sizes[B1] > _capacity && _sizes[B1] > 0) Remove(_lists.Back(B1));
        while (_sizes[T1] + _sizes[T2] + _sizes[B1] + _sizes[B2] > 2 * _capacity && _sizes[B2] > 0) Remove(_lists.Back(B2));
    }

    private void Move(int key, int list)
    {
        _lists.Unlink(key);
        _sizes[_where[key]]--;
        Push(key, list);
    }

    private void Push(int key, int list)
    {
        _lists.PushFront(list, key);
        _where[key] = list;
        _sizes[list]++;
    }
}
