using MoeLab.Core.Validation;
using MoeLab.Engine.Inference;
using MoeLab.Engine.Weights;
using MoeLab.Offload.Analytic;
using MoeLab.Offload.Caching;
using MoeLab.Offload.Prefetching;
using MoeLab.Offload.Simulation;
using MoeLab.Offload.Traces;

namespace MoeLab.Engine.Offloading;

/// <summary>
/// The expert-offloading runtime for one set of weights: the dense part decoded in RAM by <see cref="MoeDecoder"/>,
/// routed experts read from their files with direct I/O into a fixed budget of slots managed by the simulator's own
/// <see cref="ExpertCache"/>. Opening checks the weights (names, shapes, dtypes, expert layout) before any long work;
/// each <see cref="Replay"/> then builds a fresh cache and decoder, so runs do not share warm state.
/// </summary>
public sealed class OffloadRuntime : IDisposable
{
    private readonly ExpertStore _store;

    private OffloadRuntime(string path, SafeTensorsSource weights, DecoderArchitecture architecture, ExpertLayout layout, ExpertStore store)
    {
        Path = path;
        Weights = weights;
        Architecture = architecture;
        Layout = layout;
        _store = store;
        Shape = new TraceShape(architecture.MoeLayerCount, architecture.Experts, architecture.TopK);
    }

    public string Path { get; }
    public SafeTensorsSource Weights { get; }
    public DecoderArchitecture Architecture { get; }
    public ExpertLayout Layout { get; }

    /// <summary>The routing geometry a trace must have to drive this model.</summary>
    public TraceShape Shape { get; }

    /// <summary>Bytes of one expert in its file.</summary>
    public long ExpertBytesOnDevice => Layout.MaxExpertBytes;

    /// <summary>Bytes a miss actually reads: the expert's ranges widened to the 4 KiB alignment direct I/O needs.</summary>
    public long ExpertBytesRead => _store.RawBytes;

    /// <summary>
    /// Bytes of weights the decoder holds in RAM outside the expert cache: every dense tensor (attention, norms, routers,
    /// shared and dense FFNs, input embedding, LM head) as float32, whatever the file's dtype. Peak RSS should be this plus
    /// the cache budget plus a bounded remainder (the runtime, KV cache, buffers).
    /// </summary>
    public long DenseWeightBytes
    {
        get
        {
            var a = Architecture;
            long d = a.ModelDim, q = (long)a.Heads * a.HeadDim, kv = (long)a.KvHeads * a.HeadDim;
            var parameters = a.Layers * (d * q + 2 * d * kv + q * d + 2 * d)
                + a.MoeLayerCount * (d * a.Experts + 3 * d * (long)a.SharedHidden)
                + a.FirstDenseLayers * 3 * d * (long)a.DenseHidden
                + (a.TiedEmbeddings ? 1 : 2) * (long)a.VocabSize * d + d;
            return 4 * parameters;
        }
    }

    /// <summary>How expert files are read, e.g. "O_DIRECT" (or the fallback and its reason).</summary>
    public string IoMode => string.Join("; ", _store.Modes.Values.Distinct());

    /// <param name="path">A safetensors file, a directory of shards, or its index; Hugging Face weights need their config.json beside them.</param>
    public static OffloadRuntime Open(string path, bool requireDirect = true)
    {
        var weights = SafeTensorsSource.Open(path);
        var architecture = DecoderArchitecture.Read(weights);
        if (architecture.Experts == 0)
            throw new InvalidInputException("the model has no routed experts: nothing to offload", source: weights.Description, field: "num_local_experts");
        var layout = ExpertLayout.For(weights);
        CheckLayout(weights, architecture, layout);
        var store = new ExpertStore(layout, requireDirect);
        return new OffloadRuntime(path, weights, architecture, layout, store);
    }

    /// <summary>The experts the decoder will ask for (from the config) must be the experts in the files: a config.json
    /// that disagrees with the tensors is bad input, refused before any read, not a decoder failure mid-run.</summary>
    private static void CheckLayout(SafeTensorsSource weights, DecoderArchitecture a, ExpertLayout layout)
    {
        var gate = layout.Location(layout.MoeLayers[0], 0).Gate.Tensor;
        if (layout.Hidden != a.ModelDim || layout.Width != a.ExpertHidden)
            throw new InvalidInputException($"the config says experts of width {a.ExpertHidden} over d = {a.ModelDim}, but the tensors hold [{layout.Width},{layout.Hidden}]: config.json and weights disagree",
                source: weights.Description, field: gate);
        if (layout.ExpertCount != a.Experts)
            throw new InvalidInputException($"the config says {a.Experts} experts per layer, but the tensors hold {layout.ExpertCount}: config.json and weights disagree",
                source: weights.Description, field: gate);
        var moeLayers = Enumerable.Range(0, a.Layers).Where(a.IsMoeLayer);
        if (!layout.MoeLayers.SequenceEqual(moeLayers))
            throw new InvalidInputException($"the config says MoE layers {string.Join(",", moeLayers)}, but the tensors have experts in layers {string.Join(",", layout.MoeLayers)}: config.json and weights disagree",
                source: weights.Description, field: gate);
    }

