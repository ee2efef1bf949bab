using MoeLab.Offload.Caching;
using MoeLab.Offload.Simulation;
using MoeLab.Offload.Tests.Reference;
using MoeLab.Offload.Traces;
using MoeLab.Testing;

namespace MoeLab.Offload.Tests;

/// <summary>
/// Every policy, per-layer and global, on both real Mixtral traces and on seeded random traces, against
/// <see cref="StepAtomicReference"/> to the exact hit count; then the orderings step-atomic semantics must keep.
/// </summary>
public sealed class StepAtomicReferenceTests
{
    private static readonly TraceShape Mixtral = new(32, 8, 2);
    private static readonly string[] Policies = ["lru", "fifo", "lfu", "lfu-perfect", "arc", "pin", "opt", "opt-bypass"];
    private static readonly string[] Online = ["lru", "fifo", "lfu", "lfu(decay=0.9)", "lfu-perfect", "arc"];
    private static readonly string[] Files = ["mixtral8x7b_gsm8k_routing.jsonl", "mixtral8x7b_humaneval_routing.jsonl"];
    private static readonly Dictionary<string, (List<int[][]> Tokens, RoutingTrace Trace)> Loaded = [];

    private static (List<int[][]> Tokens, RoutingTrace Trace) Load(string file)
    {
        lock (Loaded)
        {
            if (Loaded.TryGetValue(file, out var hit)) return hit;
            var path = TestPaths.SharedFile("traces", file);
            return Loaded[file] = (StepAtomicReference.LoadTokens(path, Mixtral.Layers), JsonlTraceFormat.Read(path, Mixtral));
        }
    }

    private static List<int[][]> Tokens(RoutingTrace trace) =>
        Enumerable.Range(0, trace.TokenCount).Select(t => Enumerable.Range(0, trace.Shape.Layers).Select(l => trace.Experts(t, l).ToArray()).ToArray()).ToList();

    public static TheoryData<string, string> FilesAndPolicies()
    {
        var data = new TheoryData<string, string>();
        foreach (var f in Files) foreach (var p in Policies) data.Add(f, p);
        return data;
    }

    /// <summary>Drives the public step API the engine's runtime uses, layer by layer.</summary>
    private static long[] PerLayerHits(RoutingTrace trace, string policy, int cached)
    {
        var stream = RequestStream.FromTrace(trace);
        var cache = new ExpertCache(trace.Shape, CacheCapacity.InExperts(cached), expertBytes: 1, CachePolicySpec.Parse(policy), stream.Popularity(), hasNextUse: true);
        var outcomes = new AccessOutcome[trace.Shape.TopK];
        for (var t = 0; t < stream.StepCount; t++)
            for (var l = 0; l < trace.Shape.Layers; l++)
            {
                var ex = stream.ExpertsAt(t, l);
                cache.AccessStep(l, ex, stream.NextUse.Slice(stream.FirstRequestAt(t, l), ex.Length), outcomes);
                for (var i = 0; i < ex.Length; i++)
                    if (outcomes[i] != AccessOutcome.MissBypassed) Assert.InRange(cache.SlotOf(l, ex[i]), 0, cache.SlotCount - 1);
            }
        cache.EndStep();
        return cache.HitsByLayer.ToArray();
    }

    private static long GlobalHits(RoutingTrace trace, string policy, int pool) =>
        CacheReplay.Run(RequestStream.FromTrace(trace), CachePolicySpec.Parse(policy), CacheCapacity.InExperts(pool, CacheScope.Global), 1).Counters.Hits;

    [Theory]
    [MemberData(nameof(FilesAndPolicies))]
    public void PerLayer_MixtralTrace_HitsPerLayerEqualReference(string file, string policy)
    {
        var (tokens, trace) = Load(file);
        for (var c = 2; c <= 7; c++)
        {
            var expected = Enumerable.Range(0, Mixtral.Layers).Select(l => StepAtomicReference.Hits(policy, StepAtomicReference.LayerSteps(tokens, l), c)).ToArray();
            Assert.Equal(expected, PerLayerHits(trace, policy, c));
        }
    }

    [Theory]
    [MemberData(nameof(FilesAndPolicies))]
    public void Global_MixtralTrace_HitsEqualReference(string file, string policy)
    {
        var (tokens, trace) = Load(file);
        var steps = StepAtomicReference.GlobalSteps(tokens, Mixtral.ExpertsPerLayer);
        foreach (var pool in new[] { 2, 3, 40, 128 })
            Assert.Equal(StepAtomicReference.Hits(policy, steps, pool), GlobalHits(trace, policy, pool));
    }

