namespace MoeLab.Core.Specs;

public enum AttentionKind { Mha, Gqa, Mqa, Mla }

/// <summary>Normalisation applied to queries and keys before the dot product.</summary>
public enum QkNormKind
{
    None,
    /// <summary>One norm of head_dim features shared by all heads, for q and for k (Qwen3, Llama 4, Hunyuan).</summary>
    PerHead,
    /// <summary>A norm over the full q width and the full k width (OLMoE).</summary>
    FullWidth,
}

/// <summary>
/// The attention block of every layer. Head dimension is independent of model width (Qwen3-30B-A3B has
/// 32 × 128 = 4096 query features at width 2048). <see cref="Kind"/> follows from the head counts and
/// <see cref="Mla"/>, so it cannot contradict them.
/// </summary>
public sealed record AttentionSpec
{
    /// <summary>Query heads (N_q).</summary>
    public required int QueryHeads { get; init; }

    /// <summary>Key/value heads (N_kv). For MLA, equal to <see cref="QueryHeads"/> (every head has its own decompressed K and V).</summary>
    public required int KvHeads { get; init; }

    /// <summary>Query/key head dimension. For MLA this is nope + rope (DeepSeek-V3: 128 + 64 = 192).</summary>
    public required int HeadDim { get; init; }

    /// <summary>Value head dimension; 0 means equal to <see cref="HeadDim"/>.</summary>
    public int ValueHeadDim { get; init; }

    /// <summary>Biases on the q, k and v projections (Qwen2, gpt-oss, Phi-MoE).</summary>
    public bool QkvBias { get; init; }

    /// <summary>Bias on the output projection (gpt-oss, Phi-MoE).</summary>
    public bool OutputBias { get; init; }

    /// <summary>One learned attention-sink logit per query head (gpt-oss).</summary>
    public bool Sinks { get; init; }

    public QkNormKind QkNorm { get; init; }

    /// <summary>
    /// Cross-layer attention: groups of this many consecutive layers share one K/V projection and one KV
    /// cache (Hunyuan-Large, <c>cla_share_factor</c> 2). 1 = every layer owns its K/V.
    /// </summary>
    public int KvShareFactor { get; init; } = 1;

    /// <summary>Sliding-window length in tokens for the layers in <see cref="SlidingWindowLayers"/>; 0 = no sliding window.</summary>
    public int SlidingWindow { get; init; }

    /// <summary>Which layers use the sliding window (gpt-oss: every even layer).</summary>
    public LayerSet SlidingWindowLayers { get; init; } = LayerSet.None;

    /// <summary>Multi-head latent attention low-rank dims (DeepSeek-V2/V3, Kimi K2); null for MHA/GQA/MQA.</summary>
    public MlaSpec? Mla { get; init; }

    public int EffectiveValueHeadDim
    {
        [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
        get => ValueHeadDim > 0 ? ValueHeadDim : HeadDim;
    }

    public AttentionKind Kind =>
        Mla is not null ? AttentionKind.Mla
        : KvHeads == QueryHeads ? AttentionKind.Mha
        : KvHeads == 1 ? AttentionKind.Mqa
        : AttentionKind.Gqa;

    /// <summary>Standard (non-latent) attention with <paramref name="queryHeads"/> × <paramref name="headDim"/> query features.</summary>
    public static AttentionSpec Standard(int queryHeads, int kvHeads, int headDim) =>
        new() { QueryHeads = queryHeads, KvHeads = kvHeads, HeadDim = headDim };

    /// <summary>DeepSeek-style MLA: per-head q/k dim = <paramref name="nopeHeadDim"/> + <paramref name="ropeHeadDim"/>.</summary>
    /// <exception cref="Validation.InvalidInputException">nope + rope does not fit in an int (it would wrap negative).</exception>
    public static AttentionSpec Latent(int heads, int queryLoraRank, int kvLoraRank, int nopeHeadDim, int ropeHeadDim, int valueHeadDim)
    {
        var headDim = (long)nopeHeadDim + ropeHeadDim;
        if (headDim > int.MaxValue)
            throw new Validation.InvalidInputException(
                $"the q/k head dim nope + rope = {nopeHeadDim} + {ropeHeadDim} exceeds {Units.UnitFormat.Exact(int.MaxValue)}, the largest head dim MoeLab represents", field: "attention.head_dim");
        return new()
        {
            QueryHeads = heads, KvHeads = heads, HeadDim = (int)headDim, ValueHeadDim = valueHeadDim,
            Mla = new MlaSpec(queryLoraRank, kvLoraRank, ropeHeadDim),
        };
    }
}

/// <summary>
/// Multi-head latent attention. Queries go d → <see cref="QueryLoraRank"/> → heads × (nope + rope) (or directly
/// d → heads × (nope + rope) when the rank is 0); keys and values share a compressed latent of
/// <see cref="KvLoraRank"/> plus one decoupled rope key of <see cref="RopeHeadDim"/>, which is all the KV cache stores.
/// </summary>
/// <param name="QueryLoraRank">q_lora_rank; 0 = no query compression (DeepSeek-V2-Lite).</param>
/// <param name="KvLoraRank">kv_lora_rank (512 in DeepSeek-V2/V3).</param>
/// <param name="RopeHeadDim">qk_rope_head_dim (64).</param>
public sealed record MlaSpec(int QueryLoraRank, int KvLoraRank, int RopeHeadDim);
