using MoeLab.Core.Validation;
using MoeLab.Offload.Caching;
using MoeLab.Offload.Prefetching;

namespace MoeLab.Engine.Offloading;

/// <summary>One run of the disk-backed runtime: the same policy, capacity and prefetcher names as <c>moelab simulate</c>.</summary>
/// <param name="Prefetch">A simulator prefetcher (<c>none</c>, <c>oracle</c>, <c>stride</c>, <c>speculative(accuracy=…)</c>),
/// which reads the replayed trace, or <c>router</c>: the next layer's router applied to the current hidden state.</param>
/// <param name="IoThreads">Background reader threads. One matches the simulator's single FIFO bus; more raise the
/// device's queue depth.</param>
/// <param name="RequireDirect">Refuse to run when O_DIRECT is unavailable (a buffered read would measure RAM, not the device).</param>
public sealed record ReplayOptions(
    CachePolicySpec Policy,
    CacheCapacity Capacity,
    string Prefetch = "none",
    int IoThreads = 1,
    int Seed = 0,
    bool RequireDirect = true)
{
    public const string RouterPrefetch = "router";

    public bool UsesRouterPrefetch => Prefetch.Trim().Equals(RouterPrefetch, StringComparison.OrdinalIgnoreCase);

    /// <summary>Checks every name and number before any weight is read.</summary>
    public ReplayOptions Validate()
    {
        CachePolicyCatalog.Validate(Policy);
        if (!UsesRouterPrefetch) PrefetcherCatalog.Create(Prefetch);
        Preconditions.InRange(IoThreads, 1, 64, "--io-threads");
        Preconditions.That(!(CachePolicyCatalog.NeedsNextUse(Policy) && Prefetch.Trim() != "none"),
            "Belady's bound is for demand fetching; run 'opt' without a prefetcher", "--prefetch");
        return this;
    }
}
