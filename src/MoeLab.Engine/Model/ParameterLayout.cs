namespace MoeLab.Engine.Model;

/// <summary>The slots of one transformer layer. Dense layers fill W1/W3/W2; MoE layers fill the Router and Expert*
/// slots, and Shared* when the layer has shared experts.</summary>
public sealed record LayerSlots(
    TensorSlot AttnNorm, TensorSlot Wq, TensorSlot Wk, TensorSlot Wv, TensorSlot Wo, TensorSlot FfnNorm,
    TensorSlot? W1, TensorSlot? W3, TensorSlot? W2,
    TensorSlot? Router, TensorSlot? ExpertW1, TensorSlot? ExpertW3, TensorSlot? ExpertW2,
    TensorSlot? SharedW1, TensorSlot? SharedW3, TensorSlot? SharedW2,
    SectionalSlots? Sectional = null);

/// <summary>The slots of a sectional MoE block: experts (E, H, w), (E, H, w), (E, w, H); the optional mixing
/// projection and pre-expert attention projections are (d, d) each.</summary>
public sealed record SectionalSlots(TensorSlot W1, TensorSlot W3, TensorSlot W2, TensorSlot? Mix,
    TensorSlot? Wq, TensorSlot? Wk, TensorSlot? Wv, TensorSlot? Wo);

/// <summary>
/// The size table (llm.c's param_sizes): every parameter tensor with its shape and offset in one flat array.
/// Parameters, gradients and both AdamW moments all use this layout, so one loop serves the optimiser and the
/// checkpoint writes the tensors under these names.
/// </summary>
public sealed class ParameterLayout
{
    private readonly List<TensorSlot> _slots = [];

    public ParameterLayout(EngineConfig config)
    {
        Config = config.Validated();
        int c = config.ModelDim, hd = config.EffectiveHeadDim, v = config.VocabSize;
        Embedding = Add("tok_embeddings.weight", v, c);
        var layers = new List<LayerSlots>();
        for (var l = 0; l < config.Layers; l++)
        {
            var p = $"layers.{l}.";
            var attnNorm = Add(p + "attention_norm.weight", c);
            var wq = Add(p + "attention.wq.weight", config.Heads * hd, c);
            var wk = Add(p + "attention.wk.weight", config.KvHeads * hd, c);
            var wv = Add(p + "attention.wv.weight", config.KvHeads * hd, c);
            var wo = Add(p + "attention.wo.weight", c, config.Heads * hd);
            var ffnNorm = Add(p + "ffn_norm.weight", c);
            if (config.SectionalShape is { } ss && config.IsSectionalLayer(l))
            {
                var q = p + "sectional.";
                var (sw, hidden) = (ss.SectionWidth, ss.SectionHidden);
                var sectional = new SectionalSlots(
                    Add(q + "experts.w1", ss.Sections, hidden, sw), Add(q + "experts.w3", ss.Sections, hidden, sw), Add(q + "experts.w2", ss.Sections, sw, hidden),
                    ss.MixingProjection ? Add(q + "mix.weight", c, c) : null,
                    ss.HasPreExpertLayer ? Add(q + "pre.wq.weight", c, c) : null,
                    ss.HasPreExpertLayer ? Add(q + "pre.wk.weight", c, c) : null,
                    ss.HasPreExpertLayer ? Add(q + "pre.wv.weight", c, c) : null,
                    ss.HasPreExpertLayer ? Add(q + "pre.wo.weight", c, c) : null);
                layers.Add(new LayerSlots(attnNorm, wq, wk, wv, wo, ffnNorm, null, null, null, null, null, null, null, null, null, null, sectional));
                continue;
            }
            if (!config.IsMoeLayer(l))
            {
                var h = config.DenseHidden;
                layers.Add(new LayerSlots(attnNorm, wq, wk, wv, wo, ffnNorm,
                    Add(p + "feed_forward.w1.weight", h, c), Add(p + "feed_forward.w3.weight", h, c), Add(p + "feed_forward.w2.weight", c, h),
                    null, null, null, null, null, null, null));
                continue;
            }
            int e = config.Experts, eh = config.ExpertHidden, sh = config.SharedExperts * config.ExpertHidden;
            var router = Add(p + "moe.gate.weight", e, c);
            var ew1 = Add(p + "moe.experts.w1", e, eh, c);
            var ew3 = Add(p + "moe.experts.w3", e, eh, c);
            var ew2 = Add(p + "moe.experts.w2", e, c, eh);
            TensorSlot? sw1 = null, sw3 = null, sw2 = null;
            if (sh > 0)
            {
                sw1 = Add(p + "moe.shared_experts.w1.weight", sh, c);
                sw3 = Add(p + "moe.shared_experts.w3.weight", sh, c);
                sw2 = Add(p + "moe.shared_experts.w2.weight", c, sh);
            }
            layers.Add(new LayerSlots(attnNorm, wq, wk, wv, wo, ffnNorm, null, null, null, router, ew1, ew3, ew2, sw1, sw3, sw2));
        }
        Layers = layers;
        FinalNorm = Add("norm.weight", c);
        LmHead = config.TiedEmbeddings ? Embedding : Add("output.weight", v, c);
    }

    public EngineConfig Config { get; }
    public TensorSlot Embedding { get; }
    public IReadOnlyList<LayerSlots> Layers { get; }
    public TensorSlot FinalNorm { get; }
    /// <summary>The output projection; the same slot as <see cref="Embedding"/> when tied.</summary>
    public TensorSlot LmHead { get; }
    public IReadOnlyList<TensorSlot> Slots => _slots;

    /// <summary>Every parameter, counted once (a tied LM head is not counted twice).</summary>
    public long TotalParameters { get; private set; }

    /// <summary>Parameters one token uses in a forward pass: all but the routed experts it is not sent to.</summary>
    public long ActiveParameters
    {
        get
        {
            var c = Config;
            var inactivePerLayer = (long)(c.Experts - c.TopK) * 3 * c.ExpertHidden * c.ModelDim;
            return TotalParameters - c.MoeLayerCount * inactivePerLayer;
        }
    }

    /// <summary>Parameters in the embedding table (and the untied output projection, counted separately by callers).</summary>
    public long EmbeddingParameters => Embedding.Length;

    private TensorSlot Add(string name, params int[] shape)
    {
        var slot = new TensorSlot(name, shape, TotalParameters);
        _slots.Add(slot);
        TotalParameters += slot.Length;
        return slot;
    }
}
