using MoeLab.Core.Specs;
using MoeLab.Core.Units;

namespace MoeLab.Core.Import;

// One method per model family. Absent optional keys take the transformers config class's default.
public static partial class HuggingFaceConfigImporter
{
    /// <summary>Most layers a config may make MoeLab list one by one (2²⁰; real models have at most a few hundred).</summary>
    private const int MaxListedLayers = 1 << 20;

    private static RoutedExpertsSpec Routed(JsonFields c, string count, string topK, string width, bool bias = false) =>
        new(c.PositiveInt(count), c.PositiveInt(topK), new FfnSpec(c.PositiveInt(width), Gated: true, Bias: bias));

    private static AttentionSpec WithSlidingWindow(JsonFields c, AttentionSpec attention, LayerSet layers)
    {
        var window = c.NonNegativeIntOr(0, "sliding_window");
        return window > 0 ? attention with { SlidingWindow = window, SlidingWindowLayers = layers } : attention;
    }

    private static MoeSpec Mixtral(JsonFields c)
    {
        var s = Skeleton(c);
        return s with
        {
            Attention = WithSlidingWindow(c, s.Attention, LayerSet.All),
            Experts = Routed(c, "num_local_experts", "num_experts_per_tok", "intermediate_size"),
        };
    }

    private static MoeSpec PhiMoe(JsonFields c)
    {
        var s = Mixtral(c);
        var bias = c.BoolOr(false, "attention_bias");
        return s with
        {
            Attention = s.Attention with { QkvBias = bias, OutputBias = bias },
            Norms = new NormSpec(NormKind.LayerNorm, Bias: true),
            LmHeadBias = c.BoolOr(false, "lm_head_bias"),
        };
    }

    private static MoeSpec GraniteMoe(JsonFields c)
    {
        var s = Skeleton(c);
        var bias = c.BoolOr(false, "attention_bias");
        return s with
        {
            Attention = s.Attention with { QkvBias = bias, OutputBias = bias },
            Experts = Routed(c, "num_local_experts", "num_experts_per_tok", "intermediate_size"),
        };
    }

    /// <summary>Qwen MoE layer plan: MoE where (i+1) mod decoder_sparse_step = 0, except mlp_only_layers.</summary>
    private static LayerSet QwenMoeLayers(JsonFields c)
    {
        var step = c.PositiveIntOr(1, "decoder_sparse_step");
        return LayerSet.Every(step, step - 1) with { Except = [.. c.IntList("mlp_only_layers")] };
    }

    private static AttentionSpec QwenSlidingWindow(JsonFields c, AttentionSpec attention)
    {
        // Qwen2: with use_sliding_window, layers from max_window_layers on use the window.
        if (!c.BoolOr(false, "use_sliding_window")) return attention;
        return WithSlidingWindow(c, attention, LayerSet.FromLayer(c.NonNegativeIntOr(0, "max_window_layers")));
    }

    private static MoeSpec Qwen2Moe(JsonFields c)
    {
        var s = Skeleton(c);
        var sharedWidth = c.NonNegativeIntOr(0, "shared_expert_intermediate_size");
        return s with
        {
            // Qwen2 always has q/k/v biases and no output bias.
            Attention = QwenSlidingWindow(c, s.Attention with { QkvBias = c.BoolOr(true, "qkv_bias") }),
            Experts = Routed(c, "num_experts", "num_experts_per_tok", "moe_intermediate_size"),
            SharedExperts = sharedWidth > 0 ? new SharedExpertsSpec(1, new FfnSpec(sharedWidth), ScalarGate: true) : SharedExpertsSpec.None,
            MoeLayers = QwenMoeLayers(c),
            DenseFfn = c.Has("intermediate_size") ? new FfnSpec(c.PositiveInt("intermediate_size")) : null,
        };
    }

    private static MoeSpec Qwen3Moe(JsonFields c)
    {
        var s = Skeleton(c);
        var bias = c.BoolOr(false, "attention_bias");
        return s with
        {
            Attention = QwenSlidingWindow(c, s.Attention with { QkvBias = bias, OutputBias = bias, QkNorm = QkNormKind.PerHead }),
            Experts = Routed(c, "num_experts", "num_experts_per_tok", "moe_intermediate_size"),
            MoeLayers = QwenMoeLayers(c),
            DenseFfn = c.Has("intermediate_size") ? new FfnSpec(c.PositiveInt("intermediate_size")) : null,
        };
    }

