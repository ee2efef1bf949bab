using MoeLab.Core.Specs;
using MoeLab.Core.Validation;

namespace MoeLab.Engine.Weights;

/// <summary>
/// The tensors (names, shapes, dtype) a Hugging Face checkpoint of a model family holds, in file order and grouped
/// so that each routed expert's gate, up and down matrices form one group: written adjacently, an expert is one
/// contiguous byte range and a cache miss is one read. Families: Mixtral, OLMoE, Qwen2-MoE (with its shared
/// expert), Qwen3-MoE.
/// </summary>
public static class HuggingFaceTensorPlan
{
    public static readonly IReadOnlyList<string> SupportedModelTypes = ["mixtral", "olmoe", "qwen2_moe", "qwen3_moe"];

    public static IReadOnlyList<IReadOnlyList<TensorEntry>> Groups(HuggingFaceModelConfig model, string dtype)
    {
        var naming = ExpertNaming.ForModelType(model.ModelType)
            ?? throw new InvalidInputException($"weights of model_type '{model.ModelType}' are not supported (supported: {string.Join(", ", SupportedModelTypes)})", source: model.Source, field: "model_type");
        var s = model.Spec;
        long d = s.HiddenSize;
        var a = s.Attention;
        long q = (long)a.QueryHeads * a.HeadDim, kv = (long)a.KvHeads * a.HeadDim;
        var groups = new List<IReadOnlyList<TensorEntry>>();
        TensorEntry T(string name, params long[] shape) => new(name, dtype, shape);

        groups.Add([T("model.embed_tokens.weight", s.VocabSize, d)]);
        for (var l = 0; l < s.Layers; l++)
        {
            var p = $"model.layers.{l}.";
            var layer = new List<TensorEntry>
            {
                T(p + "input_layernorm.weight", d),
                T(p + "self_attn.q_proj.weight", q, d),
                T(p + "self_attn.k_proj.weight", kv, d),
                T(p + "self_attn.v_proj.weight", kv, d),
            };
            if (a.QkvBias) layer.AddRange([T(p + "self_attn.q_proj.bias", q), T(p + "self_attn.k_proj.bias", kv), T(p + "self_attn.v_proj.bias", kv)]);
            layer.Add(T(p + "self_attn.o_proj.weight", d, q));
            if (a.QkNorm == QkNormKind.FullWidth) layer.AddRange([T(p + "self_attn.q_norm.weight", q), T(p + "self_attn.k_norm.weight", kv)]);
            if (a.QkNorm == QkNormKind.PerHead) layer.AddRange([T(p + "self_attn.q_norm.weight", a.HeadDim), T(p + "self_attn.k_norm.weight", a.HeadDim)]);
            layer.Add(T(p + "post_attention_layernorm.weight", d));
            if (!s.IsLayerMoe(l))
            {
                var dense = s.DenseFfn ?? throw new InvalidInputException($"layer {l} is dense but the config gives no intermediate_size", source: model.Source, field: "intermediate_size");
                layer.AddRange(Ffn(p + "mlp.", "gate_proj.weight", "up_proj.weight", "down_proj.weight", dense.Width, d, dtype));
                groups.Add(layer);
                continue;
            }
            var experts = s.Experts!;
            var router = naming == ExpertNaming.Mixtral ? p + "block_sparse_moe.gate.weight" : p + "mlp.gate.weight";
            layer.Add(T(router, experts.Count, d));
            if (s.SharedExperts.Count > 0)
            {
                layer.AddRange(Ffn(p + "mlp.shared_expert.", "gate_proj.weight", "up_proj.weight", "down_proj.weight", s.SharedExperts.Expert.Width * s.SharedExperts.Count, d, dtype));
                if (s.SharedExperts.ScalarGate) layer.Add(T(p + "mlp.shared_expert_gate.weight", 1, d));
            }
            groups.Add(layer);
            for (var j = 0; j < experts.Count; j++)
                groups.Add(Ffn(naming.Prefix(l, j), naming.Gate, naming.Up, naming.Down, experts.Expert.Width, d, dtype));
        }
        var tail = new List<TensorEntry> { T("model.norm.weight", d) };
        if (!s.TiedEmbeddings) tail.Add(T("lm_head.weight", s.VocabSize, d));
        groups.Add(tail);
        return groups;
    }

    private static TensorEntry[] Ffn(string prefix, string gate, string up, string down, long width, long hidden, string dtype) =>
    [
        new(prefix + gate, dtype, [width, hidden]),
        new(prefix + up, dtype, [width, hidden]),
        new(prefix + down, dtype, [hidden, width]),
    ];
}