    /// <summary>Mean time of expert reads in decode order through the runtime's own store (for the bus model).</summary>
    public LatencyPoint MeasureExpertReads(int reads, long seed = 1) => DeviceProbe.ExpertReads(_store, reads, seed, Shape.TopK);

    /// <summary>Refuses a trace whose layers, experts or top-k differ from the model's.</summary>
    public void CheckTrace(RoutingTrace trace, string source)
    {
        if (trace.Shape != Shape)
            throw new InvalidInputException($"the trace is {trace.Shape} but the model at {Path} is {Shape}", source: source, field: "--trace");
    }

    /// <summary>
    /// What the simulator needs to predict this model on a machine (<see cref="OffloadModelShape"/>): the bytes one
    /// expert's read moves (its aligned window) and its FLOPs; everything else a decoded token does — attention (with its KV reads at the replay's mean
    /// position), routers, norms, shared and dense FFNs, embedding row, LM head — spread evenly over the MoE layers as
    /// resident float32 bytes and FLOPs, because the decoder holds the dense part in float32 whatever the file's dtype.
    /// </summary>
    public OffloadModelShape ModelShape(double meanPosition)
    {
        var a = Architecture;
        long d = a.ModelDim, q = (long)a.Heads * a.HeadDim, kv = (long)a.KvHeads * a.HeadDim;
        long perLayerAttention = d * q + 2 * d * kv + q * d + 2 * d; // q, k, v, o projections and the two norms
        long dense = a.Layers * perLayerAttention
            + a.MoeLayerCount * (d * a.Experts + 3 * d * (long)a.SharedHidden)
            + a.FirstDenseLayers * 3 * d * (long)a.DenseHidden
            + (long)a.VocabSize * d + d; // LM head and final norm
        var contextPositions = meanPosition + 1;
        var attentionScoreFlops = a.Layers * 4.0 * q * contextPositions;
        var kvBytes = a.Layers * 2.0 * kv * 4 * contextPositions;
        var layers = a.MoeLayerCount;
        return new OffloadModelShape(layers, a.Experts, a.TopK, ExpertBytesRead,
            ExpertFlopsPerToken: 2.0 * 3 * d * a.ExpertHidden,
            AttentionFlopsPerToken: (2.0 * dense + attentionScoreFlops) / layers,
            ResidentBytesPerLayer: (long)((4.0 * dense + kvBytes + 4 * d) / layers)).Validate();
    }

    /// <summary>Mean KV position of the first <paramref name="tokens"/> trace tokens (each sequence restarts at 0).</summary>
    public static double MeanPosition(RoutingTrace trace, int tokens)
    {
        double sum = 0;
        for (var t = 0; t < tokens; t++) sum += trace.PositionInSequence(t);
        return tokens == 0 ? 0 : sum / tokens;
    }

    /// <summary>Decodes the first <paramref name="tokens"/> tokens of <paramref name="trace"/> with routing forced from it.</summary>
    public ReplayRun Replay(RoutingTrace trace, int tokens, ReplayOptions options, IProgress<int>? progress = null, CancellationToken cancel = default)
    {
        options.Validate();
        CheckTrace(trace, "trace");
        var k = Shape.TopK;
        options.Capacity.RequireHoldsStep(k, ExpertBytesOnDevice);
        var stream = RequestStream.FromTrace(trace, maxTokens: tokens);
        var cache = new ExpertCache(Shape, options.Capacity, ExpertBytesOnDevice, options.Policy,
            popularity: options.Policy.Name == "pin" ? stream.Popularity() : null, hasNextUse: CachePolicyCatalog.NeedsNextUse(options.Policy));
        using var slots = new ExpertStoreSlots(_store, cache.SlotCount + k);
        MoeDecoder? decoder = null;
        RouterPrediction? router = options.UsesRouterPrefetch ? (layer, hidden, experts) => decoder!.RouterTopK(layer, hidden, experts) : null;
        var prefetcher = options.UsesRouterPrefetch ? null : PrefetcherCatalog.Create(options.Prefetch);
        using var source = new OffloadedExpertSource(cache, slots, options.IoThreads, Architecture.FirstDenseLayers,
            stream, prefetcher, router, CachePolicyCatalog.NeedsNextUse(options.Policy), options.Seed);
        decoder = new MoeDecoder(Weights, Architecture, source, new DecoderOptions(ContextFor(trace, tokens)));
        var measured = OffloadReplay.Run(decoder, trace, tokens, source, progress, cancel);
        return new ReplayRun(cache.PolicyName, options.Prefetch, options.Capacity, measured, cache.Counters, IoMode,
            ExpertBytesOnDevice, source.BypassedReads);
    }

