using MoeLab.Core.Specs;
using MoeLab.Core.Validation;

namespace MoeLab.Core.Import;

/// <summary>
/// Hugging Face <c>config.json</c> → <see cref="MoeSpec"/>. Each supported <c>model_type</c> maps its own
/// keys (and its transformers config-class defaults for absent optional keys) onto the spec. Bad input —
/// a missing, mistyped or negative field, an unsupported model_type — is an <see cref="InvalidInputException"/>
/// naming the file and the field.
/// </summary>
public static partial class HuggingFaceConfigImporter
{
    /// <summary>The model_type values this importer understands, in the order error messages list them.</summary>
    public static readonly IReadOnlyList<string> SupportedModelTypes =
    [
        "mixtral", "qwen2_moe", "qwen3_moe", "deepseek", "deepseek_v2", "deepseek_v3", "kimi_k2", "olmoe", "dbrx",
        "gpt_oss", "llama4", "phimoe", "granitemoe", "glm4_moe", "ernie4_5_moe", "minimax_m2", "hunyuan", "jamba", "grok-1",
    ];

    /// <summary>
    /// Imports one config object. <paramref name="config"/> is the config.json root (for a reference-data
    /// wrapper, its <c>config</c> member); <paramref name="name"/> becomes the spec name.
    /// </summary>
    public static MoeSpec Import(JsonFields config, string name)
    {
        var modelType = ModelType(config);
        MoeSpec spec;
        try
        {
            spec = modelType switch
            {
                "mixtral" => Mixtral(config),
                "phimoe" => PhiMoe(config),
                "granitemoe" => GraniteMoe(config),
                "qwen2_moe" => Qwen2Moe(config),
                "qwen3_moe" => Qwen3Moe(config),
                "deepseek" => DeepSeekMoe(config),
                "deepseek_v2" or "deepseek_v3" or "kimi_k2" => DeepSeekV2V3(config),
                "glm4_moe" => Glm4Moe(config),
                "olmoe" => Olmoe(config),
                "dbrx" => Dbrx(config),
                "gpt_oss" => GptOss(config),
                "llama4" => Llama4(config),
                "ernie4_5_moe" => Ernie45Moe(config),
                "minimax_m2" => MiniMaxM2(config),
                "hunyuan" => Hunyuan(config),
                "jamba" => Jamba(config),
                "grok-1" => Grok1(config),
                _ => throw config.Error("model_type",
                    $"unsupported model_type '{modelType}' (supported: {string.Join(", ", SupportedModelTypes)})"),
            };
        }
        catch (InvalidInputException e) when (e.Source is null)
        {
            throw e.InFile(config.Source);
        }
        spec = spec with { Name = name };
        try
        {
            return spec.Validate();
        }
        catch (InvalidInputException e) when (e.Source is null)
        {
            // The spec rejected a combination of config values; say which file they came from.
            throw new InvalidInputException($"{e.Detail} (spec field '{e.Field}', derived from this config)", config.Source, config.Path.Length == 0 ? null : config.Path);
        }
    }

    private static string ModelType(JsonFields config)
    {
        var type = config.StringOr(null, "model_type");
        if (type is not null) return type;
        // Grok-1 ships no config.json; its JAX run.py settings carry no model_type but are unmistakable.
        if (config.Has("emb_size") && config.Has("num_q_heads")) return "grok-1";
        throw config.Error("model_type", $"missing (supported: {string.Join(", ", SupportedModelTypes)})");
    }

    /// <summary>Attention head geometry shared by the Llama-like families; head_dim defaults to hidden / heads.</summary>
    private static AttentionSpec StandardAttention(JsonFields c, int hidden, string headsKey = "num_attention_heads", string kvKey = "num_key_value_heads", string headDimKey = "head_dim")
    {
        var heads = c.PositiveInt(headsKey);
        var kvHeads = c.PositiveIntOr(heads, kvKey);
        int headDim;
        if (c.Has(headDimKey)) headDim = c.PositiveInt(headDimKey);
        else if (hidden % heads == 0) headDim = hidden / heads;
        else throw c.Error(headsKey, $"({heads}) must divide hidden size ({hidden}) when '{c.FieldPath(headDimKey)}' is not given");
        return AttentionSpec.Standard(heads, kvHeads, headDim);
    }

    /// <summary>The fields almost every family names the same way.</summary>
    private static MoeSpec Skeleton(JsonFields c, AttentionSpec? attention = null, bool tiedDefault = false)
    {
        var hidden = c.PositiveInt("hidden_size");
        return new MoeSpec
        {
            VocabSize = c.PositiveInt("vocab_size"),
            HiddenSize = hidden,
            Layers = c.PositiveInt("num_hidden_layers"),
            Attention = attention ?? StandardAttention(c, hidden),
            ContextLength = c.PositiveIntOr(4096, "max_position_embeddings"),
            TiedEmbeddings = c.BoolOr(tiedDefault, "tie_word_embeddings"),
            Precision = Precision(c),
        };
    }

    /// <summary>Weight precision from <c>torch_dtype</c> and <c>quantization_config</c>.</summary>
    private static PrecisionPlan Precision(JsonFields c)
    {
        var baseFormat = (c.StringOr(null, "torch_dtype") ?? c.StringOr(null, "dtype")) switch
        {
            "float32" => WeightPrecision.Fp32,
            "float16" => WeightPrecision.Fp16,
            _ => WeightPrecision.Bf16,
        };
        var plan = PrecisionPlan.Uniform(baseFormat);
        if (c.OptionalObject("quantization_config") is not { } q) return plan;
        var method = q.StringOr("", "quant_method");
        switch (method)
        {
            case "fp8":
            {
                var block = q.IntList("weight_block_size");
                var group = block.Count == 2 ? (long)block[0] * block[1] : 0;
                if (group > int.MaxValue)
                    throw q.Error("weight_block_size", $"a {block[0]} × {block[1]} block holds {Units.UnitFormat.Exact(group)} weights, more than the {Units.UnitFormat.Exact(int.MaxValue)} one scale can cover");
                var fp8 = new WeightPrecision(NumberFormat.Fp8, (int)group, NumberFormat.Fp32);
                return plan with { Attention = fp8, DenseFfn = fp8, RoutedExperts = fp8, SharedExperts = fp8, Mtp = fp8 };
            }
            case "mxfp4":
                // gpt-oss: only the MoE expert weights are MXFP4 (modules_to_not_convert lists the rest).
                return plan with { RoutedExperts = WeightPrecision.Mxfp4 };
            case "gptq" or "awq":
            {
                var bits = q.PositiveIntOr(4, "bits", "w_bit");
                var group = q.NonNegativeIntOr(128, "group_size", "q_group_size");
                var format = bits switch
                {
                    4 => NumberFormat.Int4,
                    8 => NumberFormat.Int8,
                    _ => throw q.Error("bits", $"only 4- and 8-bit {method} weights are modelled, got {bits}"),
                };
                var w = new WeightPrecision(format, group, NumberFormat.Fp16);
                return plan with { Attention = w, DenseFfn = w, RoutedExperts = w, SharedExperts = w, Mtp = w };
            }
            default:
                return plan;
        }
    }
}
