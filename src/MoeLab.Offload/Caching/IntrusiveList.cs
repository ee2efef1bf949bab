namespace MoeLab.Offload.Caching;

/// <summary>
/// Doubly-linked lists threaded through arrays indexed by key (no node allocation). Several lists may
/// share one instance (ARC's four), each identified by its own sentinel.
/// </summary>
internal sealed class IntrusiveList
{
    private readonly int[] _prev;
    private readonly int[] _next;
    private readonly int _keyCount;

    public IntrusiveList(int keyCount, int lists)
    {
        _keyCount = keyCount;
        _prev = new int[keyCount + lists];
        _next = new int[keyCount + lists];
        for (var l = 0; l < lists; l++) _prev[keyCount + l] = _next[keyCount + l] = keyCount + l;
    }

    public int Sentinel(int list) => _keyCount + list;

    public void PushFront(int list, int key) => InsertAfter(Sentinel(list), key);

    /// <summary>Links <paramref name="key"/> right after <paramref name="anchor"/> (a linked key or a sentinel).</summary>
    public void InsertAfter(int anchor, int key)
    {
        var after = _next[anchor];
        _next[key] = after;
        _prev[key] = anchor;
        _prev[after] = key;
        _next[anchor] = key;
    }

    /// <summary>The key after <paramref name="key"/>, or the list's sentinel at the end.</summary>
    public int Next(int key) => _next[key];

    /// <summary>Most recently pushed key of the list, or -1 when empty.</summary>
    public int Front(int list)
    {
        var s = Sentinel(list);
        var f = _next[s];
        return f == s ? -1 : f;
    }

    public void Unlink(int key)
    {
        var p = _prev[key];
        var n = _next[key];
        _next[p] = n;
        _prev[n] = p;
    }

    public void MoveToFront(int list, int key)
    {
        Unlink(key);
        PushFront(list, key);
    }

    /// <summary>The least recently pushed key of the list that is not protected, or -1 when there is none.
    /// Walks from the back, so it passes over at most as many keys as a step protects.</summary>
    public int BackUnprotected(int list, ProtectedKeys protectedKeys)
    {
        var s = Sentinel(list);
        for (var k = _prev[s]; k != s; k = _prev[k])
            if (!protectedKeys.Contains(k)) return k;
        return -1;
    }

    /// <summary>Least recently pushed key of the list, or -1 when empty.</summary>
    public int Back(int list)
    {
        var s = Sentinel(list);
        var b = _prev[s];
        return b == s ? -1 : b;
    }
}