    /// <summary>DeepSeek layer plan: MoE at layers i ≥ first_k_dense_replace with i mod moe_layer_freq = 0.</summary>
    private static MoeSpec DeepSeekFfn(JsonFields c, MoeSpec s)
    {
        if (!c.Has("n_routed_experts")) return s with { MoeLayers = LayerSet.None, DenseFfn = new FfnSpec(c.PositiveInt("intermediate_size")) };
        var expertWidth = c.PositiveInt("moe_intermediate_size");
        var shared = c.NonNegativeIntOr(0, "n_shared_experts");
        return s with
        {
            Experts = new RoutedExpertsSpec(c.PositiveInt("n_routed_experts"), c.PositiveInt("num_experts_per_tok"), new FfnSpec(expertWidth)),
            SharedExperts = shared > 0 ? new SharedExpertsSpec(shared, new FfnSpec(expertWidth)) : SharedExpertsSpec.None,
            MoeLayers = LayerSet.Every(c.PositiveIntOr(1, "moe_layer_freq"), 0, c.NonNegativeIntOr(0, "first_k_dense_replace")),
            DenseFfn = new FfnSpec(c.PositiveInt("intermediate_size")),
        };
    }

    private static MoeSpec DeepSeekMoe(JsonFields c)
    {
        var s = Skeleton(c);
        var bias = c.BoolOr(false, "attention_bias");
        return DeepSeekFfn(c, s with { Attention = s.Attention with { QkvBias = bias, OutputBias = bias } });
    }

    private static MoeSpec DeepSeekV2V3(JsonFields c)
    {
        int nope = c.PositiveInt("qk_nope_head_dim"), rope = c.PositiveInt("qk_rope_head_dim");
        if ((long)nope + rope > int.MaxValue)
            throw c.Error("qk_nope_head_dim", $"plus qk_rope_head_dim ({nope} + {rope}) exceeds {UnitFormat.Exact(int.MaxValue)}, the largest head dim MoeLab represents");
        var attention = AttentionSpec.Latent(
            c.PositiveInt("num_attention_heads"),
            c.NonNegativeIntOr(0, "q_lora_rank"),
            c.PositiveInt("kv_lora_rank"),
            nope,
            rope,
            c.PositiveInt("v_head_dim")) with { QkvBias = c.BoolOr(false, "attention_bias") };
        var s = DeepSeekFfn(c, Skeleton(c, attention));
        var mtp = c.NonNegativeIntOr(0, "num_nextn_predict_layers");
        return s with
        {
            // noaux_tc routing keeps a learned per-expert score-correction bias in the checkpoint.
            Router = new RouterSpec(Bias: c.StringOr(null, "topk_method") == "noaux_tc"),
            // The HF checkpoint stores each MTP module with its own embedding and head copies (DeepSeek-V3's "14B").
            Mtp = mtp > 0 ? new MtpSpec(mtp, StoresOwnEmbedding: true, StoresOwnHead: true) : MtpSpec.None,
        };
    }

    private static MoeSpec Glm4Moe(JsonFields c)
    {
        var s = Skeleton(c);
        var attention = s.Attention with
        {
            QkvBias = c.BoolOr(false, "attention_bias"),
            QkNorm = c.BoolOr(false, "use_qk_norm") ? QkNormKind.PerHead : QkNormKind.None,
        };
        s = DeepSeekFfn(c, s with { Attention = attention }) with { MoeLayers = LayerSet.FromLayer(c.NonNegativeIntOr(1, "first_k_dense_replace")) };
        var mtp = c.NonNegativeIntOr(0, "num_nextn_predict_layers");
        // Assumed laid out as DeepSeek-V3's MTP (GLM-4.5 reuses that design); not verified against a checkpoint.
        return s with { Router = new RouterSpec(Bias: true), Mtp = mtp > 0 ? new MtpSpec(mtp, true, true) : MtpSpec.None };
    }

    private static MoeSpec Olmoe(JsonFields c)
    {
        var s = Skeleton(c);
        var bias = c.BoolOr(false, "attention_bias");
        return s with
        {
            Attention = s.Attention with { QkvBias = bias, OutputBias = bias, QkNorm = QkNormKind.FullWidth },
            Experts = Routed(c, "num_experts", "num_experts_per_tok", "intermediate_size"),
        };
    }

    private static MoeSpec Dbrx(JsonFields c)
    {
        var hidden = c.PositiveInt("d_model");
        var heads = c.PositiveInt("n_heads");
        if (hidden % heads != 0) throw c.Error("n_heads", $"({heads}) must divide d_model ({hidden})");
        var attn = c.Object("attn_config");
        var ffn = c.Object("ffn_config");
        return new MoeSpec
        {
            VocabSize = c.PositiveInt("vocab_size"),
            HiddenSize = hidden,
            Layers = c.PositiveInt("n_layers"),
            Attention = AttentionSpec.Standard(heads, attn.PositiveIntOr(heads, "kv_n_heads"), hidden / heads),
            Experts = new RoutedExpertsSpec(ffn.PositiveInt("moe_num_experts"), ffn.PositiveInt("moe_top_k"), new FfnSpec(ffn.PositiveInt("ffn_hidden_size"))),
            Norms = new NormSpec(NormKind.LayerNorm, Bias: false),
            TiedEmbeddings = c.BoolOr(false, "tie_word_embeddings"),
            ContextLength = c.PositiveIntOr(2048, "max_seq_len"),
            Precision = Precision(c),
        };
    }

