using MoeLab.Core.Validation;

namespace MoeLab.Offload.Analytic;

/// <summary>
/// What the analytic offloading models need to know about an MoE, as plain numbers (so the models do not
/// depend on any model-spec type). All "per token" figures are for one decoded token at batch size 1.
/// </summary>
/// <param name="Layers">MoE layers (a dense layer is modelled with <paramref name="TopK"/> experts that are always resident: pass it as resident bytes instead).</param>
/// <param name="ExpertsPerLayer">Routed experts per layer, N.</param>
/// <param name="TopK">Routed experts each token uses per layer, k.</param>
/// <param name="ExpertBytes">Bytes of one routed expert's weights (what a miss moves).</param>
/// <param name="ExpertFlopsPerToken">FLOPs of one routed expert for one token (≈ 2 × its parameters).</param>
/// <param name="AttentionFlopsPerToken">FLOPs per layer per token outside the routed experts (attention, router, shared experts).</param>
/// <param name="ResidentBytesPerLayer">Bytes per layer read from the fast tier per token outside the routed experts (attention, router, shared-expert weights, KV cache).</param>
public sealed record OffloadModelShape(
    int Layers,
    int ExpertsPerLayer,
    int TopK,
    long ExpertBytes,
    double ExpertFlopsPerToken,
    double AttentionFlopsPerToken,
    long ResidentBytesPerLayer)
{
    public OffloadModelShape Validate()
    {
        Preconditions.Positive(Layers, "layers");
        Preconditions.Positive(ExpertsPerLayer, "experts_per_layer");
        Preconditions.InRange(TopK, 1, ExpertsPerLayer, "top_k");
        Preconditions.Positive(ExpertBytes, "expert_bytes");
        Preconditions.NonNegative(ExpertFlopsPerToken, "expert_flops_per_token");
        Preconditions.NonNegative(AttentionFlopsPerToken, "attention_flops_per_token");
        Preconditions.NonNegative(ResidentBytesPerLayer, "resident_bytes_per_layer");
        return this;
    }

    /// <summary>
    /// The same model with every expert split g ways: N·g experts of 1/g the bytes and FLOPs, k·g of them per
    /// token, so total, active and (at c·g cached) cached bytes are unchanged.
    /// </summary>
    public OffloadModelShape SplitExperts(int granularity)
    {
        Preconditions.Positive(granularity, "granularity");
        Preconditions.That(ExpertBytes % granularity == 0,
            $"expert_bytes {ExpertBytes} is not divisible by granularity {granularity}", "granularity");
        return this with
        {
            ExpertsPerLayer = checked(ExpertsPerLayer * granularity),
            TopK = checked(TopK * granularity),
            ExpertBytes = ExpertBytes / granularity,
            ExpertFlopsPerToken = ExpertFlopsPerToken / granularity,
        };
    }
}
