namespace MoeLab.Offload.Caching;

/// <summary>Resident keys as a dense array (swap-remove) so victim scans touch only residents, not the key space.</summary>
internal sealed class ResidentSet
{
    private readonly int[] _slotOf;
    private readonly int[] _keys;

    public ResidentSet(int keyCount)
    {
        _slotOf = new int[keyCount];
        Array.Fill(_slotOf, -1);
        _keys = new int[keyCount];
    }

    public int Count { get; private set; }

    public ReadOnlySpan<int> Keys => _keys.AsSpan(0, Count);

    public bool Contains(int key) => _slotOf[key] >= 0;

    public void Add(int key)
    {
        _slotOf[key] = Count;
        _keys[Count++] = key;
    }

    public void Remove(int key)
    {
        var slot = _slotOf[key];
        var last = _keys[--Count];
        _keys[slot] = last;
        _slotOf[last] = slot;
        _slotOf[key] = -1;
    }
}
