namespace MoeLab.Offload.Caching;

/// <summary>
/// Next-use indices for offline policies: for request i (a dense key), the index of the next request with
/// the same key, or <see cref="ExpertRequest.Never"/>. One backward pass, O(n) time and O(keys) extra memory.
/// </summary>
public static class NextUse
{
    public static long[] Compute(ReadOnlySpan<int> keys, int keyCount)
    {
        var next = new long[keys.Length];
        var seen = new long[keyCount];
        Array.Fill(seen, ExpertRequest.Never);
        for (var i = keys.Length - 1; i >= 0; i--)
        {
            next[i] = seen[keys[i]];
            seen[keys[i]] = i;
        }
        return next;
    }
}
