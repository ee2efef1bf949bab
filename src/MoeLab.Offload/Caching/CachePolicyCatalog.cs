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
        ("lfu", "least frequently used while resident, ties to LRU; lfu(decay=d) fades counts by d per request"),
        ("fifo", "first in, first out"),
        ("arc", "adaptive replacement cache (recency + frequency lists with ghosts)"),
        ("pin", "static pinning of the most requested experts (popularity counted over the trace)"),
        ("opt", "Belady's offline optimum (needs next-use data); opt(bypass=false) for demand-paging MIN"),
    ];

    public static IReadOnlyList<(string Name, string Description)> All => Entries;

    public static bool IsOffline(CachePolicySpec spec) => spec.Name is "opt" or "pin";

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
            case "opt" or "belady":
                spec.AllowOnly("bypass");
                if (!context.HasNextUse)
                    throw new InvalidInputException("policy 'opt' (Belady) needs next-use data; it runs on an in-memory trace, not a streamed one", field: "policy");
                return new BeladyPolicy(context.KeyCount, spec.GetBool("bypass", true));
            default:
                throw CatalogNames.Unknown("policy", spec.Name, Entries.Select(e => e.Name), "policy");
        }
    }
}