    private static MoeSpec GptOss(JsonFields c)
    {
        var s = Skeleton(c);
        var bias = c.BoolOr(false, "attention_bias");
        var layerTypes = c.StringList("layer_types");
        var sliding = LayerSet.Only(layerTypes.Select((t, i) => (t, i)).Where(x => x.t == "sliding_attention").Select(x => x.i));
        var topKKey = c.Has("num_experts_per_tok") ? "num_experts_per_tok" : "experts_per_token";
        return s with
        {
            Attention = WithSlidingWindow(c, s.Attention with { QkvBias = bias, OutputBias = bias, Sinks = true }, sliding),
            Experts = Routed(c, "num_local_experts", topKKey, "intermediate_size", bias: true),
            Router = new RouterSpec(Bias: true),
        };
    }

    private static MoeSpec Llama4(JsonFields root)
    {
        var c = root.OptionalObject("text_config") ?? root;
        var s = Skeleton(c);
        var width = c.PositiveInt("intermediate_size");
        var moeLayers = c.IntList("moe_layers");
        var step = c.PositiveIntOr(1, "interleave_moe_layer_step");
        var bias = c.BoolOr(false, "attention_bias");
        return s with
        {
            // Llama 4's QK norm is a weightless L2 norm: no parameters.
            Attention = s.Attention with { QkvBias = bias, OutputBias = bias },
            Experts = Routed(c, "num_local_experts", "num_experts_per_tok", "intermediate_size"),
            SharedExperts = new SharedExpertsSpec(1, new FfnSpec(width)),
            MoeLayers = moeLayers.Count > 0 ? LayerSet.Only(moeLayers) : LayerSet.Every(step, step - 1),
            DenseFfn = c.Has("intermediate_size_mlp") ? new FfnSpec(c.PositiveInt("intermediate_size_mlp")) : null,
        };
    }

    private static MoeSpec Ernie45Moe(JsonFields c)
    {
        var s = Skeleton(c, tiedDefault: true);
        var bias = c.BoolOr(false, "use_bias");
        var layers = s.Layers;
        var start = c.NonNegativeIntOr(1, "moe_layer_start_index");
        var end = c.Has("moe_layer_end_index") && c.DoubleOrNull("moe_layer_end_index") < 0 ? layers - 1 : c.NonNegativeIntOr(layers - 1, "moe_layer_end_index");
        // The layers after the end are listed one by one (LayerSet has no upper bound), so their number is capped.
        if ((long)layers - end - 1 > MaxListedLayers)
            throw c.Error("moe_layer_end_index", $"({end}) leaves {UnitFormat.Exact((long)layers - end - 1)} layers after it dense; MoeLab lists those one by one and takes at most {UnitFormat.Exact(MaxListedLayers)}");
        var interval = c.PositiveIntOr(1, "moe_layer_interval");
        var shared = c.NonNegativeIntOr(0, "moe_num_shared_experts");
        var expertWidth = c.PositiveInt("moe_intermediate_size");
        return s with
        {
            Attention = s.Attention with { QkvBias = bias, OutputBias = bias },
            Experts = new RoutedExpertsSpec(c.PositiveInt("moe_num_experts"), c.PositiveInt("moe_k"), new FfnSpec(expertWidth, Bias: bias)),
            SharedExperts = shared > 0 ? new SharedExpertsSpec(shared, new FfnSpec(expertWidth, Bias: bias)) : SharedExpertsSpec.None,
            MoeLayers = LayerSet.Every(interval, interval - 1, start) with { Except = [.. Enumerable.Range(end + 1, Math.Max(0, layers - end - 1))] },
            DenseFfn = new FfnSpec(c.PositiveInt("intermediate_size"), Bias: bias),
            // Ernie 4.5 keeps a per-expert score-correction bias (moe_statics).
            Router = new RouterSpec(Bias: true),
        };
    }

    private static MoeSpec MiniMaxM2(JsonFields c)
    {
        var s = Skeleton(c);
        var qkNorm = !c.BoolOr(false, "use_qk_norm") ? QkNormKind.None
            : c.StringOr("per_layer", "qk_norm_type") == "per_head" ? QkNormKind.PerHead : QkNormKind.FullWidth;
        return s with
        {
            Attention = s.Attention with { QkNorm = qkNorm },
            Experts = Routed(c, "num_local_experts", "num_experts_per_tok", "intermediate_size"),
            Router = new RouterSpec(Bias: c.BoolOr(false, "use_routing_bias")),
        };
    }

