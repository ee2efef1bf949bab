namespace MoeLab.Engine.Inference;

/// <summary>Which of a SwiGLU expert's three matrices: gate W1 (H, d), up W3 (H, d), down W2 (d, H).</summary>
public enum ExpertMatrix { W1, W3, W2 }

/// <summary>
/// The tensor names of one weight family. Engine checkpoints stack a layer's routed experts in one (E, H, d) tensor
/// per matrix (<see cref="StackedExperts"/>); Hugging Face stores one tensor per expert and matrix.
/// </summary>
public abstract class TensorNaming
{
    public static TensorNaming For(ModelFamily family) => family switch
    {
        ModelFamily.Engine => new EngineNaming(),
        ModelFamily.Mixtral => new MixtralNaming(),
        _ => throw new ArgumentOutOfRangeException(nameof(family)),
    };

    public abstract string Embedding { get; }
    public abstract string FinalNorm { get; }
    /// <summary>The output projection's own tensor (ignored when the architecture ties it to the embedding).</summary>
    public abstract string LmHead { get; }
    public abstract string AttentionNorm(int layer);
    public abstract string Wq(int layer);
    public abstract string Wk(int layer);
    public abstract string Wv(int layer);
    public abstract string Wo(int layer);
    public abstract string FfnNorm(int layer);
    public abstract string Router(int layer);
    public abstract string DenseFfn(int layer, ExpertMatrix matrix);
    public abstract string SharedExperts(int layer, ExpertMatrix matrix);
    public abstract bool StackedExperts { get; }
    /// <summary>The tensor holding the expert's matrix; for stacked experts the whole (E, …) stack (expert ignored).</summary>
    public abstract string Expert(int layer, int expert, ExpertMatrix matrix);

    private sealed class EngineNaming : TensorNaming
    {
        public override string Embedding => "tok_embeddings.weight";
        public override string FinalNorm => "norm.weight";
        public override string LmHead => "output.weight";
        public override string AttentionNorm(int layer) => $"layers.{layer}.attention_norm.weight";
        public override string Wq(int layer) => $"layers.{layer}.attention.wq.weight";
        public override string Wk(int layer) => $"layers.{layer}.attention.wk.weight";
        public override string Wv(int layer) => $"layers.{layer}.attention.wv.weight";
        public override string Wo(int layer) => $"layers.{layer}.attention.wo.weight";
        public override string FfnNorm(int layer) => $"layers.{layer}.ffn_norm.weight";
        public override string Router(int layer) => $"layers.{layer}.moe.gate.weight";
        public override string DenseFfn(int layer, ExpertMatrix matrix) => $"layers.{layer}.feed_forward.{Short(matrix)}.weight";
        public override string SharedExperts(int layer, ExpertMatrix matrix) => $"layers.{layer}.moe.shared_experts.{Short(matrix)}.weight";
        public override bool StackedExperts => true;
        public override string Expert(int layer, int expert, ExpertMatrix matrix) => $"layers.{layer}.moe.experts.{Short(matrix)}";
    }

    private sealed class MixtralNaming : TensorNaming
    {
        public override string Embedding => "model.embed_tokens.weight";
        public override string FinalNorm => "model.norm.weight";
        public override string LmHead => "lm_head.weight";
        public override string AttentionNorm(int layer) => $"model.layers.{layer}.input_layernorm.weight";
        public override string Wq(int layer) => $"model.layers.{layer}.self_attn.q_proj.weight";
        public override string Wk(int layer) => $"model.layers.{layer}.self_attn.k_proj.weight";
        public override string Wv(int layer) => $"model.layers.{layer}.self_attn.v_proj.weight";
        public override string Wo(int layer) => $"model.layers.{layer}.self_attn.o_proj.weight";
        public override string FfnNorm(int layer) => $"model.layers.{layer}.post_attention_layernorm.weight";
        public override string Router(int layer) => $"model.layers.{layer}.block_sparse_moe.gate.weight";
        public override string DenseFfn(int layer, ExpertMatrix matrix) => throw new NotSupportedException("Mixtral has no dense feed-forward layers");
        public override string SharedExperts(int layer, ExpertMatrix matrix) => throw new NotSupportedException("Mixtral has no shared experts");
        public override bool StackedExperts => false;
        public override string Expert(int layer, int expert, ExpertMatrix matrix) => $"model.layers.{layer}.block_sparse_moe.experts.{expert}.{Short(matrix)}.weight";
    }

    private static string Short(ExpertMatrix m) => m switch { ExpertMatrix.W1 => "w1", ExpertMatrix.W3 => "w3", _ => "w2" };
}
