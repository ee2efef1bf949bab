using MoeLab.Core.Validation;

namespace MoeLab.Offload.Caching;

/// <summary>What a policy may need to be built for one cache partition.</summary>
/// <param name="KeyCount">Dense keys in the partition.</param>
/// <param name="CapacityExperts">Experts that fit in the partition.</param>
/// <param name="Popularity">Requests per key over the whole trace (offline knowledge, for <c>pin</c>); null when unavailable.</param>
/// <param name="HasNextUse">Whether the host supplies next-use indices (for <c>opt</c>).</param>
public sealed record CachePolicyContext(int KeyCount, int CapacityExperts, long[]? Popularity, bool HasNextUse);

/// <summary>The named eviction policies and how to build them. Unknown names get the list and the nearest name.</summary>
public static class CachePolicyCatalog
{
    private static readonly (string Name, string Description)[] Entries =
    [
        ("lru", "least recently used"),
        ("lfu", "in-cache LFU: an expert's count starts at 1 when it is inserted and is forgotten when it is evicted; ties to LRU; lfu(decay=d) fades counts by d per request"),
        ("lfu-perfect", "perfect LFU: counts every request over the whole history, kept across evictions; ties to LRU"),
        ("fifo", "first in, first out"),
        ("arc", "adaptive replacement cache (recency + frequency lists with ghosts)"),
        ("pin", "static pinning of the most requested experts (popularity counted over the trace)"),
        ("opt", "Belady's MIN, demand-paged: every miss is inserted, the victim is the evictable expert needed furthest ahead (needs next-use data); the optimum with the slots LRU has"),
        ("opt-bypass", "Belady with bypass: a miss needed later than every evictable resident is used once from a staging buffer and not kept — an upper bound that counts that buffer as an extra slot"),
    ];

    public static IReadOnlyList<(string Name, string Description)> All => Entries;

    public static bool IsOffline(CachePolicySpec spec) => spec.Name is "pin" || NeedsNextUse(spec);

    /// <summary>Belady in either form: needs next-use indices, so an in-memory trace and no prefetcher.</summary>
    public static bool NeedsNextUse(CachePolicySpec spec) => spec.Name is "opt" or "belady" or "opt-bypass";

    /// <summary>Checks the name and parameters without building anything (validate before long work).</summary>
    public static void Validate(CachePolicySpec spec) =>
        Create(spec, new CachePolicyContext(1, 1, [0], HasNextUse: true));

    public static IExpertCachePolicy Create(CachePolicySpec spec, CachePolicyContext context)
    {
        switch (spec.Name)
        {
            case "lru": spec.AllowOnly(); return new LruPolicy(context.KeyCount);
            case "fifo": spec.AllowOnly(); return LruPolicy.Fifo(context.KeyCount);
            case "lfu":
                spec.AllowOnly("decay");
                var decay = spec.GetDouble("decay", 1.0, 1e-9, 1.0);
                if (decay != 1.0) return new DecayedLfuPolicy(context.KeyCount, decay);
                // Same decisions either way; the slot scan is faster while the partition is small.
                return context.CapacityExperts <= SmallLfuPolicy.MaxCapacity
                    ? new SmallLfuPolicy(context.KeyCount, context.CapacityExperts)
                    : new LfuPolicy(context.KeyCount);
            case "arc": spec.AllowOnly(); return new ArcPolicy(context.KeyCount, context.CapacityExperts);
            case "pin":
                spec.AllowOnly();
                return new PinnedPolicy(context.Popularity ?? throw new InvalidInputException("policy 'pin' needs expert popularity counted over an in-memory trace", field: "policy"), context.CapacityExperts);
            case "lfu-perfect": spec.AllowOnly(); return new PerfectLfuPolicy(context.KeyCount);
            case "opt" or "belady" or "opt-bypass":
                // opt(bypass=true) is kept as an alias of opt-bypass for command lines written before the split.
                spec.AllowOnly("bypass");
                if (!context.HasNextUse)
                    throw new InvalidInputException($"policy '{spec.Name}' (Belady) needs next-use data; it runs on an in-memory trace, not a streamed one", field: "policy");
                return new BeladyPolicy(context.KeyCount, spec.GetBool("bypass", spec.Name == "opt-bypass"));
            default:
                throw CatalogNames.Unknown("policy", spec.Name, Entries.Select(e => e.Name), "policy");
        }
    }
}
