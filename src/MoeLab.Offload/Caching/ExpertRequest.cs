namespace MoeLab.Offload.Caching;

/// <summary>
/// What a cache policy learns about one request: the expert's dense key within its cache partition, its
/// size, and — only for offline policies — the position of the next request for the same expert.
/// No time, no bytes moved: the same policy serves the simulator's virtual clock and the engine's real reads.
/// </summary>
/// <param name="Key">Dense expert id inside the partition (the expert id for a per-layer cache, layer·E + expert for a global one).</param>
/// <param name="SizeBytes">Bytes the expert occupies in fast memory.</param>
/// <param name="NextUse">Index of the next request for this expert in the request stream, <see cref="Never"/> if none,
/// <see cref="Unknown"/> when the host has no future knowledge.</param>
public readonly record struct ExpertRequest(int Key, long SizeBytes, long NextUse = ExpertRequest.Unknown)
{
    public const long Never = long.MaxValue;
    public const long Unknown = -1;
}
