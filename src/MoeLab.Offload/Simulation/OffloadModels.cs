using MoeLab.Core.Accounting;
using MoeLab.Core.Specs;
using MoeLab.Core.Validation;
using MoeLab.Offload.Analytic;
using MoeLab.Offload.Traces;

namespace MoeLab.Offload.Simulation;

/// <summary>Builds the <see cref="OffloadModelShape"/> the simulator and the analytic models share from a model spec.</summary>
public static class OffloadModels
{
    /// <summary>
    /// From a spec via <see cref="ModelAccountant"/>: one routed expert's bytes and FLOPs (2 × params per token);
    /// everything else a token reads except embeddings, LM head and MTP (attention, router, shared experts,
    /// norms, dense FFN layers) is spread evenly over the MoE layers as resident bytes and FLOPs, so the
    /// per-token total is kept. Attention-score FLOPs (context-dependent, small at decode) are left out.
    /// </summary>
    public static OffloadModelShape FromSpec(MoeSpec spec)
    {
        var experts = spec.Experts ?? throw new InvalidInputException($"model '{spec.Name}' has no routed experts: nothing to offload", field: "model");
        var accounting = ModelAccountant.Account(spec);
        var moeLayers = spec.MoeLayerCount;
        var expertCount = (long)moeLayers * experts.Count;
        var expertParams = accounting.Params.Total.RoutedExperts / expertCount;
        var expertBytes = accounting.Memory.Weights.RoutedExperts / expertCount;
        var active = accounting.Params.Active;
        var residentParams = active.Attention + active.Router + active.SharedExperts + active.Norms + active.DenseFfn;
        var weights = accounting.Memory.Weights;
        var residentBytes = weights.Attention + weights.Router + weights.SharedExperts + weights.Norms + weights.DenseFfn;
        return new OffloadModelShape(moeLayers, experts.Count, experts.TopK, expertBytes, 2.0 * expertParams,
            2.0 * residentParams / moeLayers, residentBytes / moeLayers).Validate();
    }

    /// <summary>
    /// Mixtral-8x7B at 16-bit weights, by hand from its config (d = 4096, expert FFN 14336 with 3 matrices,
    /// 32 query / 8 KV heads of 128, 32 layers, 8 experts, top-2): expert 3·4096·14336 = 176,160,768 params;
    /// attention 2·4096·(4096 + 1024) = 41,943,040, router 4096·8, two RMSNorms 2·4096 per layer.
    /// </summary>
    public static OffloadModelShape Mixtral8x7B { get; } = new(32, 8, 2,
        ExpertBytes: 176_160_768L * 2, ExpertFlopsPerToken: 2.0 * 176_160_768,
        AttentionFlopsPerToken: 2.0 * (41_943_040 + 4096 * 8 + 2 * 4096), ResidentBytesPerLayer: (41_943_040L + 4096 * 8 + 2 * 4096) * 2);

    public static TraceShape TraceShape(this OffloadModelShape shape) => new(shape.Layers, shape.ExpertsPerLayer, shape.TopK);
}
