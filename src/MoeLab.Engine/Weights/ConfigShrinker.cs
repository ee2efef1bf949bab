using System.Text.Json.Nodes;
using MoeLab.Core.Validation;

namespace MoeLab.Engine.Weights;

/// <summary>
/// Divides a config's widths by a factor, keeping everything that shapes routing and depth (heads, vocabulary,
/// layers, experts, top-k): a small model with the real model's structure and tensor names, for testing an
/// offloading runtime on a machine that cannot hold the real one.
/// </summary>
public static class ConfigShrinker
{
    /// <summary>The width keys divided, when present; head_dim shrinks with them so heads × head_dim tracks the width.</summary>
    public static readonly IReadOnlyList<string> WidthKeys =
        ["hidden_size", "intermediate_size", "moe_intermediate_size", "shared_expert_intermediate_size", "head_dim"];

    public static HuggingFaceModelConfig Shrink(HuggingFaceModelConfig model, int factor, string field = "--shrink")
    {
        if (factor < 1) throw new InvalidInputException($"must be a positive integer, got {factor}", field: field);
        if (factor == 1) return model;
        var config = (JsonObject)model.Config.DeepClone();
        foreach (var key in WidthKeys)
        {
            if (AsLong(config[key]) is not { } width) continue;
            if (width % factor != 0)
                throw new InvalidInputException($"{factor} does not divide {key} = {width} of {model.Source}", field: field);
            config[key] = checked((int)(width / factor));
        }
        if (config["head_dim"] is null)
        {
            // Without head_dim the model derives it as hidden / heads, which must stay whole.
            var hidden = AsLong(config["hidden_size"]) ?? 1;
            var heads = AsLong(config["num_attention_heads"]) ?? 1;
            if (hidden % heads != 0)
                throw new InvalidInputException($"{factor} leaves hidden_size {hidden} not divisible by {heads} heads (of {model.Source})", field: field);
        }
        var source = $"{model.Source} (shrunk {factor}x)";
        return HuggingFaceModelConfig.FromJson(config, source, model.Spec.Name + $"-shrink{factor}");
    }

    /// <summary>A JSON integer whatever CLR type the node was built from (parsed text or a value set in code); else null.</summary>
    private static long? AsLong(JsonNode? node) =>
        node is JsonValue v && v.GetValueKind() == System.Text.Json.JsonValueKind.Number && long.TryParse(v.ToJsonString(), System.Globalization.CultureInfo.InvariantCulture, out var n) ? n : null;
}
