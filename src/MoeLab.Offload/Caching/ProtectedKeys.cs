namespace MoeLab.Offload.Caching;

/// <summary>
/// The keys of one partition that may not be evicted now: the experts of the (token, layer) step being served.
/// A runtime knows a step's whole top-k set before it loads anything, so none of them may make room for another.
/// Membership is an epoch stamp per key, so starting a new step is one increment, not a clear.
/// </summary>
public sealed class ProtectedKeys
{
    private readonly int[] _stamp;
    private int _epoch = 1;

    public ProtectedKeys(int keyCount) => _stamp = new int[keyCount];

    /// <summary>Nothing protected: for hosts and tests that drive a policy outside a step.</summary>
    public static ProtectedKeys None { get; } = new(0);

    public bool Contains(int key) => (uint)key < (uint)_stamp.Length && _stamp[key] == _epoch;

    public void Add(int key) => _stamp[key] = _epoch;

    public void Remove(int key) => _stamp[key] = 0;

    public void Clear()
    {
        if (_epoch == int.MaxValue)
        {
            // Stamps of old epochs would alias after the wrap; a full clear once every 2^31 steps is free.
            Array.Clear(_stamp);
            _epoch = 0;
        }
        _epoch++;
    }
}
