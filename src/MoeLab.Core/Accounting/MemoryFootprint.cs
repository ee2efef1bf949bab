using MoeLab.Core.Specs;

namespace MoeLab.Core.Accounting;

/// <summary>
/// Bytes: stored weights per component in each component's precision, one routed expert, and the KV cache.
/// Standard attention caches K and V of every KV head (N_kv·(d_k + d_v) elements per token per layer); MLA
/// caches only its compressed latent plus the decoupled rope key (r_kv + d_rope). Layers sharing K/V
/// (cross-layer attention) cache once per group; sliding-window layers keep at most W tokens.
/// </summary>
public readonly record struct MemoryFootprint
{
    public MemoryFootprint(ComponentBytes weights, long routedExpertBytes, long kvElementsPerTokenPerLayer, int kvBitsPerElement,
        int fullKvLayers, int slidingKvLayers, int slidingWindow, int contextLength, long mambaStateBytesPerSequence = 0)
    {
        Weights = weights;
        RoutedExpertBytes = routedExpertBytes;
        KvElementsPerTokenPerLayer = kvElementsPerTokenPerLayer;
        KvBitsPerElement = kvBitsPerElement;
        FullKvLayers = fullKvLayers;
        SlidingKvLayers = slidingKvLayers;
        SlidingWindow = slidingWindow;
        ContextLength = contextLength;
        MambaStateBytesPerSequence = mambaStateBytesPerSequence;
    }

    /// <summary>The accountant's constructor: sizes each component straight into its field.</summary>
    /// <remarks>
    /// The parts come in by reference and the result goes out by reference, so the JIT must assume they may
    /// overlap. Passing twenty computed values to the public constructor therefore made it compute all of them
    /// before the first store and spill most to the stack; one field at a time needs no spills.
    /// </remarks>
    internal MemoryFootprint(MoeSpec spec, in BlockShape s, in ParameterCounts p)
    {
        var plan = spec.Precision;
        _embeddings = plan.Embeddings.BytesFor(p.Total.Embeddings);
        _attention = plan.Attention.BytesFor(p.Total.Attention);
        _denseFfn = plan.DenseFfn.BytesFor(p.Total.DenseFfn);
        _routedExperts = plan.RoutedExperts.BytesFor(p.Total.RoutedExperts);
        _sharedExperts = plan.SharedExperts.BytesFor(p.Total.SharedExperts);
        _router = plan.Router.BytesFor(p.Total.Router);
        _norms = plan.Norms.BytesFor(p.Total.Norms);
        _lmHead = plan.LmHead.BytesFor(p.Total.LmHead);
        _mtp = plan.Mtp.BytesFor(p.Total.Mtp);
        _mamba = plan.Mamba.BytesFor(p.Total.Mamba);
        RoutedExpertBytes = s.MoeLayers > 0 ? plan.RoutedExperts.BytesFor(s.Expert) : 0;
        var a = spec.Attention;
        // Widened before adding: two int dims near 2³¹ sum past int.MaxValue.
        KvElementsPerTokenPerLayer = a.Mla is { } mla
            ? (long)mla.KvLoraRank + mla.RopeHeadDim
            : a.KvHeads * ((long)a.HeadDim + a.EffectiveValueHeadDim);
        KvBitsPerElement = spec.KvCacheFormat.Bits();
        FullKvLayers = (int)s.KvLayers - s.SlidingKvLayers;
        SlidingKvLayers = s.SlidingKvLayers;
        SlidingWindow = a.SlidingWindow;
        ContextLength = spec.ContextLength;
        // Mamba state is kept in fp32 (4 bytes), as the reference implementations do.
        MambaStateBytesPerSequence = checked(s.MambaLayers * s.MambaStateElements * 4);
    }

    // Weights by component, stored flat so the accountant can write them one at a time (see the constructor).
    private readonly long _embeddings, _attention, _denseFfn, _routedExperts, _sharedExperts, _router, _norms, _lmHead, _mtp, _mamba;

    /// <summary>Weight bytes by component.</summary>
    public ComponentBytes Weights
    {
        get => new(_embeddings, _attention, _denseFfn, _routedExperts, _sharedExperts, _router, _norms, _lmHead, _mtp, _mamba);
        init => (_embeddings, _attention, _denseFfn, _routedExperts, _sharedExperts, _router, _norms, _lmHead, _mtp, _mamba) =
            (value.Embeddings, value.Attention, value.DenseFfn, value.RoutedExperts, value.SharedExperts, value.Router, value.Norms, value.LmHead, value.Mtp, value.Mamba);
    }

    /// <summary>One routed expert of one MoE layer, in the routed-expert precision (0 without MoE layers).</summary>
    public long RoutedExpertBytes { get; init; }

    /// <summary>Cached elements per token in one KV-owning layer.</summary>
    public long KvElementsPerTokenPerLayer { get; init; }

    /// <summary>Bits per cached element (from the spec's KV-cache format).</summary>
    public int KvBitsPerElement { get; init; }

    /// <summary>KV-owning layers that keep the whole context.</summary>
    public int FullKvLayers { get; init; }

    /// <summary>KV-owning layers that keep at most <see cref="SlidingWindow"/> tokens.</summary>
    public int SlidingKvLayers { get; init; }

    /// <summary>Window length in tokens (0 if none).</summary>
    public int SlidingWindow { get; init; }

    /// <summary>The spec's context length S.</summary>
    public int ContextLength { get; init; }

    /// <summary>Hybrid models: fp32 recurrent state (SSM state + conv window) of all Mamba layers, per sequence, independent of length.</summary>
    public long MambaStateBytesPerSequence { get; init; }

    public long WeightBytes => Weights.Sum;

    /// <summary>KV bytes one token adds when every KV-owning layer stores it (a token inside every window).</summary>
    /// <exception cref="Validation.InvalidInputException">The figure exceeds 2⁶³ − 1 bytes.</exception>
    public long KvCacheBytesPerToken => KvBytes(batch: 1, layerTokens: FullKvLayers + SlidingKvLayers, context: 1, withState: false);

    /// <summary>KV bytes one token adds in one KV-owning layer.</summary>
    /// <exception cref="Validation.InvalidInputException">The figure exceeds 2⁶³ − 1 bytes.</exception>
    public long KvCacheBytesPerTokenPerLayer => KvBytes(batch: 1, layerTokens: 1, context: 1, withState: false);

    /// <summary>
    /// Inference-state bytes for <paramref name="batch"/> sequences of <paramref name="context"/> tokens each: the KV
    /// cache, plus the fixed Mamba state of hybrid models.
    /// </summary>
    /// <exception cref="Validation.InvalidInputException">The figure exceeds 2⁶³ − 1 bytes (the message gives the factors).</exception>
    public long KvCacheBytes(long batch, long context)
    {
        var windowed = SlidingWindow > 0 ? Math.Min(SlidingWindow, context) : context;
        return KvBytes(batch, (Int128)FullKvLayers * context + (Int128)SlidingKvLayers * windowed, context, withState: true);
    }

    /// <summary>KV-cache bytes for <paramref name="batch"/> sequences at the spec's context length.</summary>
    public long KvCacheBytesAtContext(long batch) => KvCacheBytes(batch, ContextLength);

    /// <summary>The fp32 Mamba state of <paramref name="batch"/> sequences (0 for models without Mamba layers).</summary>
    /// <exception cref="Validation.InvalidInputException">The figure exceeds 2⁶³ − 1 bytes.</exception>
    public long MambaStateBytes(long batch) => KvBytes(batch, layerTokens: 0, context: 0, withState: true);

    // Bits of a KV cache overflow 64 bits well before its bytes do (and batch × context × layers × width can pass
    // 128 bits), so the product is formed in 128 bits, checked, and only the final byte count must fit in a long.
    private long KvBytes(long batch, Int128 layerTokens, long context, bool withState)
    {
        try
        {
            checked
            {
                var bits = (Int128)batch * KvElementsPerTokenPerLayer * KvBitsPerElement * layerTokens;
                return (long)((bits + 7) / 8 + (withState ? (Int128)batch * MambaStateBytesPerSequence : 0));
            }
        }
        catch (OverflowException)
        {
            throw AccountingLimits.KvCacheTooLarge(batch, context, FullKvLayers + SlidingKvLayers, KvElementsPerTokenPerLayer, KvBitsPerElement);
        }
    }

    /// <summary>Weight bytes grouped by precision label (e.g. bf16, mxfp4/g32(e8m0)), largest first.</summary>
    public IReadOnlyList<(string Precision, long Params, long Bytes)> WeightBytesByPrecision(in ParameterCounts counts, PrecisionPlan plan)
    {
        var byLabel = new Dictionary<string, (long Params, long Bytes)>();
        foreach (var c in Enum.GetValues<ComponentClass>())
        {
            var label = plan.For(c).Label;
            byLabel.TryGetValue(label, out var acc);
            // Parts of totals the accountant has already summed, so these sums cannot overflow.
            byLabel[label] = (acc.Params + counts.Total[c], acc.Bytes + Weights[c]);
        }
        return [.. byLabel.Where(kv => kv.Value.Params > 0).Select(kv => (kv.Key, kv.Value.Params, kv.Value.Bytes)).OrderByDescending(t => t.Bytes)];
    }
}
