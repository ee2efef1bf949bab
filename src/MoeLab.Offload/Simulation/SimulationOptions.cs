using MoeLab.Core.Validation;
using MoeLab.Offload.Analytic;
using MoeLab.Offload.Caching;

namespace MoeLab.Offload.Simulation;

/// <summary>One simulation run's choices. Validate before long work with <see cref="Validate"/>.</summary>
/// <param name="Prefetcher">Prefetcher name with parameters (see <see cref="Prefetching.PrefetcherCatalog"/>).</param>
/// <param name="EarlyPreemption">A demand miss pre-empts prefetches on the bus: an in-flight one is aborted (its bytes wasted) and restarted after the demand transfers.</param>
/// <param name="Chunks">Seed 000's chunked transfers: each expert moves in this many pieces (each pays the per-transfer latency) and a demand-fetched expert's compute overlaps its arrival.</param>
/// <param name="BatchTokens">Trace tokens decoded together per step (their experts' union is fetched once).</param>
/// <param name="PromptTokens">When positive, the first this many trace tokens are a prompt prefilled in one step from a cold cache.</param>
/// <param name="MaxTokens">Simulate only the first this many trace tokens; null: the whole trace.</param>
/// <param name="Queue">How waiting transfers are ordered: FIFO (a copy engine) or demand first with withdrawal of evicted prefetches (a runtime's priority queue).</param>
/// <param name="CacheAwareMargin">Cache-aware routing (Skliar et al. 2024): a non-first choice whose gate probability is at most this margin is swapped for a resident expert; null: off.</param>
public sealed record SimulationOptions(
    CachePolicySpec Policy,
    CacheCapacity Capacity,
    string Prefetcher = "none",
    MissHandling Misses = MissHandling.Transfer,
    bool EarlyPreemption = false,
    int Chunks = 1,
    int BatchTokens = 1,
    int PromptTokens = 0,
    double? CacheAwareMargin = null,
    int Seed = 0,
    int? MaxTokens = null,
    TransferQueue Queue = TransferQueue.Fifo)
{
    public void Validate()
    {
        CachePolicyCatalog.Validate(Policy);
        Prefetching.PrefetcherCatalog.Create(Prefetcher);
        Preconditions.InRange(Chunks, 1, 1 << 16, "chunks");
        Preconditions.Positive(BatchTokens, "batch size");
        Preconditions.NonNegative(PromptTokens, "prompt tokens");
        if (MaxTokens is { } n) Preconditions.Positive(n, "--tokens");
        if (CacheAwareMargin is { } m)
        {
            Preconditions.InRange(m, 0.0, 1.0, "cache-aware routing margin");
            Preconditions.That(BatchTokens == 1, "cache-aware routing is simulated for batch size 1 only", "batch size");
            Preconditions.That(!CachePolicyCatalog.NeedsNextUse(Policy), "cache-aware routing changes the request stream, so Belady's precomputed next uses no longer hold; pick an online policy", "policy");
        }
        Preconditions.That(!(EarlyPreemption && Queue == TransferQueue.DemandFirst),
            "early preemption aborts prefetches in flight, demand-first only reorders queued ones; pick one", "--early-preemption");
        Preconditions.That(!CachePolicyCatalog.NeedsNextUse(Policy) || Prefetcher == "none",
            "Belady's bound is for demand fetching; run 'opt' without a prefetcher", "prefetch");
    }
}
