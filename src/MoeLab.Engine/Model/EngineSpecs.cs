using MoeLab.Core.Specs;
using MoeLab.Core.Validation;

namespace MoeLab.Engine.Model;

/// <summary>
/// Converts between the engine's <see cref="EngineConfig"/> and MoeLab's shared <see cref="MoeSpec"/>, so the
/// accountant counts exactly the model the engine trains. The engine builds the common subset: standard
/// (MHA/GQA/MQA) attention without biases or QK-norm, SwiGLU FFNs without biases, RMSNorm, a plain router,
/// MoE layers from layer k on, shared experts of the routed width, no MTP, no sliding window.
/// </summary>
public static class EngineSpecs
{
    /// <remarks>A sectional model has no <see cref="MoeSpec"/> (Core describes routed MoE only); MoeLab.Sectional
    /// costs that block, so asking for its spec is a bad-input error rather than a spec that counts the wrong layer.</remarks>
    public static MoeSpec ToMoeSpec(this EngineConfig config, string name = "engine")
    {
        if (config.IsSectional)
            throw new InvalidInputException("a sectional model has no MoeSpec (MoeSpec has no sectional layer; MoeLab.Sectional costs it)",
                field: "sectional_experts");
        return ToRoutedMoeSpec(config, name);
    }

    private static MoeSpec ToRoutedMoeSpec(EngineConfig config, string name) => new()
    {
        Name = name,
        VocabSize = config.VocabSize,
        HiddenSize = config.ModelDim,
        Layers = config.Layers,
        ContextLength = config.ContextLength,
        Attention = AttentionSpec.Standard(config.Heads, config.KvHeads, config.EffectiveHeadDim),
        DenseFfn = !config.IsMoe || config.FirstDenseLayers > 0 ? new FfnSpec(config.DenseHidden) : null,
        MoeLayers = config.IsMoe ? (config.FirstDenseLayers == 0 ? LayerSet.All : LayerSet.FromLayer(config.FirstDenseLayers)) : LayerSet.None,
        Experts = config.IsMoe ? new RoutedExpertsSpec(config.Experts, config.TopK, new FfnSpec(config.ExpertHidden)) : null,
        SharedExperts = config.IsMoe && config.SharedExperts > 0 ? new SharedExpertsSpec(config.SharedExperts, new FfnSpec(config.ExpertHidden)) : SharedExpertsSpec.None,
        TiedEmbeddings = config.TiedEmbeddings,
    };

    /// <summary>The engine config for a spec, or a bad-input error naming the first feature the engine cannot build.</summary>
    public static EngineConfig FromMoeSpec(MoeSpec spec)
    {
        spec.Validate();
        var a = spec.Attention;
        Refuse(spec.Mamba is not null, "Mamba mixer layers (hybrid models)", "mamba");
        Refuse(a.Mla is not null, "multi-head latent attention", "attention.mla");
        Refuse(a.QkvBias || a.OutputBias, "attention biases", "attention.qkv_bias");
        Refuse(a.Sinks, "attention sinks", "attention.sinks");
        Refuse(a.QkNorm != QkNormKind.None, "QK-norm", "attention.qk_norm");
        Refuse(a.KvShareFactor != 1, "cross-layer KV sharing", "attention.kv_share_factor");
        Refuse(a.SlidingWindow > 0, "sliding-window attention", "attention.sliding_window");
        Refuse(a.EffectiveValueHeadDim != a.HeadDim, "a value head dim different from the query head dim", "attention.value_head_dim");
        Refuse(spec.Norms.Kind != NormKind.RmsNorm || spec.Norms.Bias || spec.Norms.PerLayer != 2, "norms other than 2 RMSNorms per layer", "norms");
        Refuse(spec.Mtp.Modules > 0, "multi-token prediction", "mtp");
        Refuse(spec.LmHeadBias, "an LM-head bias", "lm_head_bias");
        Refuse(spec.Router.Bias, "a router bias", "router.bias");
        var moe = spec.Experts;
        var firstDense = 0;
        if (moe is not null)
        {
            var members = spec.MoeLayers.Members(spec.Layers).ToArray();
            firstDense = members.Length == 0 ? spec.Layers : members[0];
            Refuse(members.Length != spec.Layers - firstDense, "MoE layers other than 'every layer from k on'", "moe_layers");
            Refuse(!moe.Expert.Gated || moe.Expert.Bias, "non-SwiGLU or biased experts", "experts.expert");
            var shared = spec.SharedExperts;
            Refuse(shared.Count > 0 && (shared.Expert.Width != moe.Expert.Width || shared.ScalarGate || !shared.Expert.Gated || shared.Expert.Bias),
                "shared experts of another width or with a gate", "shared_experts");
        }
        var dense = spec.DenseFfn;
        Refuse(dense is not null && (!dense.Gated || dense.Bias), "a non-SwiGLU or biased dense FFN", "dense_ffn");
        return new EngineConfig
        {
            VocabSize = spec.VocabSize,
            ContextLength = spec.ContextLength,
            ModelDim = spec.HiddenSize,
            Layers = spec.Layers,
            Heads = a.QueryHeads,
            KvHeads = a.KvHeads,
            HeadDim = a.HeadDim,
            DenseHidden = dense?.Width ?? moe!.Expert.Width,
            FirstDenseLayers = firstDense,
            Experts = moe?.Count ?? 0,
            TopK = moe?.TopK ?? 1,
            ExpertHidden = moe?.Expert.Width ?? (dense?.Width ?? 1),
            SharedExperts = moe is null ? 0 : spec.SharedExperts.Count,
            TiedEmbeddings = spec.TiedEmbeddings,
        }.Validated();
    }

    private static void Refuse(bool unsupported, string feature, string field)
    {
        if (unsupported) throw new InvalidInputException($"the CPU engine cannot build {feature}", field: field);
    }
}