    private static MoeSpec Hunyuan(JsonFields c)
    {
        var s = Skeleton(c, tiedDefault: true);
        var bias = c.BoolOr(false, "attention_bias");
        var width = c.Has("moe_intermediate_size") ? c.PositiveInt("moe_intermediate_size") : c.PositiveInt("intermediate_size");
        var shared = c.NonNegativeIntOr(1, "num_shared_expert");
        return s with
        {
            Attention = s.Attention with
            {
                QkvBias = bias,
                OutputBias = bias,
                QkNorm = c.BoolOr(false, "use_qk_norm") ? QkNormKind.PerHead : QkNormKind.None,
                KvShareFactor = c.BoolOr(false, "use_cla") ? c.PositiveIntOr(2, "cla_share_factor") : 1,
            },
            Experts = Routed(c, "num_experts", "moe_topk", width: c.Has("moe_intermediate_size") ? "moe_intermediate_size" : "intermediate_size"),
            SharedExperts = shared > 0 ? new SharedExpertsSpec(shared, new FfnSpec(width)) : SharedExpertsSpec.None,
        };
    }

    /// <summary>
    /// Jamba: attention at layers with i mod attn_layer_period = attn_layer_offset, Mamba elsewhere; MoE FFN at
    /// i mod expert_layer_period = expert_layer_offset, dense FFN elsewhere (JambaConfig defaults 8/4 and 2/1).
    /// </summary>
    private static MoeSpec Jamba(JsonFields c)
    {
        var s = Skeleton(c);
        var width = c.PositiveInt("intermediate_size");
        var attentionPeriod = c.PositiveIntOr(8, "attn_layer_period");
        var expertPeriod = c.PositiveIntOr(2, "expert_layer_period");
        return s with
        {
            AttentionLayers = LayerSet.Every(attentionPeriod, c.NonNegativeIntOr(4, "attn_layer_offset")),
            Mamba = new MambaSpec(
                c.PositiveIntOr(16, "mamba_d_state"), c.PositiveIntOr(4, "mamba_d_conv"), c.PositiveIntOr(2, "mamba_expand"),
                c.PositiveIntOr((int)((s.HiddenSize + 15L) / 16), "mamba_dt_rank"), c.BoolOr(true, "mamba_conv_bias"), c.BoolOr(false, "mamba_proj_bias")),
            Experts = Routed(c, "num_experts", "num_experts_per_tok", "intermediate_size"),
            MoeLayers = LayerSet.Every(expertPeriod, c.NonNegativeIntOr(1, "expert_layer_offset")),
            DenseFfn = new FfnSpec(width),
        };
    }

    /// <summary>Grok-1's JAX settings (xai-org/grok-1 run.py): 4 RMSNorms per block, input/output embedding shared.</summary>
    private static MoeSpec Grok1(JsonFields c)
    {
        var hidden = c.PositiveInt("emb_size");
        int ffn;
        if (c.Has("ffn_size_derived")) ffn = c.PositiveInt("ffn_size_derived");
        else
        {
            // model.py ffn_size(): int(widening_factor · d) · 2 // 3, rounded up to a multiple of 8.
            var widening = c.DoubleOrNull("widening_factor") ?? throw c.Error("widening_factor", "missing required field (or give ffn_size_derived)");
            var rounded = Math.Floor(widening * hidden) * 2 / 3;
            rounded = Math.Floor(rounded) + (8 - Math.Floor(rounded) % 8) % 8;
            if (!(rounded is >= 1 and <= int.MaxValue))
                throw c.Error("widening_factor", $"gives an FFN width of {UnitFormat.Invariant(rounded, "0.###e+0")} at emb_size {hidden}; it must be between 1 and {UnitFormat.Exact(int.MaxValue)}");
            ffn = (int)rounded;
        }
        return new MoeSpec
        {
            VocabSize = c.PositiveInt("vocab_size"),
            HiddenSize = hidden,
            Layers = c.PositiveInt("num_layers"),
            Attention = AttentionSpec.Standard(c.PositiveInt("num_q_heads"), c.PositiveInt("num_kv_heads"), c.PositiveInt("key_size")),
            Experts = new RoutedExpertsSpec(c.PositiveInt("num_experts"), c.PositiveInt("num_selected_experts"), new FfnSpec(ffn)),
            Norms = new NormSpec(NormKind.RmsNorm, Bias: false, PerLayer: 4),
            TiedEmbeddings = true,
            ContextLength = c.PositiveIntOr(8192, "sequence_len"),
        };
    }
}