    /// <summary>
    /// A decoder whose routed experts stream from disk through a cache, routed by the model's own routers (generation):
    /// only online policies, since nobody knows the future, and the router prefetcher or none.
    /// </summary>
    public OffloadedDecoder OpenDecoder(CachePolicySpec policy, CacheCapacity capacity, string prefetch = "none", int ioThreads = 1, int? contextLength = null) =>
        OpenDecoder(policy, capacity, prefetch, ioThreads, contextLength, owner: null);

    /// <summary>Opens the weights for one offloaded decoder that owns them (closed with it).</summary>
    public static OffloadedDecoder OpenDecoder(string path, CachePolicySpec policy, CacheCapacity capacity, string prefetch = "none", int ioThreads = 1, bool requireDirect = false)
    {
        var runtime = Open(path, requireDirect);
        try
        {
            return runtime.OpenDecoder(policy, capacity, prefetch, ioThreads, null, owner: runtime);
        }
        catch
        {
            runtime.Dispose();
            throw;
        }
    }

    private OffloadedDecoder OpenDecoder(CachePolicySpec policy, CacheCapacity capacity, string prefetch, int ioThreads, int? contextLength, IDisposable? owner)
    {
        var options = new ReplayOptions(policy, capacity, prefetch, ioThreads).Validate();
        if (CachePolicyCatalog.IsOffline(policy))
            throw new InvalidInputException($"policy '{policy.Name}' needs the whole request stream in advance, which generation does not have; use an online policy (lru, lfu, lfu-perfect, fifo, arc)", field: "--policy");
        if (!options.UsesRouterPrefetch && prefetch.Trim() != "none")
            throw new InvalidInputException($"prefetcher '{prefetch}' reads a recorded trace; generation can use 'router' or 'none'", field: "--prefetch");
        capacity.RequireHoldsStep(Shape.TopK, ExpertBytesOnDevice);
        var cache = new ExpertCache(Shape, capacity, ExpertBytesOnDevice, policy);
        var slots = new ExpertStoreSlots(_store, cache.SlotCount + Shape.TopK);
        MoeDecoder? decoder = null;
        RouterPrediction? router = options.UsesRouterPrefetch ? (layer, hidden, experts) => decoder!.RouterTopK(layer, hidden, experts) : null;
        var source = new OffloadedExpertSource(cache, slots, ioThreads, Architecture.FirstDenseLayers, router: router);
        decoder = new MoeDecoder(Weights, Architecture, source, new DecoderOptions(contextLength));
        return new OffloadedDecoder(decoder, source, slots, owner);
    }

    /// <summary>
    /// The same decode with experts served from a memory mapping of the weight files, starting from a cold page cache
    /// (every file dropped first): what llama.cpp does when the model does not fit.
    /// </summary>
    public MappedReplayRun ReplayMapped(RoutingTrace trace, int tokens, MappedAccess access = MappedAccess.Lazy, IProgress<int>? progress = null, CancellationToken cancel = default)
    {
        CheckTrace(trace, "trace");
        foreach (var file in Weights.Files) PageCache.DropFile(file);
        using var source = new MappedExpertSource(Weights, Architecture, access);
        var decoder = new MoeDecoder(Weights, Architecture, source, new DecoderOptions(ContextFor(trace, tokens)));
        source.ResetCounters();
        var measured = OffloadReplay.Run(decoder, trace, tokens, null, progress, cancel);
        var faults = source.Faults;
        return new MappedReplayRun(access.ToString().ToLowerInvariant(), measured, faults?.Major ?? 0, faults?.Minor ?? 0,
            Weights.Files.Sum(PageCache.ResidentBytes), source.MappedBytes);
    }

    /// <summary>The KV cache the replay needs: the longest sequence among the tokens, within the model's limit.</summary>
    private int ContextFor(RoutingTrace trace, int tokens)
    {
        var longest = 0;
        for (var t = 0; t < tokens; t++) longest = Math.Max(longest, trace.PositionInSequence(t) + 1);
        return Math.Min(Math.Max(1, longest), Architecture.MaxPositions);
    }

    public void Dispose() => _store.Dispose();
}
