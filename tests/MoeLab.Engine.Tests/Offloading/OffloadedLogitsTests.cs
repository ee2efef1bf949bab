using System.Runtime.InteropServices;
using MoeLab.Engine.Checkpoints;
using MoeLab.Engine.Inference;
using MoeLab.Engine.Model;
using MoeLab.Engine.Offloading;
using MoeLab.Engine.Weights;
using MoeLab.Offload.Caching;
using MoeLab.Offload.Traces;

namespace MoeLab.Engine.Tests.Offloading;

/// <summary>
/// Offloading must change where an expert's floats come from, never the floats: a KV-cached decoder over an engine
/// checkpoint on disk, its own router choosing the experts, gives bit-identical logits whether every expert is
/// resident or each is read with direct I/O into a small cache's slots (evictions, slot reuse, router prefetches).
/// </summary>
public sealed class OffloadedLogitsTests : IDisposable
{
    private const int Tokens = 48;

    // On the checkout's disk (the test output directory), so the store reads with O_DIRECT as in production.
    private readonly string _dir = Directory.CreateDirectory(Path.Combine(AppContext.BaseDirectory, "offloaded-logits-tests", Guid.NewGuid().ToString("N"))).FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    [Theory]
    [InlineData("lru", 2, false, "none", 1)]
    [InlineData("lru", 3, false, "none", 1)]
    [InlineData("lru", 2, true, "none", 1)]
    [InlineData("lru", 2, false, "router", 1)]
    [InlineData("lru", 3, false, "router", 3)]
    [InlineData("lru", 2, true, "router", 2)]
    [InlineData("fifo", 2, false, "router", 2)]
    public void EngineCheckpointOnDisk_OffloadedLogitsAreBitIdenticalToResident(string policy, int cacheExperts, bool global, string prefetch, int ioThreads)
    {
        var path = WriteEngineCheckpoint(seed: 31);
        var weights = SafeTensorsSource.Open(path);
        var architecture = DecoderArchitecture.Read(weights);
        Assert.Equal(1, architecture.FirstDenseLayers);
        Assert.Equal(4, architecture.MoeLayerCount);
        Assert.Equal(8, architecture.Experts);
        Assert.Equal(2, architecture.TopK);

        var layout = ExpertLayout.For(weights);
        using var store = new ExpertStore(layout, requireDirect: true);
        var shape = new TraceShape(architecture.MoeLayerCount, architecture.Experts, architecture.TopK);
        // A global pool of 2 or 3 experts per MoE layer on average, shared by all of them.
        var capacity = global ? CacheCapacity.InExperts(cacheExperts * shape.Layers, CacheScope.Global) : CacheCapacity.InExperts(cacheExperts);
        var cache = new ExpertCache(shape, capacity, layout.MaxExpertBytes, CachePolicySpec.Parse(policy));
        using var slots = new ExpertStoreSlots(store, cache.SlotCount + architecture.TopK);
        MoeDecoder? offloaded = null;
        RouterPrediction? router = prefetch == "router" ? (layer, hidden, experts) => offloaded!.RouterTopK(layer, hidden, experts) : null;
        using var source = new OffloadedExpertSource(cache, slots, ioThreads, architecture.FirstDenseLayers, router: router);
        var options = new DecoderOptions(Tokens);
        offloaded = new MoeDecoder(weights, architecture, source, options);
        var resident = new MoeDecoder(weights, architecture, new ResidentExpertSource(weights, architecture), options);

        var rng = new Random(7);
        for (var t = 0; t < Tokens; t++)
        {
            var token = rng.Next(architecture.VocabSize);
            var expected = MemoryMarshal.Cast<float, int>(resident.Step(token)).ToArray();
            var actual = MemoryMarshal.Cast<float, int>(offloaded.Step(token)).ToArray();
            Assert.True(expected.SequenceEqual(actual), $"logits differ at position {t} ({policy}, {capacity}, {prefetch})");
            for (var l = 0; l < architecture.Layers; l++)
            {
                Assert.Equal(resident.RoutedExperts(l).ToArray(), offloaded.RoutedExperts(l).ToArray());
                Assert.Equal(resident.RoutedGates(l).ToArray(), offloaded.RoutedGates(l).ToArray());
            }
        }

        // The comparison is only worth something if the cache really churned: misses, evictions, reused slots.
        var c = cache.Counters;
        Assert.Equal((long)Tokens * architecture.MoeLayerCount * architecture.TopK, c.Requests);
        Assert.InRange(c.Hits, 1, c.Requests - 1);
        Assert.True(c.Evictions > 0, "the cache never evicted");
        if (prefetch == "router") Assert.True(c.PrefetchInsertions > 0, "the router prefetcher never inserted");
        else Assert.Equal(0, c.PrefetchInsertions);
        Assert.True(store.IsDirect, string.Join("; ", store.Modes.Values));
        // Every demand miss was read (and waited for); a prefetch was read unless withdrawn before its turn.
        // Let the last prefetches (of the last token's last layer, never demanded) finish before counting.
        for (var s = 0; s < slots.SlotCount; s++) source.Reads.WaitReady(s);
        var io = source.Reads.Totals;
        Assert.Equal(c.Misses + c.PrefetchInsertions, io.Jobs + io.Cancelled);
    }

    /// <summary>A five-layer engine MoE (layer 0 dense, then four MoE layers of 8 experts, top-2, one shared
    /// expert), random init, written as one safetensors checkpoint.</summary>
    private string WriteEngineCheckpoint(int seed)
    {
        return RandomEngineCheckpoint.Write(TinyModels.Moe(tied: false, shared: 1) with { Layers = 5, Experts = 8, TopK = 2, ContextLength = Tokens }, seed, _dir);
    }
}
