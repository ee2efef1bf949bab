using MoeLab.Core.Validation;

namespace MoeLab.Core.Specs;

public sealed partial record MoeSpec
{
    /// <summary>
    /// Rejects impossible specs with an <see cref="InvalidInputException"/> naming the field in MoeLab's spec
    /// JSON vocabulary (e.g. <c>experts.top_k</c>). Returns the spec so calls can chain.
    /// </summary>
    public MoeSpec Validate()
    {
        Preconditions.Positive(VocabSize, "vocab_size");
        Preconditions.Positive(HiddenSize, "hidden_size");
        Preconditions.Positive(Layers, "layers");
        Preconditions.Positive(ContextLength, "context_length");
        ValidateAttention();
        ValidateLayerSet(MoeLayers, "moe_layers");

        var moeLayers = Experts is null ? 0 : MoeLayers.Count(Layers);
        if (Experts is null && !MoeLayers.Equals(LayerSet.None) && MoeLayers.Count(Layers) > 0)
            throw new InvalidInputException("is required when moe_layers selects any layer (use moe_layers = none for a dense model)", field: "experts");
        if (Experts is not null && moeLayers > 0)
        {
            Preconditions.Positive(Experts.Count, "experts.count");
            Preconditions.Positive(Experts.TopK, "experts.top_k");
            if (Experts.TopK > Experts.Count)
                throw new InvalidInputException($"top-k ({Experts.TopK}) cannot exceed the number of routed experts ({Experts.Count})", field: "experts.top_k");
            Preconditions.Positive(Experts.Expert.Width, "experts.width");
        }
        if (Layers - moeLayers > 0)
        {
            if (DenseFfn is null)
                throw new InvalidInputException($"is required: {Layers - moeLayers} of {Layers} layers are dense", field: "dense_ffn");
            Preconditions.Positive(DenseFfn.Width, "dense_ffn.width");
        }
        Preconditions.NonNegative(SharedExperts.Count, "shared_experts.count");
        if (SharedExperts.Count > 0) Preconditions.Positive(SharedExperts.Expert.Width, "shared_experts.width");
        Preconditions.NonNegative(Norms.PerLayer, "norms.per_layer");
        Preconditions.NonNegative(Mtp.Modules, "mtp.modules");
        foreach (var component in Enum.GetValues<ComponentClass>())
            Preconditions.NonNegative(Precision.For(component).GroupSize, $"precision.{component.JsonName()}.group_size");
        return this;
    }

    private void ValidateAttention()
    {
        var a = Attention;
        Preconditions.Positive(a.QueryHeads, "attention.query_heads");
        Preconditions.Positive(a.KvHeads, "attention.kv_heads");
        Preconditions.Positive(a.HeadDim, "attention.head_dim");
        Preconditions.NonNegative(a.ValueHeadDim, "attention.value_head_dim");
        if (a.KvHeads > a.QueryHeads)
            throw new InvalidInputException($"kv heads ({a.KvHeads}) cannot exceed query heads ({a.QueryHeads})", field: "attention.kv_heads");
        if (a.QueryHeads % a.KvHeads != 0)
            throw new InvalidInputException($"kv heads ({a.KvHeads}) must divide query heads ({a.QueryHeads}) so each KV head serves a whole group", field: "attention.kv_heads");
        Preconditions.Positive(a.KvShareFactor, "attention.kv_share_factor");
        Preconditions.NonNegative(a.SlidingWindow, "attention.sliding_window");
        ValidateLayerSet(a.SlidingWindowLayers, "attention.sliding_window_layers");
        if (a.SlidingWindow == 0 && a.SlidingWindowLayers.Count(Layers) > 0)
            throw new InvalidInputException("sliding-window layers are listed but the window is 0", field: "attention.sliding_window");
        if (a.Mla is { } mla)
        {
            if (a.KvHeads != a.QueryHeads)
                throw new InvalidInputException($"MLA decompresses K and V per head: kv heads ({a.KvHeads}) must equal query heads ({a.QueryHeads})", field: "attention.kv_heads");
            Preconditions.NonNegative(mla.QueryLoraRank, "attention.mla.q_lora_rank");
            Preconditions.Positive(mla.KvLoraRank, "attention.mla.kv_lora_rank");
            Preconditions.NonNegative(mla.RopeHeadDim, "attention.mla.rope_head_dim");
            if (mla.RopeHeadDim >= a.HeadDim)
                throw new InvalidInputException($"rope head dim ({mla.RopeHeadDim}) must be smaller than the q/k head dim ({a.HeadDim} = nope + rope)", field: "attention.mla.rope_head_dim");
        }
    }

    private void ValidateLayerSet(LayerSet set, string field)
    {
        if (set.Explicit is { } list)
        {
            foreach (var i in list)
                if (i < 0 || i >= Layers)
                    throw new InvalidInputException($"layer index {i} is outside 0..{Layers - 1}", field: field);
            return;
        }
        Preconditions.Positive(set.Period, $"{field}.period");
        Preconditions.InRange(set.Offset, 0, set.Period - 1, $"{field}.offset");
        Preconditions.NonNegative(set.Start, $"{field}.start");
        foreach (var i in set.Except)
            if (i < 0 || i >= Layers)
                throw new InvalidInputException($"layer index {i} is outside 0..{Layers - 1}", field: $"{field}.except");
    }
}
