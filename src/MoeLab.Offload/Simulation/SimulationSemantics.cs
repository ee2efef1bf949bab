namespace MoeLab.Offload.Simulation;

/// <summary>
/// The definitions every cache result rests on, written into JSON output beside the numbers so a reader of the
/// file knows what a hit means and which Belady and LFU ran (docs/offload-semantics.md says the same at length).
/// </summary>
public static class SimulationSemantics
{
    public const string Name = "step-atomic";

    public static IReadOnlyList<KeyValuePair<string, string>> Definitions { get; } =
    [
        new("step-atomic", "a (token, layer) step's top-k experts are known before anything is loaded; none is evicted to make room for another (or for a prefetch) while the step runs, so a step's hits are |top-k ∩ cache at the start of the step|; each cache partition must hold at least k experts"),
        new("opt", "Belady's MIN, demand-paged: every miss is inserted, the victim is the evictable expert needed furthest ahead — the optimum with the slots the online policies have"),
        new("opt-bypass", "Belady with bypass: a miss needed later than every evictable resident is used once from a staging buffer and not kept — an upper bound that counts that buffer as an extra slot"),
        new("lfu", "in-cache LFU: an expert's count starts at 1 when inserted and is forgotten on eviction; ties to LRU"),
        new("lfu-perfect", "perfect LFU: counts every request over the whole history, kept across evictions; ties to LRU"),
    ];
}
