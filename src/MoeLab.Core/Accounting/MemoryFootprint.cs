using MoeLab.Core.Specs;

namespace MoeLab.Core.Accounting;

/// <summary>
/// Bytes: stored weights per component in each component's precision, one routed expert, and the KV cache.
/// Standard attention caches K and V of every KV head (N_kv·(d_k + d_v) elements per token per layer); MLA
/// caches only its compressed latent plus the decoupled rope key (r_kv + d_rope). Layers sharing K/V
/// (cross-layer attention) cache once per group; sliding-window layers keep at most W tokens.
/// </summary>
/// <param name="Weights">Weight bytes by component.</param>
/// <param name="RoutedExpertBytes">One routed expert of one MoE layer, in the routed-expert precision (0 without MoE layers).</param>
/// <param name="KvElementsPerTokenPerLayer">Cached elements per token in one KV-owning layer.</param>
/// <param name="KvBitsPerElement">Bits per cached element (from the spec's KV-cache format).</param>
/// <param name="FullKvLayers">KV-owning layers that keep the whole context.</param>
/// <param name="SlidingKvLayers">KV-owning layers that keep at most <paramref name="SlidingWindow"/> tokens.</param>
/// <param name="SlidingWindow">Window length in tokens (0 if none).</param>
/// <param name="ContextLength">The spec's context length S.</param>
public readonly record struct MemoryFootprint(
    ComponentBytes Weights,
    long RoutedExpertBytes,
    long KvElementsPerTokenPerLayer,
    int KvBitsPerElement,
    int FullKvLayers,
    int SlidingKvLayers,
    int SlidingWindow,
    int ContextLength)
{
    public long WeightBytes => Weights.Sum;

    /// <summary>KV bytes one token adds when every KV-owning layer stores it (a token inside every window).</summary>
    public long KvCacheBytesPerToken => BitsToBytes(KvElementsPerTokenPerLayer * KvBitsPerElement * (FullKvLayers + SlidingKvLayers));

    /// <summary>KV bytes one token adds in one KV-owning layer.</summary>
    public long KvCacheBytesPerTokenPerLayer => BitsToBytes(KvElementsPerTokenPerLayer * KvBitsPerElement);

    /// <summary>KV-cache bytes for <paramref name="batch"/> sequences of <paramref name="context"/> tokens each.</summary>
    public long KvCacheBytes(long batch, long context)
    {
        var windowed = SlidingWindow > 0 ? Math.Min(SlidingWindow, context) : context;
        return BitsToBytes(batch * KvElementsPerTokenPerLayer * KvBitsPerElement * (FullKvLayers * context + SlidingKvLayers * windowed));
    }

    /// <summary>KV-cache bytes for <paramref name="batch"/> sequences at the spec's context length.</summary>
    public long KvCacheBytesAtContext(long batch) => KvCacheBytes(batch, ContextLength);

    private static long BitsToBytes(long bits) => (bits + 7) / 8;

    /// <summary>Weight bytes grouped by precision label (e.g. bf16, mxfp4/g32(e8m0)), largest first.</summary>
    public IReadOnlyList<(string Precision, long Params, long Bytes)> WeightBytesByPrecision(in ParameterCounts counts, PrecisionPlan plan)
    {
        var byLabel = new Dictionary<string, (long Params, long Bytes)>();
        foreach (var c in Enum.GetValues<ComponentClass>())
        {
            var label = plan.For(c).Label;
            byLabel.TryGetValue(label, out var acc);
            byLabel[label] = (acc.Params + counts.Total[c], acc.Bytes + Weights[c]);
        }
        return [.. byLabel.Where(kv => kv.Value.Params > 0).Select(kv => (kv.Key, kv.Value.Params, kv.Value.Bytes)).OrderByDescending(t => t.Bytes)];
    }
}