    public static TheoryData<int, string> SeedsAndPolicies()
    {
        var data = new TheoryData<int, string>();
        foreach (var seed in new[] { 1, 2, 3, 4 }) foreach (var p in Policies) data.Add(seed, p);
        return data;
    }

    [Theory]
    [MemberData(nameof(SeedsAndPolicies))]
    public void RandomTraces_PerLayerAndGlobal_HitsEqualReference(int seed, string policy)
    {
        var trace = TestTraces.Random(seed, layers: 3, experts: 12, topK: 3, tokens: 300, zipf: 0.4 * seed, sticky: 0.15 * seed);
        var tokens = Tokens(trace);
        for (var c = 3; c <= 12; c += 3)
        {
            var expected = Enumerable.Range(0, 3).Select(l => StepAtomicReference.Hits(policy, StepAtomicReference.LayerSteps(tokens, l), c)).ToArray();
            Assert.Equal(expected, PerLayerHits(trace, policy, c));
        }
        var steps = StepAtomicReference.GlobalSteps(tokens, 12);
        foreach (var pool in new[] { 3, 5, 17, 30 })
            Assert.Equal(StepAtomicReference.Hits(policy, steps, pool), GlobalHits(trace, policy, pool));
    }

    public static TheoryData<string> Traces() => ["gsm8k", "humaneval", "random1", "random2", "random3"];

    private static RoutingTrace TraceNamed(string name) => name switch
    {
        "gsm8k" => Load(Files[0]).Trace,
        "humaneval" => Load(Files[1]).Trace,
        _ => TestTraces.Random(name[^1] - '0', layers: 4, experts: 8, topK: 2, tokens: 500, zipf: 0.9, sticky: 0.3),
    };

    private static IEnumerable<CacheCapacity> Capacities(RoutingTrace trace)
    {
        for (var c = trace.Shape.TopK; c < trace.Shape.ExpertsPerLayer; c++)
        {
            yield return CacheCapacity.InExperts(c);
            yield return CacheCapacity.InExperts(c * trace.Shape.Layers / 2, CacheScope.Global);
        }
    }

    [Theory]
    [MemberData(nameof(Traces))]
    public void Opt_SameSlotsAsOnlinePolicies_NeverLoses_AndBypassNeverLosesToOptOrPin(string name)
    {
        var trace = TraceNamed(name);
        var stream = RequestStream.FromTrace(trace);
        foreach (var capacity in Capacities(trace))
        {
            long Hits(string p) => CacheReplay.Run(stream, CachePolicySpec.Parse(p), capacity, 1).Counters.Hits;
            var opt = Hits("opt");
            foreach (var p in Online)
                Assert.True(opt >= Hits(p), $"opt {opt} < {p} {Hits(p)} at {capacity}");
            var bypass = Hits("opt-bypass");
            Assert.True(bypass >= opt, $"opt-bypass {bypass} < opt {opt} at {capacity}");
            Assert.True(bypass >= Hits("pin"), $"opt-bypass {bypass} < pin {Hits("pin")} at {capacity}");
        }
    }

    [Theory]
    [MemberData(nameof(Traces))]
    public void Lru_HitsNeverFallAsTheCacheGrows(string name)
    {
        var trace = TraceNamed(name);
        var stream = RequestStream.FromTrace(trace);
        foreach (var scope in new[] { CacheScope.PerLayer, CacheScope.Global })
        {
            long previous = -1;
            var max = scope == CacheScope.PerLayer ? trace.Shape.ExpertsPerLayer : trace.Shape.TotalExperts;
            for (var c = trace.Shape.TopK; c <= max; c++)
            {
                var hits = CacheReplay.Run(stream, CachePolicySpec.Parse("lru"), CacheCapacity.InExperts(c, scope), 1).Counters.Hits;
                Assert.True(hits >= previous, $"LRU hits fell from {previous} to {hits} at {c} ({scope})");
                previous = hits;
            }
        }
    }

    [Fact]
    public void CacheSmallerThanTopK_IsRefusedNamingTheOption()
    {
        var e = Assert.Throws<Core.Validation.InvalidInputException>(() =>
            new ExpertCache(Mixtral, CacheCapacity.InExperts(1), 1, CachePolicySpec.Parse("lru")));
        Assert.Equal("--cache-experts", e.Field);
        Assert.Contains("top-2", e.Message);
    }
}
