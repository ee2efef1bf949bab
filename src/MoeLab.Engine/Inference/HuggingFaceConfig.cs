using System.Text.Json;
using System.Text.Json.Nodes;
using MoeLab.Core.Validation;
using MoeLab.Engine.Weights;

namespace MoeLab.Engine.Inference;

/// <summary>
/// A Hugging Face config.json as a <see cref="DecoderArchitecture"/>. Only Mixtral is read; OLMoE, Qwen-MoE and
/// DeepSeek use other tensor names and router semantics and are refused by model_type rather than decoded wrongly.
/// Defaults are those of transformers' MixtralConfig.
/// </summary>
public static class HuggingFaceConfig
{
    private static readonly Dictionary<string, string> Unsupported = new(StringComparer.OrdinalIgnoreCase)
    {
        ["olmoe"] = "OLMoE (mlp.experts.* naming, no renormalised gates)",
        ["qwen2_moe"] = "Qwen2-MoE (shared expert with its own gate)",
        ["qwen3_moe"] = "Qwen3-MoE (q/k norms, mlp.experts.* naming)",
        ["deepseek_v2"] = "DeepSeek-V2 (MLA attention, grouped routing)",
        ["deepseek_v3"] = "DeepSeek-V3 (MLA attention, sigmoid grouped routing)",
        ["mistral"] = "Mistral (a dense model: no experts)",
    };

    /// <summary>The config.json in the directory <paramref name="weightsDescription"/> names, or next to the file it names.</summary>
    public static string? FindNextTo(string weightsDescription)
    {
        var directory = Directory.Exists(weightsDescription) ? weightsDescription : Path.GetDirectoryName(Path.GetFullPath(weightsDescription));
        var path = directory is null ? null : Path.Combine(directory, "config.json");
        return path is not null && File.Exists(path) ? path : null;
    }

    public static JsonObject Load(string path)
    {
        Core.IO.InputFile.Require(path, "config file");
        try
        {
            var config = JsonNode.Parse(File.ReadAllText(path)) as JsonObject ?? throw new InvalidInputException("config is not a JSON object", source: path);
            JsonStrings.RequireDecodable(config, path);
            return config;
        }
        catch (JsonException e)
        {
            throw new InvalidInputException($"config is not valid JSON: {e.Message}", source: path);
        }
    }

    public static DecoderArchitecture Parse(JsonObject config, string source, ITensorSource? weights = null)
    {
        var modelType = config["model_type"]?.GetValue<string>();
        if (modelType is not null && Unsupported.TryGetValue(modelType, out var what))
            throw new InvalidInputException($"unsupported model family {what}; this decoder reads MoeLab engine checkpoints and Mixtral", source: source, field: "model_type");
        if (modelType is not null && !modelType.Equals("mixtral", StringComparison.OrdinalIgnoreCase))
            throw new InvalidInputException($"unsupported model_type '{modelType}'; this decoder reads MoeLab engine checkpoints and Mixtral", source: source, field: "model_type");
        if (modelType is null && weights is not null && !weights.Contains("model.layers.0.block_sparse_moe.gate.weight"))
            throw new InvalidInputException("config has no model_type and the weights are not Mixtral-named (no model.layers.0.block_sparse_moe.gate.weight)",
                source: source, field: "model_type");
        if (config["rope_scaling"] is JsonObject)
            throw new InvalidInputException("rope_scaling is not supported", source: source, field: "rope_scaling");

        try
        {
            var hidden = Int(config, "hidden_size", null, source);
            var heads = Int(config, "num_attention_heads", null, source);
            var kvHeads = Int(config, "num_key_value_heads", heads, source);
            var headDim = Int(config, "head_dim", hidden / heads, source);
            var experts = Int(config, "num_local_experts", null, source);
            var topK = Int(config, "num_experts_per_tok", 2, source);
            var arch = new DecoderArchitecture(ModelFamily.Mixtral,
                VocabSize: Int(config, "vocab_size", null, source), ModelDim: hidden, Layers: Int(config, "num_hidden_layers", null, source),
                Heads: heads, KvHeads: kvHeads, HeadDim: headDim,
                // Within a sliding window full attention is exact, so the decoder's cache is capped at the window.
                MaxPositions: Math.Min(Int(config, "max_position_embeddings", 4096 * 32, source), Int(config, "sliding_window", int.MaxValue, source)),
                RopeTheta: Double(config, "rope_theta", 1e6, source), NormEpsilon: Double(config, "rms_norm_eps", 1e-5, source),
                TiedEmbeddings: config["tie_word_embeddings"]?.GetValue<bool>() ?? false,
                Experts: experts, TopK: topK, ExpertHidden: Int(config, "intermediate_size", null, source),
                SharedHidden: 0, DenseHidden: 0, FirstDenseLayers: 0);
            Preconditions.InRange(arch.Heads, 1, 4096, "num_attention_heads");
            Preconditions.InRange(arch.KvHeads, 1, arch.Heads, "num_key_value_heads");
            Preconditions.That(arch.Heads % arch.KvHeads == 0, $"num_attention_heads ({heads}) must be a multiple of num_key_value_heads ({kvHeads})", "num_key_value_heads");
            Preconditions.That(arch.HeadDim > 0 && arch.HeadDim % 2 == 0, $"head dimension must be even for rotary, got {arch.HeadDim}", "head_dim");
            Preconditions.InRange(arch.Experts, 1, 1 << 16, "num_local_experts");
            Preconditions.InRange(arch.TopK, 1, arch.Experts, "num_experts_per_tok");
            Preconditions.InRange(arch.Layers, 1, 4096, "num_hidden_layers");
            Preconditions.InRange(arch.VocabSize, 1, 1 << 24, "vocab_size");
            Preconditions.InRange(arch.ExpertHidden, 1, 1 << 20, "intermediate_size");
            Preconditions.InRange(arch.MaxPositions, 1, 1 << 24, "max_position_embeddings");
            Preconditions.Positive(arch.RopeTheta, "rope_theta");
            Preconditions.Positive(arch.NormEpsilon, "rms_norm_eps");
            return arch;
        }
        catch (InvalidInputException e)
        {
            throw e.InFile(source);
        }
    }

    private static int Int(JsonObject config, string key, int? fallback, string source)
    {
        var node = config[key];
        if (node is null) return fallback ?? throw new InvalidInputException("field missing", source: source, field: key);
        try { return node.GetValue<int>(); }
        catch (Exception e) when (e is FormatException or InvalidOperationException)
        {
            throw new InvalidInputException($"expected an integer, got {node.ToJsonString()}", source: source, field: key);
        }
    }

    private static double Double(JsonObject config, string key, double fallback, string source)
    {
        var node = config[key];
        if (node is null) return fallback;
        try { return node.GetValue<double>(); }
        catch (Exception e) when (e is FormatException or InvalidOperationException)
        {
            throw new InvalidInputException($"expected a number, got {node.ToJsonString()}", source: source, field: key);
        }
    }
}
