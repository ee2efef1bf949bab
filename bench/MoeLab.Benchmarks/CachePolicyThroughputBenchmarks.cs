using BenchmarkDotNet.Attributes;
using MoeLab.Offload.Caching;
using MoeLab.Offload.Simulation;
using MoeLab.Offload.Synthetic;
using MoeLab.Offload.Traces;

namespace MoeLab.Benchmarks;

/// <summary>
/// Requests per second through the one request loop (<see cref="ExpertCache"/>): LRU and LFU streamed from a
/// binary trace file, Belady on an in-memory stream with next uses precomputed (setup, not timed), and a
/// straightforward LinkedList + Dictionary LRU over the same requests as the reference. Mixtral shape
/// (32 layers × 8 experts, top-2), 4 cached experts per layer, synthetic sticky Zipf routing. Each operation is
/// one pass over the trace: requests/s = tokens × 64 / Mean. Two trace lengths show that the streamed
/// runs allocate the same whatever the length. The <c>Global256</c> cases share one 256-expert pool among
/// 32 layers × 64 experts (top-2, same request count): victim selection there must not scan all residents.
/// </summary>
[MemoryDiagnoser]
public class CachePolicyThroughputBenchmarks
{
    private const int Cached = 4;
    private const int GlobalCached = 256;
    private static readonly TraceShape Shape = new(32, 8, 2);
    private static readonly TraceShape WideShape = new(32, 64, 2);
    private string _path = "";
    private RequestStream _stream = null!;
    private RequestStream _wideStream = null!;
    private int[] _layers = [];
    private int[] _experts = [];

    [Params(25_000, 100_000)]
    public int Tokens { get; set; }

    private int Requests => Tokens * Shape.Layers * Shape.TopK;

    [GlobalSetup]
    public void Setup()
    {
        var trace = SyntheticRoutingGenerator.Generate(Shape, Tokens, new SyntheticRoutingParameters(0.8, 0.3), seed: 1);
        _path = Path.Combine(Path.GetTempPath(), $"moelab-bench-{Tokens}.moetrace");
        TraceFiles.Save(trace, _path);
        _stream = RequestStream.FromTrace(trace);
        _ = _stream.NextUse; // precomputed once: Belady's timing excludes it
        _wideStream = RequestStream.FromTrace(SyntheticRoutingGenerator.Generate(WideShape, Tokens, new SyntheticRoutingParameters(0.8, 0.3), seed: 2));
        _ = _wideStream.NextUse;
        _layers = new int[Requests];
        _experts = new int[Requests];
        var i = 0;
        for (var t = 0; t < trace.TokenCount; t++)
            for (var l = 0; l < Shape.Layers; l++)
                foreach (var e in trace.Experts(t, l)) { _layers[i] = l; _experts[i++] = e; }
        // Validate before timing: the fast paths must count exactly what the reference counts.
        var reference = LruReferenceLinkedListDictionary();
        if (LruStreamedFromBinary() != reference || LruInMemory() != reference)
            throw new InvalidOperationException("LRU fast paths disagree with the reference implementation");
    }

    [GlobalCleanup]
    public void Cleanup() => File.Delete(_path);

    [Benchmark]
    public long LruStreamedFromBinary() => Streamed("lru");

    [Benchmark]
    public long LfuStreamedFromBinary() => Streamed("lfu");

    [Benchmark]
    public long BeladyInMemoryNextUsePrecomputed() =>
        CacheReplay.Run(_stream, CachePolicySpec.Parse("opt"), CacheCapacity.InExperts(Cached), 1).Counters.Hits;

    [Benchmark]
    public long LruInMemory() =>
        CacheReplay.Run(_stream, CachePolicySpec.Parse("lru"), CacheCapacity.InExperts(Cached), 1).Counters.Hits;

    [Benchmark]
    public long LfuGlobal256InMemory() => Global("lfu");

    [Benchmark]
    public long LruGlobal256InMemory() => Global("lru");

    [Benchmark]
    public long BeladyGlobal256InMemory() => Global("opt");

    /// <summary>The reference: one LinkedList + Dictionary LRU per layer, as one would first write it, step-atomic
    /// (top-2: requests 2i and 2i+1 are one step, so the other expert of the step is never the victim).</summary>
    [Benchmark(Baseline = true)]
    public long LruReferenceLinkedListDictionary()
    {
        var lists = new LinkedList<int>[Shape.Layers];
        var maps = new Dictionary<int, LinkedListNode<int>>[Shape.Layers];
        for (var l = 0; l < Shape.Layers; l++) { lists[l] = new(); maps[l] = new(); }
        long hits = 0;
        for (var i = 0; i < _layers.Length; i++)
        {
            var list = lists[_layers[i]];
            var map = maps[_layers[i]];
            var e = _experts[i];
            if (map.TryGetValue(e, out var node))
            {
                hits++;
                list.Remove(node);
                list.AddFirst(node);
                continue;
            }
            if (list.Count == Cached)
            {
                var victim = list.Last!;
                if (victim.Value == _experts[i ^ 1]) victim = victim.Previous!;
                map.Remove(victim.Value);
                list.Remove(victim);
            }
            map[e] = list.AddFirst(e);
        }
        return hits;
    }

    private long Global(string policy) =>
        CacheReplay.Run(_wideStream, CachePolicySpec.Parse(policy), CacheCapacity.InExperts(GlobalCached, CacheScope.Global), 1).Counters.Hits;

    private long Streamed(string policy)
    {
        using var reader = BinaryTraceReader.Open(_path, Shape);
        return CacheReplay.Run(reader, CachePolicySpec.Parse(policy), CacheCapacity.InExperts(Cached), 1).Counters.Hits;
    }
}
